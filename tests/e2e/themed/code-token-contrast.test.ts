// Every color a code token takes anywhere in the handbook, against a code block's background, in
// the project's theme, by axe's color-contrast rule (4.5:1 for code's small text). The every-page
// check (every-page.test.ts) reads each code line as plain text in the block's own color and
// leaves the token colors to this test: the build writes about 380,000 token spans but only a few
// dozen distinct token styles, so each style is drawn here once, as one line of a real code block
// with the site's stylesheet, and measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	testBuild,
	isPrintEditionPage,
	listBuiltPages,
} from '../../../scripts/harness/built-site.ts';
import { expect, test } from '../fixtures.ts';
import { codeTokenSelector, loadAxe } from '../support/axe.ts';

/** A token style no theme could pass with: mid gray in both, added to prove the check reports. */
const failingProbe = '--0:#4A4A4A;--1:#B8B8B8';

/**
 * Every distinct token style (`--0:#...;--1:#...`) in the built pages with the first page that
 * uses it, and a page with code.
 */
function tokenStylesInBuild(): {
	styles: string[];
	firstUse: Map<string, string>;
	pageWithCode: string;
} {
	const firstUse = new Map<string, string>();
	let pageWithCode = '';
	for (const path of listBuiltPages(testBuild.dir)) {
		if (isPrintEditionPage(path)) continue;
		const html = readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8');
		if (!html.includes('class="expressive-code"')) continue;
		pageWithCode ||= path;
		const tokens = [...html.matchAll(/<span style="(--\d[^"]*)">/g)];
		// Every span styled with the themes' numbered properties is a token span read here: one
		// written another way (more attributes, another order) would be missed.
		const styled = html.match(/<span\b[^>]*\sstyle="--\d/g)?.length ?? 0;
		if (styled !== tokens.length) {
			throw new Error(
				`/${path} has ${styled} spans styled with --0/--1 but ${tokens.length} token spans in the form <span style="--...">: update tokenStylesInBuild() in tests/e2e/themed/code-token-contrast.test.ts for the new markup.`,
			);
		}
		for (const [, style = ''] of tokens) {
			if (!firstUse.has(style)) firstUse.set(style, `/${path}`);
		}
	}
	return { styles: [...firstUse.keys()].sort(), firstUse, pageWithCode };
}

test('every code token color reads at 4.5:1 or more on the code background', async ({
	page,
	theme,
}) => {
	const { styles, firstUse, pageWithCode } = tokenStylesInBuild();
	// Syntax coloring is on: the build writes tens of distinct styles, not one.
	expect(styles.length).toBeGreaterThan(20);
	await page.goto(pageWithCode);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
	const code = page.locator('.expressive-code pre > code').first();
	await code.scrollIntoViewIfNeeded();
	// One line per style at the top of the block, in the markup Expressive Code writes for a line.
	const samples = [...styles, failingProbe];
	await code.evaluate((element, styles) => {
		for (const [index, style] of [...styles.entries()].reverse()) {
			const line = document.createElement('div');
			line.className = 'ec-line';
			line.dataset['tokenSample'] = String(index);
			const text = document.createElement('div');
			text.className = 'code';
			const token = document.createElement('span');
			token.setAttribute('style', style);
			token.textContent = `token_sample(${index})`;
			text.append(token);
			line.append(text);
			element.prepend(line);
		}
	}, samples);
	// The samples take the stylesheet's token rule, as the build's own spans do.
	await expect(code.locator(`[data-token-sample] ${codeTokenSelector}`)).toHaveCount(
		samples.length,
	);
	await loadAxe(page);
	const outcome = await page.evaluate(async () => {
		type AxeNode = { element: Element };
		type AxeRule = { nodes: AxeNode[] };
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: object,
						options: object,
					) => Promise<{ violations: AxeRule[]; passes: AxeRule[]; incomplete: AxeRule[] }>;
				};
			}
		).axe;
		const result = await axe.run(
			{ include: [['[data-token-sample]']] },
			{ runOnly: { type: 'rule', values: ['color-contrast'] }, elementRef: true },
		);
		const samplesOf = (rules: AxeRule[]): number[] =>
			rules
				.flatMap((rule) => rule.nodes)
				.map((node) =>
					Number(node.element.closest<HTMLElement>('[data-token-sample]')?.dataset['tokenSample']),
				)
				.sort((a, b) => a - b);
		return {
			failed: samplesOf(result.violations),
			passed: samplesOf(result.passes),
			undecided: samplesOf(result.incomplete),
		};
	});
	// A style by its text and the first page that uses it, so a failure says where to look.
	const named = (indexes: number[]): string[] =>
		indexes.map((index) => {
			const style = samples[index] ?? `sample ${index}`;
			return firstUse.has(style) ? `${style} (first used on ${firstUse.get(style)})` : style;
		});
	// Axe decided every sample: none left "needs review" (an image or gradient behind it, say).
	expect(named(outcome.undecided)).toEqual([]);
	expect(outcome.passed.length + outcome.failed.length).toBe(samples.length);
	// The one that must fail does; no token style of the build's does.
	expect(named(outcome.failed)).toEqual([failingProbe]);
});
