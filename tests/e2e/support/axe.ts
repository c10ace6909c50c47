import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One axe violation, flattened to what a failing test should print. */
export interface AxeViolation {
	rule: string;
	impact: string | null;
	targets: string[];
}

/** Runs axe-core in the page and returns its violations of the WCAG A/AA rules. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object,
					) => Promise<{
						violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return result.violations.map((violation) => ({
			rule: violation.id,
			impact: violation.impact,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	}, wcagTags);
}

/** Axe's violations in the page as one line each (rule, impact, first targets), for `toEqual([])`. */
export async function axeViolationLines(page: Page): Promise<string[]> {
	return (await runAxe(page)).map(
		(violation) =>
			`${violation.rule} (${violation.impact}): ${violation.targets.slice(0, 3).join(' | ')}`,
	);
}
