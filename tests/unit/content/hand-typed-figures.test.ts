import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketSectionDirectories } from '../../../src/config/sections.ts';
import {
	seedFaangBaseShare,
	seedLocationDiscount,
	seedSalaryTable,
	seedThroughput,
} from '../data/fixtures/seed-lesson-figures.ts';

// A figure that lives in src/data is rendered from it (an MDX expression or a component), so a
// corrected figure changes every page at once. Typed by hand into a page, it drifts.

const docsDir = join(process.cwd(), 'src', 'content', 'docs');

/** Salary bands look the same on any page, so they are checked everywhere. */
const everywhere = seedSalaryTable
	.flatMap((row) => row.slice(2))
	.filter((cell) => cell.startsWith('$'))
	.map((cell) => cell.replace(' + equity', ''));

/** Plain numbers are only the lesson's on the market pages, where the lesson's figures live. */
const onMarketPages = [
	seedFaangBaseShare,
	seedLocationDiscount,
	seedThroughput.speedup,
	...[seedThroughput.go.figure, seedThroughput.python.figure].map((figure) =>
		figure.replace(/[^\d,]/g, ''),
	),
];

/** Lines of prose: frontmatter, fenced code and inline code left out. */
function proseLines(text: string): Array<{ line: number; text: string }> {
	const lines = text.split('\n');
	const prose: Array<{ line: number; text: string }> = [];
	let inFrontmatter = lines[0] === '---';
	let fence: string | null = null;
	lines.forEach((line, i) => {
		if (i === 0 && inFrontmatter) return;
		if (inFrontmatter) {
			if (line === '---') inFrontmatter = false;
			return;
		}
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker !== undefined && (fence === null || marker.startsWith(fence))) {
			fence = fence === null ? marker : null;
			return;
		}
		if (fence === null) prose.push({ line: i + 1, text: line.replace(/`[^`]*`/g, '') });
	});
	return prose;
}

describe('pages', () => {
	it('render the lesson figures from src/data instead of typing them', () => {
		const problems: string[] = [];
		const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
			/\.mdx?$/.test(file),
		);
		for (const file of files) {
			const market = marketSectionDirectories.includes(file.split(/[\\/]/)[0] ?? '');
			const figures = market ? [...everywhere, ...onMarketPages] : everywhere;
			const text = readFileSync(join(docsDir, file), 'utf8');
			for (const { line, text: prose } of proseLines(text)) {
				for (const figure of figures) {
					if (prose.includes(figure)) {
						problems.push(
							`src/content/docs/${file}:${line}: "${figure}" is typed by hand; render it from src/data (for example {salaryBand('L5', 'faang').display}, {faangBaseShareOfTc.display} or {throughputOf('go').display}) so it cannot drift from the data`,
						);
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});
});
