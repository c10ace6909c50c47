import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../../scripts/content-lint/lint-content-files.ts';
import { pageTemplate } from '../../../scripts/scaffold/page-scaffold.ts';

// Each case writes a small project into a temporary folder with one mistake a contributor could
// make, and checks that the lint reports it at file:line with the fix.
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const target = [
	'---',
	'title: Indexes',
	'description: How B-tree indexes work.',
	'---',
	'',
	'## B-tree indexes',
	'',
	'## Covering indexes',
	'',
	'## Covering indexes',
].join('\n');
const question = (pages: string, extra = ''): string =>
	`---\nquestion: 'Why does a B-tree stay shallow?'\nkind: concept\ntopics: [indexes]\nlevels: [L4]\npages: ${pages}\n${extra}---\n\nBecause each node holds hundreds of keys.\n`;

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
	roots.push(root);
	const all: Record<string, string> = {
		'src/content/docs/databases/indexes.mdx': target,
		'src/content/questions/databases/shallow.md': question('[databases/indexes]'),
		'src/reference/rate-limit/token-bucket.ts': 'export const rate = 1;\n',
		'src/pages/print.astro': '---\n---\n',
		...files,
	};
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const page = (frontmatter: string, body = 'Text.'): string =>
	`---\ntitle: A page\n${frontmatter}---\n\n${body}\n`;
const file = 'src/content/docs/databases/page.mdx';

async function problemsOf(files: Record<string, string>): Promise<string[]> {
	const { problems } = await lintContent(project(files));
	return problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

describe('npm run lint:content', () => {
	it('passes a project with no mistake (so each failure below is its mistake)', async () => {
		expect(
			await problemsOf({
				[file]: page(
					'description: Fine.\nlevels: [L4]\n',
					'See [indexes](/databases/indexes/#covering-indexes-1) and [print](/print/).\n\n<SourceCode path="rate-limit/token-bucket.ts" />',
				),
			}),
		).toEqual([]);
	});

	it('passes a fresh `npm run new` scaffold as it is', async () => {
		const scaffold = pageTemplate(
			{ section: 'databases', id: 'databases/page' },
			'Heaps',
			9,
			'2026-11-22',
		);
		expect(scaffold).toContain('```mermaid');
		expect(await problemsOf({ [file]: scaffold })).toEqual([]);
	});

	it('rejects an unknown frontmatter key with the key it is close to', async () => {
		expect(await problemsOf({ [file]: page('description: D.\nlevel: [L4]\n') })).toEqual([
			`${file}:4: unknown frontmatter key \`level\`. Did you mean "levels"?`,
		]);
	});

	it('rejects an unknown nested key (sidebar.oder)', async () => {
		const problems = await problemsOf({ [file]: page('description: D.\nsidebar:\n  oder: 2\n') });
		expect(problems).toEqual([
			`${file}:5: \`sidebar.oder\`: unknown frontmatter key \`oder\`. Did you mean "order"?`,
		]);
	});

	it('requires a description', async () => {
		const problems = await problemsOf({ [file]: page('levels: [L4]\n') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^src\/content\/docs\/databases\/page\.mdx:2: every page needs a `description`/,
		);
	});

	it('names an invalid level, the allowed values and the near one', async () => {
		expect(await problemsOf({ [file]: page('description: D.\nlevels: [L4, l5]\n') })).toEqual([
			`${file}:4: \`levels[1]\` is "l5"; use one of L3, L4, L5, L6, L7. Did you mean "L5"?`,
		]);
	});

	it('requires sources and a review date on a market page', async () => {
		const problems = await problemsOf({
			'src/content/docs/landscape/pay.mdx': page('description: Pay.\n'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(
			'src/content/docs/landscape/pay.mdx:2: frontmatter is missing `lastReviewed`',
		);
		expect(problems[0]).toContain('`sources`');
	});

	it('rejects a question key typo', async () => {
		const problems = await problemsOf({
			'src/content/questions/databases/typo.md': question('[databases/indexes]', 'folowUps: []\n'),
		});
		expect(problems).toEqual([
			'src/content/questions/databases/typo.md:7: unknown frontmatter key `folowUps`. Did you mean "followUps"?',
		]);
	});

	it('accepts a question with five key-point lists', async () => {
		const lists = ['requirements', 'numbers', 'components', 'decisions', 'failures'];
		const keyPoints = `keyPoints:\n${lists.map((list) => `  ${list}: [First point, Second point]\n`).join('')}`;
		const problems = await problemsOf({
			'src/content/questions/databases/keys.md': question('[databases/indexes]', keyPoints),
		});
		expect(problems).toEqual([]);
	});

	it('rejects malformed key points, naming the field', async () => {
		const keyPoints = [
			'keyPoints:',
			'  requirements: [Only one point]',
			'  numbers: [A, B]',
			'  components: [A, B]',
			'  decisions: [A, B]',
			'  failure: [A, B]',
			'',
		].join('\n');
		const problems = await problemsOf({
			'src/content/questions/databases/keys.md': question('[databases/indexes]', keyPoints),
		});
		expect(problems).toEqual([
			'src/content/questions/databases/keys.md:7: a list of 2 to 6 short key points, one per line starting with `- ` (`keyPoints.failures` is missing).',
			'src/content/questions/databases/keys.md:8: `keyPoints.requirements`: needs at least 2 key points (got ["Only one point"]).',
			'src/content/questions/databases/keys.md:12: `keyPoints.failure`: unknown frontmatter key `failure`. Did you mean "failures"?',
		]);
	});

	it('rejects a question `pages` entry that names no page, suggesting the near one', async () => {
		const problems = await problemsOf({
			'src/content/questions/databases/typo.md': question('\n  - databases/index\n'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^src\/content\/questions\/databases\/typo\.md:7: `pages\[0\]` is "databases\/index", which is not a page: .* Did you mean "databases\/indexes"\?$/,
		);
	});

	it('rejects a <SourceCode> path to a missing file, suggesting the near one', async () => {
		const problems = await problemsOf({
			[file]: page(
				'description: D.\n',
				'Intro.\n\n<SourceCode path="rate-limit/token-buckt.ts" />',
			),
		});
		expect(problems).toEqual([
			`${file}:8: <SourceCode path="rate-limit/token-buckt.ts" />: there is no src/reference/rate-limit/token-buckt.ts. The path is relative to src/reference, such as rate-limit/token-bucket.ts. Did you mean "rate-limit/token-bucket.ts"?`,
		]);
	});

	it('checks every path of a <SourceCodeTabs> spanning lines, naming the line of each', async () => {
		const problems = await problemsOf({
			'src/reference/go/ratelimit/tokenbucket.go': 'package ratelimit\n',
			[file]: page(
				'description: D.\n',
				[
					'Intro.',
					'',
					'<SourceCodeTabs',
					'\tts="rate-limit/token-bucket.ts"',
					'\tgo="go/ratelimit/tokenbuckt.go"',
					'\tjava="go/ratelimit/tokenbucket.go"',
					'/>',
					'',
					'<SourceCodeTabs ts="rate-limit/token-bucket.ts" go="go/ratelimit/tokenbucket.go" />',
				].join('\n'),
			),
		});
		expect(problems).toEqual([
			`${file}:10: <SourceCodeTabs go="go/ratelimit/tokenbuckt.go" /> names no file: there is no src/reference/go/ratelimit/tokenbuckt.go. The path is relative to src/reference; did you mean "go/ratelimit/tokenbucket.go"?`,
			`${file}:11: <SourceCodeTabs java="go/ratelimit/tokenbucket.go" />: the Java tab shows a .java file; give java a path ending in .java, relative to src/reference.`,
		]);
	});

	it('rejects a broken internal link, suggesting the near page', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\n', 'Read [indexes](/databases/indexs/).'),
		});
		expect(problems).toEqual([
			`${file}:6: broken link \`/databases/indexs/\`: no page has the route /databases/indexs/. Link to an existing page, root-absolute with a trailing slash. Did you mean "/databases/indexes/"?`,
		]);
	});

	it('rejects a broken anchor on another page, suggesting the near heading', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\n', 'Read [B-trees](/databases/indexes/#b-tree-indexs).'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/:6: broken anchor: .*#b-tree-indexs.*Did you mean "b-tree-indexes"\?$/,
		);
	});

	it('rejects a broken anchor on the same page', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\n', '## Real heading\n\nJump to [nowhere](#not-a-heading).'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/page\.mdx:8: broken anchor: `#not-a-heading`/);
	});

	it('rejects a relative link and a link without its trailing slash', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\n', 'See [a](../indexes/).\n\nSee [b](/databases/indexes).'),
		});
		expect(problems).toEqual([
			`${file}:6: relative link \`../indexes/\`: relative links break when the site is served under a base path. Write it root-absolute with a trailing slash, such as /databases/indexes/.`,
			`${file}:8: link \`/databases/indexes\` lacks its trailing slash: write /databases/indexes/ (the site's URLs all end in /).`,
		]);
	});

	it('ignores links in code and comments', async () => {
		expect(
			await problemsOf({
				[file]: page(
					'description: D.\n',
					'`[x](/nowhere/)`\n\n```md\n[x](/nowhere/)\n```\n\n{/* [x](/nowhere/) <Practice /> */}',
				),
			}),
		).toEqual([]);
	});

	it('rejects <Practice /> on a page no question lists', async () => {
		const problems = await problemsOf({ [file]: page('description: D.\n', '<Practice />') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/page\.mdx:6: <Practice \/> has no questions to show: .*"databases\/page"/,
		);
	});

	it('reports a diagram without accDescr at its fence', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\n', '```mermaid\nflowchart LR\n  accTitle: T\n  a --> b\n```'),
		});
		expect(problems).toEqual([
			`${file}:6: diagram has no accessible description. Add \`accDescr: One sentence on what the reader should see\` right after the diagram type line.`,
		]);
	});

	it('warns, without failing, about a diagram too wide to read in the desktop column', async () => {
		const chain = Array.from(
			{ length: 6 },
			(_, i) => `  s${i}[Stage ${i}] --> s${i + 1}[Stage ${i + 1}]`,
		);
		const diagram = [
			'```mermaid',
			'flowchart LR',
			'  accTitle: A long pipeline',
			'  accDescr: Seven stages in a row.',
			...chain,
			'```',
		].join('\n');
		const { problems, warnings } = await lintContent(
			project({ [file]: page('description: D.\n', `Intro.\n\n${diagram}`) }),
		);
		expect(problems).toEqual([]);
		expect(warnings).toHaveLength(1);
		const [warning] = warnings;
		expect(warning?.file).toBe(file);
		expect(warning?.line).toBe(8);
		expect(warning?.message).toMatch(
			/^diagram "A long pipeline" does not read whole in the 632 px column: it is [\d,]+ px wide with 13 px labels, so scaled to fit, its smallest label is \d+\.\d px \(readable: 11 px\)/,
		);
		expect(warning?.message).toContain('flowchart LR with 7 nodes in a chain: use TB');
	});

	it('does not warn about the same chain drawn top to bottom', async () => {
		const chain = Array.from(
			{ length: 6 },
			(_, i) => `  s${i}[Stage ${i}] --> s${i + 1}[Stage ${i + 1}]`,
		);
		const diagram = [
			'```mermaid',
			'flowchart TB',
			'  accTitle: A long pipeline',
			'  accDescr: Seven stages in a column.',
			...chain,
			'```',
		].join('\n');
		const { warnings } = await lintContent(project({ [file]: page('description: D.\n', diagram) }));
		expect(warnings).toEqual([]);
	});

	it('accepts search terms a reader types: abbreviations, other spellings, phrases', async () => {
		const terms = 'searchTerms: [k8s, TC, behavioural, object-oriented design, C++, CI/CD]\n';
		expect(await problemsOf({ [file]: page(`description: D.\n${terms}`) })).toEqual([]);
	});

	it('rejects a search term holding a comma, naming the item, with the fix', async () => {
		const problems = await problemsOf({
			[file]: page('description: D.\nsearchTerms:\n  - salary\n  - pay, TC\n'),
		});
		expect(problems).toEqual([
			`${file}:4: \`searchTerms[1]\`: a search term holds letters, digits, spaces and . + / ' & - only (no commas or colons); list each term as its own item (got "pay, TC").`,
		]);
	});

	it('rejects a search term repeated in another case', async () => {
		expect(
			await problemsOf({ [file]: page('description: D.\nsearchTerms: [LB, load balancer, lb]\n') }),
		).toEqual([
			`${file}:4: \`searchTerms[2]\`: "lb" repeats searchTerms[0] (search ignores case); remove one (got "lb").`,
		]);
	});

	it('rejects searchTerms written as one string instead of a list', async () => {
		const problems = await problemsOf({ [file]: page('description: D.\nsearchTerms: k8s\n') });
		expect(problems).toEqual([
			`${file}:4: \`searchTerms\`: searchTerms is a list, e.g. [k8s, container orchestration] (got "k8s").`,
		]);
	});

	it('reports invalid YAML at its line', async () => {
		const problems = await problemsOf({
			[file]: '---\ntitle: A\ndescription: D\nlevels: [L4\n---\n',
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/page\.mdx:\d: the frontmatter is not valid YAML/);
	});
});
