// The home page's first screen: the start-here chooser (with and without JavaScript, by keyboard,
// on a phone), the cover cards that link to their sections, the About page, and the tracker
// opening on the plan a chooser link names.
import type { Page } from '@playwright/test';
import { levelChoices, weeksChoices } from '../../src/data/start-here.ts';
import { progressKey } from '../../src/practice/progress-store.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const chooser = (page: Page) => page.locator('[data-start-here]');
/** The visible label of a chooser answer: the radio itself is visually hidden. */
const option = (page: Page, name: 'level' | 'weeks', value: string) =>
	page.locator(`label[for="start-${name}-${value}"]`);

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 812 },
]) {
	test(`shows the whole chooser on the first screen at ${viewport.width}x${viewport.height}, without sideways scroll`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('');
		const box = await chooser(page).boundingBox();
		expect(box, 'the chooser is rendered').not.toBeNull();
		expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
	});
}

test('choosing answers changes neither the layout around the chooser nor its size', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto('');
	const before = await chooser(page).boundingBox();
	for (const level of levelChoices) {
		await option(page, 'level', level.value).click();
		for (const weeks of weeksChoices) {
			await option(page, 'weeks', weeks.value).click();
			expect(await chooser(page).boundingBox()).toEqual(before);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each weeks answer shows the link to its plan, which opens the plan on the study-plan page', async ({
		page,
	}) => {
		await page.goto('');
		const results = chooser(page);
		await expect(results.getByRole('link', { name: 'every plan' })).toBeVisible();
		const expected = {
			'2-3': ['3-week sprint', 'the-3-week-sprint-plan'],
			'4': ['4-week intensive', 'the-4-week-intensive-plan'],
			'8': ['8-week standard', 'the-8-week-standard-plan'],
			'12': ['12-week spaced', 'the-12-week-spaced-plan'],
		} as const;
		for (const choice of weeksChoices) {
			const [name, anchor] = expected[choice.value as keyof typeof expected];
			await option(page, 'weeks', choice.value).click();
			await expect(results.getByRole('link', { name: 'every plan' })).toBeHidden();
			// Only the chosen answer's links are visible (and so reachable).
			await expect(results.getByRole('link', { name: /^The .* plan$/ })).toHaveCount(1);
			const link = results.getByRole('link', { name: `The ${name} plan` });
			await expect(link).toHaveAttribute('href', new RegExp(`/preparation/study-plan/#${anchor}$`));
		}
		await option(page, 'weeks', '2-3').click();
		await results.getByRole('link', { name: 'The 3-week sprint plan' }).click();
		await expect(page).toHaveURL(/\/preparation\/study-plan\/#the-3-week-sprint-plan$/);
		await expect(page.getByRole('heading', { name: 'The 3-week sprint plan' })).toBeInViewport();
	});

	test('each level answer shows its first page to read', async ({ page }) => {
		await page.goto('');
		const results = chooser(page);
		const expected = {
			'l3-l4': '/coding/',
			l5: '/system-design/interview-framework/',
			l6: '/interviews/loop-structure/#level-differences',
		} as const;
		for (const level of levelChoices) {
			await option(page, 'level', level.value).click();
			const link = results.getByRole('link', { name: level.firstPageTitle });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute(
				'href',
				new RegExp(`${expected[level.value as keyof typeof expected]}$`),
			);
		}
		await option(page, 'level', 'l5').click();
		await results.getByRole('link', { name: 'The system design interview framework' }).click();
		await expect(page).toHaveURL(/\/system-design\/interview-framework\/$/);
	});
});

test('works from the keyboard: arrows choose, Tab reaches only the chosen links', async ({
	page,
}) => {
	await page.goto('');
	const firstLevel = page.locator('#start-level-l3-l4');
	await firstLevel.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#start-level-l5')).toBeChecked();
	// The focused answer shows a ring on its visible label.
	const ring = await option(page, 'level', 'l5').evaluate(
		(label) => getComputedStyle(label).outlineStyle,
	);
	expect(ring).toBe('solid');
	await page.keyboard.press('Tab');
	await expect(page.locator('#start-weeks-2-3')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.locator('#start-weeks-2-3')).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(chooser(page).getByRole('link', { name: 'The 3-week sprint plan' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(chooser(page).getByRole('link', { name: 'Track it' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(
		chooser(page).getByRole('link', { name: 'The system design interview framework' }),
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/system-design\/interview-framework\/$/);
});

test('the tracker link opens the tracker on the chosen plan and saves that choice', async ({
	page,
}) => {
	await page.goto('');
	await option(page, 'weeks', '2-3').click();
	await chooser(page).getByRole('link', { name: 'Track it' }).click();
	await expect(page).toHaveURL(/\/practice\/study-plan-tracker\/$/);
	await expect(page.locator('input[name="plan-length"][value="3"]')).toBeChecked();
	const sprint = page.locator('[data-plan="3"]');
	await expect(sprint).toBeVisible();
	await expect(page.locator('[data-plan="8"]')).toBeHidden();
	await expect(sprint.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
	const stored = await page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { plan: { weeks: number } },
		progressKey,
	);
	expect(stored.plan.weeks).toBe(3);
	// A reload shows the saved choice, not the link's: the parameter left the address.
	await page.locator('input[name="plan-length"][value="8"]').check();
	await page.reload();
	await expect(page.locator('input[name="plan-length"][value="8"]')).toBeChecked();
});

test('each cover card is one link to its section, clickable anywhere, with a focus ring', async ({
	page,
}) => {
	const cards = {
		'The market': /\/landscape\/$/,
		'The loops': /\/interviews\/$/,
		'The knowledge': /\/coding\/$/,
		'The practice': /\/practice\/$/,
	};
	for (const [title, url] of Object.entries(cards)) {
		await page.goto('');
		const card = page.locator('.cover-card', { hasText: title });
		await expect(card.getByRole('link')).toHaveCount(1);
		await expect(card.getByRole('link')).toHaveAccessibleName(title);
		await card.getByRole('link').focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await card.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
		// A click on the description, not the title, follows the link (the link covers the card).
		const box = await card.boundingBox();
		await card.click({ position: { x: 24, y: box!.height - 24 } });
		await expect(page).toHaveURL(url);
	}
});

test('the About page is linked from the home page and from the footer of every page', async ({
	page,
}) => {
	await page.goto('');
	await page
		.locator('.sl-markdown-content')
		.getByRole('link', { name: 'About the handbook' })
		.click();
	await expect(page).toHaveURL(/\/about\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the handbook');
	await expect(page.getByRole('heading', { name: 'How pages are reviewed' })).toBeVisible();
	// This build has no REPOSITORY_URL, so the page says there is no issue form rather than linking one.
	await expect(page.locator('[data-repository-links]')).toContainText(
		'without a link to its repository',
	);
	await page.goto('databases/indexes/');
	await page
		.getByRole('navigation', { name: 'About the site' })
		.getByRole('link', { name: 'About the handbook' })
		.click();
	await expect(page).toHaveURL(/\/about\/$/);
});
