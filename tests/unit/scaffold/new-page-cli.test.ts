import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run new` as a contributor runs it, refusing what it must. That the pages it writes build
// is checked in the browser suite (tests/e2e/builds/small-handbook.test.ts).
function newPage(...args: string[]): { status: number | null; output: string; stderr: string } {
	const run = spawnSync(process.execPath, ['scripts/new-page.ts', ...args], { encoding: 'utf8' });
	return { status: run.status, output: `${run.stdout}\n${run.stderr}`, stderr: run.stderr };
}

const emptyProject = (): string[] => ['--root', mkdtempSync(join(tmpdir(), 'handbook-scaffold-'))];

describe('npm run new', () => {
	it('refuses an unknown section, listing the sections', () => {
		const run = newPage('algorithms/heaps', 'Heaps', ...emptyProject());
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('"algorithms" is not a section');
		expect(run.output).toContain('landscape, interviews, coding');
	});

	it('refuses a bad slug and a missing title', () => {
		const badSlug = newPage('coding/Heap_Sort', 'Heaps', ...emptyProject());
		expect(badSlug.status).not.toBe(0);
		expect(badSlug.output).toContain('not a valid slug');
		const untitled = newPage('coding/heaps', ...emptyProject());
		expect(untitled.status).not.toBe(0);
		expect(untitled.output).toContain('title');
	});

	it('refuses a page that already exists', () => {
		const run = newPage('coding/hash-maps', 'Hash maps');
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('src/content/docs/coding/hash-maps.mdx already exists');
	});
});
