/** One section of the handbook: its folder under src/content/docs and its sidebar label. */
export interface Section {
	/** Folder under `src/content/docs/`, also the first URL segment. */
	directory: string;
	/** Sidebar group label. */
	label: string;
	/** One line on what the section covers, used by the home page and the 404 page. */
	summary: string;
	/**
	 * True when the section's pages make claims about the market or about companies (pay, demand,
	 * a company's process): each page must then carry `lastReviewed` and at least one source. The
	 * build checks it (src/content/market-page-rules.ts) and `npm run new` scaffolds for it.
	 */
	market?: true;
	/**
	 * Parts of the section whose practice questions get a question-bank page of their own, so each
	 * bank page stays within its size budget: `directory` names the page (/practice/<directory>/)
	 * and `pagePrefixes` pick the questions whose first page starts with one of them. A question
	 * no part claims stays on the section's own bank page.
	 */
	bankParts?: readonly { directory: string; label: string; pagePrefixes: readonly string[] }[];
}

/** The handbook's sections, in sidebar reading order. */
export const sidebarSections: readonly Section[] = [
	{
		directory: 'landscape',
		label: 'Landscape',
		summary: 'The 2026 backend market: skills, languages, pay, work models, what is evaluated.',
		market: true,
	},
	{
		directory: 'interviews',
		label: 'Interview loops',
		summary: 'How backend loops run, company by company.',
		market: true,
	},
	{
		directory: 'coding',
		label: 'Coding',
		summary: 'Data structures, algorithms and concurrency as backend rounds test them.',
	},
	{
		directory: 'networking',
		label: 'Networking',
		summary: 'DNS, TCP, TLS, HTTP versions, real-time transports, proxies and CDNs.',
	},
	{
		directory: 'api-design',
		label: 'API design',
		summary: 'REST, GraphQL and gRPC; pagination, idempotency, rate limiting, errors.',
	},
	{
		directory: 'databases',
		label: 'Databases',
		summary:
			'SQL and NoSQL, indexes, transactions, sharding, replication, consensus, the SQL round.',
		bankParts: [
			{
				directory: 'databases-sql',
				label: 'Databases: the SQL round',
				pagePrefixes: ['databases/sql-'],
			},
		],
	},
	{
		directory: 'distributed-systems',
		label: 'Distributed systems',
		summary: 'Ids, clocks, locks and leases, probabilistic structures, storage engines, scaling.',
	},
	{
		directory: 'system-design',
		label: 'System design',
		summary: 'Load balancing, caching, queues, and full worked designs.',
		bankParts: [
			{
				directory: 'designs-data',
				label: 'Worked designs: data and search',
				pagePrefixes: [
					'url-shortener',
					'key-value-store',
					'search-autocomplete',
					'web-crawler',
					'file-sync',
					'leaderboard',
					'job-scheduler',
				].map((design) => `system-design/designs/${design}/`),
			},
			{
				directory: 'designs-services',
				label: 'Worked designs: services and real time',
				pagePrefixes: [
					'rate-limiter',
					'news-feed',
					'notification-system',
					'chat',
					'netflix',
					'ride-sharing',
					'ticket-booking',
					'payment-system',
				].map((design) => `system-design/designs/${design}/`),
			},
		],
	},
	{
		directory: 'low-level-design',
		label: 'Low-level design',
		summary:
			'The object-oriented design round: classes, state, concurrency and tests, with worked designs.',
	},
	{
		directory: 'architecture',
		label: 'Architecture and data flow',
		summary:
			'Microservices, distributed transactions, event-driven systems, stream processing, search, object storage.',
	},
	{
		directory: 'reliability',
		label: 'Reliability and operations',
		summary:
			'Resilience patterns, observability, SLOs and incidents, deploys and migrations, disaster recovery, Kubernetes.',
	},
	{
		directory: 'security',
		label: 'Security',
		summary:
			'Authentication, OAuth and JWT, authorization, web application security, data protection.',
	},
	{
		directory: 'practice',
		label: 'Practice',
		summary: 'Questions with model answers, flashcards, mock interviews.',
	},
	{
		directory: 'preparation',
		label: 'Preparation',
		summary: 'Study plans, practicing out loud, the week before.',
	},
	{
		directory: 'contributing',
		label: 'Contributing',
		summary: 'How to write pages, diagrams and questions for the handbook.',
	},
];

/** Folder names of every section, for validation and scaffolding. */
export const sectionDirectories: readonly string[] = sidebarSections.map((s) => s.directory);

/** Folder names of the sections flagged `market`, whose pages need a date and sources. */
export const marketSectionDirectories: readonly string[] = sidebarSections
	.filter((s) => s.market)
	.map((s) => s.directory);
