import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../../scripts/content-lint/lint-content-files.ts';

// Each case writes a small handbook with a section index page into a temporary folder and checks
// what the lint says about the pages that index links, and those it does not.
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const page = (title: string, extra = ''): string =>
	`---\ntitle: ${title}\ndescription: About ${title}.\n${extra}---\n\nText.\n`;

/** An index page whose body is `body`; its frontmatter is lines 1-4, so the body starts at 6. */
const index = (body: string): string =>
	`---\ntitle: Databases\ndescription: The section.\n---\n\n${body}\n`;

const table = [
	'| Page | What you learn |',
	'| ---- | -------------- |',
	'| [Indexes](/databases/indexes/) | B-trees |',
	'| [Sharding](/databases/sharding/#shard-keys) | Shard keys |',
].join('\n');

const indexFile = 'src/content/docs/databases/index.mdx';

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'section-index-'));
	roots.push(root);
	const all: Record<string, string> = {
		'src/content/docs/databases/indexes.mdx': page('Indexes'),
		'src/content/docs/databases/sharding.mdx': `${page('Sharding')}\n## Shard keys\n`,
		'src/content/questions/databases/shallow.md':
			"---\nquestion: 'Why does a B-tree stay shallow?'\nkind: concept\ntopics: [indexes]\nlevels: [L4]\npages: [databases/indexes]\n---\n\nEach node holds hundreds of keys.\n",
		...files,
	};
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

async function problemsOf(
	files: Record<string, string>,
	targets: string[] = [],
): Promise<string[]> {
	const { problems } = await lintContent(project(files), targets);
	return problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

describe('npm run lint:content: a section index links every page of its section', () => {
	it('passes when the index links every page, a link with an anchor included', async () => {
		expect(await problemsOf({ [indexFile]: index(table) })).toEqual([]);
	});

	it('names the page it lacks and the row to add, at the last row of the page table', async () => {
		const problems = await problemsOf({
			[indexFile]: index(`${table}\n\nRead [Indexes](/databases/indexes/) first.`),
			'src/content/docs/databases/replication.mdx': page('Replication'),
		});
		expect(problems).toEqual([
			`${indexFile}:9: does not link databases/replication (add a row to the page table: [Replication](/databases/replication/))`,
		]);
	});

	it('requires pages in a nested folder too', async () => {
		const problems = await problemsOf({
			[indexFile]: index(table),
			'src/content/docs/databases/designs/ledger.mdx': page('A ledger'),
		});
		expect(problems).toEqual([
			`${indexFile}:9: does not link databases/designs/ledger (add a row to the page table: [A ledger](/databases/designs/ledger/))`,
		]);
	});

	it('does not count a link in a code block or a comment', async () => {
		const problems = await problemsOf({
			[indexFile]: index(
				`${table}\n\n\`\`\`md\n[Replication](/databases/replication/)\n\`\`\`\n\n{/* [Replication](/databases/replication/) */}`,
			),
			'src/content/docs/databases/replication.mdx': page('Replication'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('does not link databases/replication');
	});

	it('reports at the start of the body when the index has no page table yet', async () => {
		expect(await problemsOf({ [indexFile]: index('Pages are coming.') })).toEqual([
			`${indexFile}:6: does not link databases/indexes (add a row to the page table: [Indexes](/databases/indexes/))`,
			`${indexFile}:6: does not link databases/sharding (add a row to the page table: [Sharding](/databases/sharding/))`,
		]);
	});

	it('reports it when only a page of the section is linted', async () => {
		const problems = await problemsOf(
			{
				[indexFile]: index(table),
				'src/content/docs/databases/replication.mdx': page('Replication'),
			},
			['src/content/docs/databases/replication.mdx'],
		);
		expect(problems).toEqual([
			`${indexFile}:9: does not link databases/replication (add a row to the page table: [Replication](/databases/replication/))`,
		]);
	});

	it('passes a section whose index has no pages beside it, and a draft page', async () => {
		expect(
			await problemsOf({
				'src/content/docs/reliability/index.mdx': page('Reliability'),
				[indexFile]: index(table),
				'src/content/docs/databases/replication.mdx': page('Replication', 'draft: true\n'),
			}),
		).toEqual([]);
	});
});
