// A long reference file starts folded after its first lines on a phone, with a control that shows
// the whole file: it works by mouse, by keyboard and without JavaScript, copies the whole file,
// leaves short files alone, and the print edition and a printed page show every file whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Locator, Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { renderedLines } from '../../src/components/source-code-fold.ts';
import { testBuild } from '../../scripts/harness/built-site.ts';
import { expect, test } from './fixtures.ts';

const caching = 'system-design/caching/';
const longFile = 'cache/write-back.ts';
const shortFile = 'cache/single-flight.ts';

/** The file's lines as the page must show them when whole (Expressive Code shows a tab as two spaces). */
const fileLines = (path: string): string[] =>
	renderedLines(readFileSync(`src/reference/${path}`, 'utf8')).map((line) =>
		line.replace(/\t/g, '  '),
	);

/** The code block titled with the reference file's path. */
const codeBlock = (page: Page, path: string): Locator =>
	page
		.locator('.expressive-code')
		.filter({ has: page.locator('figcaption', { hasText: `src/reference/${path}` }) });

/** The block's code lines, without the line that holds the fold's control. */
const codeLines = (block: Locator): Locator => block.locator('pre > code .ec-line:not(summary *)');

/** The text of every code line the reader can see, in order. */
async function visibleLineTexts(block: Locator): Promise<string[]> {
	return codeLines(block).evaluateAll((lines) =>
		lines
			.filter((line) => line.checkVisibility())
			.map((line) => (line.textContent ?? '').trimEnd()),
	);
}

/** Every element under `node` that has the class `name`, in document order. */
function elementsWithClass(node: Root | Element, name: string): Element[] {
	return node.children.flatMap((child) => {
		if (child.type !== 'element') return [];
		const classes = child.properties['className'];
		const own = Array.isArray(classes) && classes.includes(name) ? [child] : [];
		return [...own, ...elementsWithClass(child, name)];
	});
}

/** The text under `node` exactly as written, white space kept. */
function textOf(node: Element): string {
	return node.children
		.map((child) =>
			child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '',
		)
		.join('');
}

test.use({ viewport: { width: 375, height: 812 } });

test('a long file shows its first lines and a control naming how many lines it hides', async ({
	page,
	activity,
}) => {
	await page.goto(caching);
	const block = codeBlock(page, longFile);
	const toggle = block.locator('summary');
	const whole = fileLines(longFile);
	const shown = await visibleLineTexts(block);
	expect(shown.length).toBeGreaterThanOrEqual(20);
	expect(shown.length).toBeLessThanOrEqual(30);
	expect(shown).toEqual(whole.slice(0, shown.length));
	await expect(toggle).toBeVisible();
	await expect(toggle).toHaveText(
		`Show the whole file (${whole.length - shown.length} more lines)`,
		{ useInnerText: true },
	);
	expect(activity.consoleErrors).toEqual([]);
});

test('clicking the control shows the whole file, and again folds it', async ({ page }) => {
	await page.goto(caching);
	const block = codeBlock(page, longFile);
	const toggle = block.locator('summary');
	const folded = await visibleLineTexts(block);
	await toggle.click();
	expect(await visibleLineTexts(block)).toEqual(fileLines(longFile));
	await expect(toggle).toHaveText(`Show only the first ${folded.length} lines`, {
		useInnerText: true,
	});
	await toggle.click();
	expect(await visibleLineTexts(block)).toEqual(folded);
});

test('the control is a tab stop after the code and opens with Enter and closes with Space', async ({
	page,
}) => {
	await page.goto(caching);
	const block = codeBlock(page, longFile);
	const toggle = block.locator('summary');
	// The code scrolls sideways on a phone, so it is a tab stop itself; the control comes next.
	await block.locator('pre').focus();
	await page.keyboard.press('Tab');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await visibleLineTexts(block)).toEqual(fileLines(longFile));
	await page.keyboard.press('Space');
	expect((await visibleLineTexts(block)).length).toBeLessThan(fileLines(longFile).length);
});

test('the copy button copies the whole file, not the folded part', async ({ page }) => {
	await page.goto(caching);
	const copied = await codeBlock(page, longFile)
		.locator('button[data-code]')
		.getAttribute('data-code');
	expect(copied?.replace(/\u007f/g, '\n')).toBe(fileLines(longFile).join('\n'));
});

test('a short file is shown whole, with no control', async ({ page }) => {
	await page.goto(caching);
	const block = codeBlock(page, shortFile);
	await expect(block.locator('summary')).toHaveCount(0);
	expect(await visibleLineTexts(block)).toEqual(fileLines(shortFile));
});

test('a printed topic page shows the long file whole, without the control', async ({ page }) => {
	await page.goto(caching);
	await page.emulateMedia({ media: 'print' });
	const block = codeBlock(page, longFile);
	await expect(block.locator('summary')).toBeHidden();
	expect(await visibleLineTexts(block)).toEqual(fileLines(longFile));
});

// The print edition is one page of every chapter, too large to open within a test's time here, so
// its built HTML is read: the file's block there has every line and no fold.
test('the print edition shows the long file whole, with no fold at all', () => {
	const html = readFileSync(join(testBuild.dir, 'print', 'index.html'), 'utf8');
	expect(html).not.toContain('ec-section');
	const title = html.indexOf(`>src/reference/${longFile}<`);
	expect(title, `the print edition shows src/reference/${longFile}`).toBeGreaterThan(-1);
	const figure = fromHtml(html.slice(title + 1, html.indexOf('</figure>', title)), {
		fragment: true,
	});
	const lines = elementsWithClass(figure, 'ec-line').map((line) => textOf(line).trimEnd());
	expect(lines).toEqual(fileLines(longFile));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the control still shows the whole file', async ({ page }) => {
		await page.goto(caching);
		const block = codeBlock(page, longFile);
		await block.locator('summary').click();
		expect(await visibleLineTexts(block)).toEqual(fileLines(longFile));
	});
});
