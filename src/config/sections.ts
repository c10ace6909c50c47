/** One section of the handbook: its folder under src/content/docs and its sidebar label. */
export interface Section {
	/** Folder under `src/content/docs/`, also the first URL segment. */
	directory: string;
	/** Sidebar group label. */
	label: string;
	/** One line on what the section covers, used by the home page and the 404 page. */
	summary: string;
}

/** The handbook's sections, in sidebar reading order. */
export const sidebarSections: readonly Section[] = [
	{
		directory: 'landscape',
		label: 'Landscape',
		summary: 'The 2026 backend market: skills, languages, pay, work models, what is evaluated.',
	},
	{
		directory: 'interviews',
		label: 'Interview loops',
		summary: 'How backend loops run, company by company.',
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
		summary: 'SQL and NoSQL, indexes, transactions, sharding, replication, consensus.',
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
		summary: 'Study plans, practising out loud, the week before.',
	},
	{
		directory: 'contributing',
		label: 'Contributing',
		summary: 'How to write pages, diagrams and questions for the handbook.',
	},
];

/** Folder names of every section, for validation and scaffolding. */
export const sectionDirectories: readonly string[] = sidebarSections.map((s) => s.directory);
