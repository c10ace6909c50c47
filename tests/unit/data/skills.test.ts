import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demandLevels, demandRank, skills } from '../../../src/data/skills.ts';

// Invariants of the skills data. The lesson's exact rows are checked where the page renders them
// (tests/unit/components/landscape/seed-figures.test.ts).

/** Heading slugs on the skills page, as Starlight makes them from `### ` headings. */
const skillHeadings = readFileSync(
	join(process.cwd(), 'src/content/docs/landscape/skills-in-demand.mdx'),
	'utf8',
)
	.split('\n')
	.filter((line) => line.startsWith('### '))
	.map((line) =>
		line
			.slice(4)
			.trim()
			.toLowerCase()
			.replace(/[^a-z0-9 -]/g, '')
			.replace(/ /g, '-'),
	);

describe('skills in demand', () => {
	it('is sorted from highest to lowest demand', () => {
		const ranks = skills.map((s) => demandRank(s.demand));
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
	});

	it('ranks the demand levels from the first listed down to 1', () => {
		expect(demandLevels.map(demandRank)).toEqual(
			demandLevels.map((_, i) => demandLevels.length - i),
		);
	});

	it('links every row to its own section of the skills page', () => {
		const ids = skills.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(skillHeadings, `#${id}`).toContain(id);
	});
});
