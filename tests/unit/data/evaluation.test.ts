import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluationDimensions, interviewRounds } from '../../../src/data/evaluation.ts';

// Invariants of the evaluation data. The lesson's dimension names are checked where the page
// renders them (tests/unit/components/landscape/seed-figures.test.ts).

const evaluatePage = readFileSync(
	join(process.cwd(), 'src/content/docs/landscape/what-interviewers-evaluate.mdx'),
	'utf8',
);

describe('evaluation dimensions', () => {
	it('have unique ids, each a heading the rubric links to on the evaluation page', () => {
		const ids = evaluationDimensions.map((d) => d.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const d of evaluationDimensions) expect(evaluatePage).toContain(`\n### ${d.name}\n`);
		for (const d of evaluationDimensions) {
			expect(d.id).toBe(
				d.name
					.toLowerCase()
					.replace(/[^a-z0-9 -]/g, '')
					.replace(/ /g, '-'),
			);
		}
	});

	it('describe all three bands and name the rounds that score each dimension', () => {
		for (const d of evaluationDimensions) {
			for (const band of [d.bands.weak, d.bands.solid, d.bands.strong]) {
				expect(band.trim(), d.id).not.toBe('');
			}
			expect(new Set([d.bands.weak, d.bands.solid, d.bands.strong]).size, d.id).toBe(3);
			expect(d.bands.rounds.length, d.id).toBeGreaterThan(0);
			expect(new Set(d.bands.rounds).size, d.id).toBe(d.bands.rounds.length);
		}
	});

	it('leave no round type unscored', () => {
		const scored = new Set(evaluationDimensions.flatMap((d) => d.bands.rounds));
		for (const round of interviewRounds) expect(scored, round).toContain(round);
	});
});
