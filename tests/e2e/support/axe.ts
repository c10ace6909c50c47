import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** axe-core's browser script, to add to a page (see {@link loadAxe}) or to every page of a context. */
export const axeSource = readFileSync(
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

/**
 * The rules whose result depends on the theme's colors. Every other WCAG rule reads structure,
 * names and roles, which are the same in both themes, so a second theme needs only these.
 */
export const colorRules = ['color-contrast', 'link-in-text-block'];

/**
 * The parts of every page that are the same on each page of a section: the site header and the
 * sidebar. Pages that check them in full: see `chromeSamples` in every-page.test.ts.
 */
export const siteChrome = ['header.header', '.sidebar-pane'];

/**
 * Empties the sidebar's pane on a page whose chrome axe leaves out (see {@link siteChrome}) and
 * returns how many elements it held. Axe's time grows with the elements in the document, excluded
 * ones too, and the sidebar lists every page of the handbook: about 500 elements, a quarter of an
 * average page. The pane stays, fixed in place as it is drawn, so nothing else on the page moves.
 */
export function emptySidebar(page: Page): Promise<number> {
	return page.evaluate(() => {
		const content = document.querySelector('.sidebar-pane .sidebar-content');
		const count = content?.querySelectorAll('*').length ?? 0;
		content?.replaceChildren();
		return count;
	});
}

/** What one axe run checks. */
export interface AxeScope {
	/** `all`: every WCAG A/AA rule (the default); `color`: only {@link colorRules}. */
	rules?: 'all' | 'color';
	/** CSS selectors of subtrees to leave out, e.g. {@link siteChrome}. */
	exclude?: readonly string[];
}

/**
 * Adds axe-core to the open page as `window.axe`. Evaluated, not added as a `<script>` element:
 * its half a megabyte of text would otherwise sit in the document axe then walks.
 */
export async function loadAxe(page: Page): Promise<void> {
	await page.evaluate(axeSource);
	if (
		!(await page.evaluate(
			() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
		))
	)
		throw new Error('axe-core did not define window.axe in the page.');
}

/**
 * Runs axe-core in the page and returns its violations of the WCAG A/AA rules in `scope`. Axe is
 * added once per document: each run clears what the previous one cached (axe's teardown), so a
 * second run in the same page, after a theme switch say, reads the page afresh.
 */
export async function runAxe(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(
		() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
	);
	if (!loaded) await loadAxe(page);
	return page.evaluate(
		async ({ tags, colors, rules, exclude }) => {
			const axe = (
				window as unknown as {
					axe: {
						run: (
							context: Document | { exclude: string[][] },
							options: object,
						) => Promise<{
							violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
						}>;
					};
				}
			).axe;
			const context = exclude.length
				? { exclude: exclude.map((selector) => [selector]) }
				: document;
			const result = await axe.run(context, {
				runOnly:
					rules === 'color' ? { type: 'rule', values: colors } : { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return result.violations.map((violation) => ({
				rule: violation.id,
				impact: violation.impact,
				targets: violation.nodes.map((node) => node.target.join(' ')),
			}));
		},
		{
			tags: wcagTags,
			colors: colorRules,
			rules: scope.rules ?? 'all',
			exclude: [...(scope.exclude ?? [])],
		},
	);
}

/** Axe's violations in the page as one line each (rule, impact, first targets), for `toEqual([])`. */
export async function axeViolationLines(page: Page, scope: AxeScope = {}): Promise<string[]> {
	return (await runAxe(page, scope)).map(
		(violation) =>
			`${violation.rule} (${violation.impact}): ${violation.targets.slice(0, 3).join(' | ')}`,
	);
}

/**
 * A code token's span as Expressive Code writes it: no class, one `style` attribute that sets only
 * its per-theme custom properties (`--0` the dark theme's color, `--1` the light theme's, and their
 * `bg`, `fs`, `fw`, `td` variants), which the block's stylesheet turns into color and font.
 */
export const codeTokenSelector = "span[style^='--']:not([class])";

/**
 * Turns each code line made only of token spans (and indent spans) into its plain text, which then
 * takes the code block's own text color, and returns how many lines changed. The fold control's
 * line, lines with a marker class (highlighted, inserted, deleted) and lines holding any other
 * element keep their markup. Every-page.test.ts explains why, and which test checks the token colors.
 */
export function plainCodeLines(page: Page): Promise<number> {
	return page.evaluate((tokenSelector) => {
		const isPlainSpan = (element: Element): boolean =>
			element.tagName === 'SPAN' &&
			element.attributes.length === 1 &&
			(element.matches(tokenSelector) || element.className === 'indent');
		let changed = 0;
		for (const code of document.querySelectorAll('.expressive-code div.ec-line > div.code')) {
			if (code.closest('summary') || code.parentElement?.className !== 'ec-line') continue;
			const elements = [...code.querySelectorAll('*')];
			if (elements.length === 0 || !elements.every(isPlainSpan)) continue;
			code.replaceChildren(code.textContent ?? '');
			changed++;
		}
		return changed;
	}, codeTokenSelector);
}
