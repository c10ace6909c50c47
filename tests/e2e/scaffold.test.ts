import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureSite } from './support/fixture-site.ts';

// `npm run new` for real: the CLI writes a page into an empty project folder, and that page is
// built in a fixture site with the handbook's schema, markdown processor and checks.
function scaffold(...args: string[]): { status: number | null; output: string; root: string } {
	const root = mkdtempSync(join(tmpdir(), 'handbook-scaffold-'));
	const run = spawnSync(process.execPath, ['scripts/new-page.ts', ...args, '--root', root], {
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}`, root };
}

describe('npm run new', () => {
	it('scaffolds a topic page that builds as it is', () => {
		const run = scaffold('coding/bloom-filters', 'Bloom filters');
		expect(run.output).toContain('Created src/content/docs/coding/bloom-filters.mdx');
		expect(run.status).toBe(0);
		const page = readFileSync(join(run.root, 'src/content/docs/coding/bloom-filters.mdx'), 'utf8');
		const build = buildFixtureSite('scaffolded-topic', {
			'src/content/docs/coding/bloom-filters.mdx': page,
		});
		expect(build.output).not.toContain('[ERROR]');
		expect(build.ok).toBe(true);
	});

	it('scaffolds a market page whose build fails, naming the file and sources, until sources are added', () => {
		const run = scaffold('landscape/hiring-freeze', 'Hiring freezes');
		expect(run.status).toBe(0);
		const page = readFileSync(
			join(run.root, 'src/content/docs/landscape/hiring-freeze.mdx'),
			'utf8',
		);
		const build = buildFixtureSite('scaffolded-market', {
			'src/content/docs/landscape/hiring-freeze.mdx': page,
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('landscape/hiring-freeze.mdx');
		expect(build.output).toContain('sources');
		const sourced = page.replace(
			'sources: []',
			'sources:\n  - title: Example report on hiring\n    url: https://example.org/report',
		);
		expect(
			buildFixtureSite('scaffolded-market-sourced', {
				'src/content/docs/landscape/hiring-freeze.mdx': sourced,
			}).ok,
		).toBe(true);
	});

	it('refuses an unknown section, listing the sections', () => {
		const run = scaffold('algorithms/heaps', 'Heaps');
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('"algorithms" is not a section');
		expect(run.output).toContain('landscape, interviews, coding');
	});

	it('refuses a bad slug and a missing title', () => {
		expect(scaffold('coding/Heap_Sort', 'Heaps').output).toContain('not a valid slug');
		const untitled = scaffold('coding/heaps');
		expect(untitled.status).not.toBe(0);
		expect(untitled.output).toContain('title');
	});

	it('refuses a page that already exists', () => {
		const run = spawnSync(
			process.execPath,
			['scripts/new-page.ts', 'coding/hash-maps', 'Hash maps'],
			{ encoding: 'utf8' },
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('src/content/docs/coding/hash-maps.mdx already exists');
	});
});
