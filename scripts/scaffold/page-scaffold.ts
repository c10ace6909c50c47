// The pure half of `npm run new`: checks a page id and writes the text of a new page. No file
// system access here, so the rules and the template are unit-tested directly.
import { marketSectionDirectories } from '../../src/config/sections.ts';

/** A page id split into its parts: `system-design/designs/chat` has section `system-design`. */
export interface PageId {
	section: string;
	/** The path under src/content/docs without extension, e.g. `api-design/pagination`. */
	id: string;
}

const segmentPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks `<section>/<slug>` (or `<section>/<folder>/<slug>`) and returns its parts, or throws
 * an error that says what is wrong and what would be right.
 * @param sections the section folders of src/config/sections.ts
 */
export function parsePageId(raw: string, sections: readonly string[]): PageId {
	const id = raw
		.trim()
		.replace(/^\/+|\/+$/g, '')
		.replace(/\.mdx?$/, '');
	const segments = id.split('/');
	const section = segments[0] ?? '';
	if (!sections.includes(section)) {
		throw new Error(
			`"${section}" is not a section. Use one of: ${sections.join(', ')} (src/config/sections.ts).`,
		);
	}
	if (segments.length < 2 || segments.length > 3) {
		throw new Error(
			`"${raw}" must be <section>/<slug> (or <section>/<folder>/<slug>), e.g. ${section}/my-topic.`,
		);
	}
	const bad = segments.slice(1).find((segment) => !segmentPattern.test(segment));
	if (bad !== undefined) {
		throw new Error(
			`"${bad}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "consistent-hashing".`,
		);
	}
	if (segments.at(-1) === 'index') {
		throw new Error(`"${raw}": every section already has its index page; choose another slug.`);
	}
	return { section, id };
}

/** Checks a page title: one line, not empty, not absurdly long. */
export function checkTitle(raw: string | undefined): string {
	const title = (raw ?? '').trim();
	if (title === '')
		throw new Error(
			'Give the page a title in quotes, e.g. npm run new -- coding/heaps "Heaps and priority queues".',
		);
	if (/[\n\r]/.test(title) || title.length > 80)
		throw new Error('The title must be one line of at most 80 characters.');
	return title;
}

/** The sidebar position after the last page of a section: one more than the highest order used. */
export function nextSidebarOrder(existingOrders: readonly number[]): number {
	return existingOrders.length === 0 ? 1 : Math.max(...existingOrders) + 1;
}

/** Quotes a YAML string only when it needs it. */
function yamlString(text: string): string {
	return /^[\w][\w ,.()'/+-]*$/.test(text) && !/: /.test(text) ? text : JSON.stringify(text);
}

/**
 * The text of a new page: frontmatter that validates, and the page anatomy of CONTRIBUTING.md as
 * headings with a comment under each saying what belongs there. Market sections (`market: true`
 * in src/config/sections.ts) get an empty `sources` list, which fails the build with a message
 * until real sources are added.
 * @param today the review date to write, `YYYY-MM-DD`
 * @param description the page's one-sentence description; a generic one from the title if omitted
 */
export function pageTemplate(
	page: PageId,
	title: string,
	order: number,
	today: string,
	description = `What ${title.replace(/[.:]+$/, '')} is, how it works, and how interviewers probe it.`,
): string {
	const market = marketSectionDirectories.includes(page.section);
	const frontmatter = [
		'---',
		`title: ${yamlString(title)}`,
		'# description: one sentence on what the reader learns; search results and link previews show it.',
		`description: ${yamlString(description)}`,
		'sidebar:',
		`  order: ${order}`,
		`topics: [${page.section}]`,
		'# levels the page serves, L3 (new grad) to L7 (principal), e.g. [L4, L5, L6]',
		'levels: []',
		'# words readers search for that the title and headings do not use: other spellings,',
		'# abbreviations, synonyms, e.g. [k8s, behavioural, TC]; leave it empty if there are none',
		'searchTerms: []',
		`lastReviewed: ${today}`,
		...(market
			? [
					'# Required here: every market claim needs a public source. The build fails until this',
					'# list has at least one entry such as:',
					'#   - title: Publisher, title of the report (2026)',
					'#     url: https://example.org/the-report',
					'sources: []',
				]
			: ['# sources: where the facts come from, a list of { title, url }']),
		'---',
	];
	const sections: [string, string][] = [
		[
			'How it works',
			'The mechanism, step by step, with a diagram where structure or flow matters. Every diagram\nneeds accTitle (its caption) and accDescr (one sentence on what the reader should see).\nReplace the example below with your own.',
		],
		['Trade-offs', 'A table of the options against the criteria that decide between them.'],
		['Numbers that matter', 'Latencies, limits and rules of thumb, each with where it comes from.'],
		[
			'In the interview',
			'How to bring it up and the follow-ups to expect. Then what a strong answer covers at L4, L5\nand L6, distinct in what the candidate drives, each level named in bold: the content lint\nfails without all three. Rewrite the three sentences below for this topic.',
		],
		['Pitfalls', 'The mistakes candidates make, and what to say instead.'],
	];
	// <Practice /> fails the build while no question lists the page, so it is left for the author.
	const practice = [
		'{/*',
		'Practice: add question files under src/content/questions/' +
			page.section +
			'/ (copy an existing one)',
		'whose `pages` list "' + page.id + '". Then add this heading and block here:',
		'',
		'## Practice',
		'',
		"import Practice from '~/components/Practice.astro';  (this line goes under the frontmatter)",
		'<Practice />',
		'*/}',
	].join('\n');
	const diagram = [
		'```mermaid',
		'flowchart TD',
		`  accTitle: ${title}: a request and its answer`,
		'  accDescr: A client sends a request to the server, which answers it.',
		'  client[Client] --> server[Server]',
		'  server --> client',
		'```',
	].join('\n');
	// The content lint requires a bold L4, L5 and L6 in "In the interview"; these are the ladder's
	// general bar, for the author to make specific.
	const levelBar = [
		'A strong **L4** answer implements the standard approach correctly and explains each part.',
		'A strong **L5** answer drives the design and its trade-offs, choosing with numbers.',
		'A strong **L6** answer frames the problem by organization, cost, failure and evolution.',
	].join(' ');
	const body = [
		'{/* Two or three sentences: what this is and why interviewers ask about it. */}',
		...sections.map(
			([heading, guide]) =>
				`## ${heading}\n\n{/*\n${guide}\n*/}${heading === 'How it works' ? `\n\n${diagram}` : ''}${
					heading === 'In the interview' ? `\n\n${levelBar}` : ''
				}`,
		),
		practice,
	];
	return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}
