import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import {
	levelChoices,
	planForChoice,
	studyPlanAnchor,
	weeksChoices,
} from '../../../src/data/start-here.ts';
import { planLengths } from '../../../src/data/plan-lengths.ts';
import { studyPlans } from '../../../src/data/study-plan.ts';

const root = process.cwd();
const docsDir = join(root, 'src', 'content', 'docs');
const read = (...path: string[]): string => readFileSync(join(root, ...path), 'utf8');

/** Heading ids of a page as the site generates them (github-slugger, repeats numbered). */
function headingIds(mdx: string): string[] {
	const slugger = new GithubSlugger();
	return [...mdx.matchAll(/^#{2,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!));
}

describe('the start-here chooser', () => {
	it('leads the weeks answers to every plan, 2-3 weeks to the 3-week sprint', () => {
		expect(weeksChoices.map((choice) => planForChoice(choice).weeks)).toEqual([...planLengths]);
		expect(planForChoice(weeksChoices[0]!).name).toBe('3-week sprint');
	});

	it('anchors each plan at its heading on the study-plan page', () => {
		const ids = headingIds(read('src', 'content', 'docs', 'preparation', 'study-plan.mdx'));
		const missing = studyPlans
			.map(studyPlanAnchor)
			.filter((anchor) => !ids.includes(anchor))
			.map((anchor) => `preparation/study-plan.mdx has no heading with id "${anchor}"`);
		expect(missing).toEqual([]);
		expect(studyPlanAnchor(studyPlans[0]!)).toBe('the-3-week-sprint-plan');
	});

	it('sends each level to a first page (and heading) that exists', () => {
		for (const level of levelChoices) {
			const [path = '', anchor] = level.firstPage.split('#');
			const id = path.replace(/^\/|\/$/g, '');
			const file = [`${id}.mdx`, `${id}/index.mdx`]
				.map((name) => join(docsDir, name))
				.find((candidate) => existsSync(candidate));
			expect(file, `${level.label}: no page for ${level.firstPage}`).toBeDefined();
			if (anchor) expect(headingIds(readFileSync(file!, 'utf8'))).toContain(anchor);
		}
	});

	it('asks for L3-L4, L5 and L6+, with L5 as senior', () => {
		expect(levelChoices.map((level) => level.label)).toEqual(['L3-L4', 'L5', 'L6+']);
		expect(levelChoices[1]!.detail).toMatch(/Senior/);
	});

	it('has a CSS rule that shows the result of every answer', () => {
		// The chooser works without JavaScript only if each answer has its `:has(:checked)` rule.
		const component = read('src', 'components', 'StartHere.astro');
		for (const choice of weeksChoices)
			expect(component).toContain(
				`[name='weeks'][value='${choice.value}']:checked) [data-start-plan='${choice.value}']`,
			);
		for (const level of levelChoices)
			expect(component).toContain(
				`[name='level'][value='${level.value}']:checked) [data-start-first='${level.value}']`,
			);
	});

	it('has a CSS rule in the tracker that shows each plan length', () => {
		const tracker = read('src', 'components', 'practice', 'StudyPlanTracker.astro');
		for (const weeks of planLengths)
			expect(tracker).toContain(
				`[name='plan-length'][value='${weeks}']:checked) .plan:not([data-plan='${weeks}'])`,
			);
	});
});
