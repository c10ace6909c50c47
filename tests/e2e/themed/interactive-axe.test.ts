// Axe on the interactive pages in states a static page load never shows, in the project's theme:
// the explorers on a 375 px screen with an input in error, and the practice tools mid-use. Every
// rule runs in the light theme; in the dark theme only the rules that depend on color.
import { expect, test } from '../fixtures.ts';
import { axeViolationLines, plainCodeLines, type AxeScope } from '../support/axe.ts';

/** Every rule in the light theme, the color rules in the dark one. */
const scopeFor = (theme: string | undefined): AxeScope => ({
	rules: theme === 'dark' ? 'color' : 'all',
});

test.describe.configure({ mode: 'parallel' });

test.describe('explorers on a 375 px screen', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	for (const [path, selector] of [
		['api-design/rate-limiting/', '[data-token-bucket-explorer]'],
		['system-design/interview-framework/', '[data-envelope-calculator]'],
		['distributed-systems/probabilistic-structures/', '[data-bloom-filter-explorer]'],
		['networking/tcp-udp-tls/', '[data-connection-setup-explorer]'],
		['reliability/availability-and-disaster-recovery/', '[data-availability-explorer]'],
	] as const) {
		test(`/${path} fits with no axe violation${path.startsWith('system') ? ', including the error state' : ''}`, async ({
			page,
			theme,
		}) => {
			await page.goto(path);
			await expect(page.locator(`${selector} input:enabled`).first()).toBeVisible();
			if (selector === '[data-envelope-calculator]') {
				await page.locator('#env-retentionYears').fill('-2');
				await expect(page.locator('[data-error-for="retentionYears"]')).not.toBeEmpty();
			}
			const fits = await page.locator(selector).evaluate((element) => ({
				widget: element.scrollWidth <= element.clientWidth,
				page: document.documentElement.scrollWidth <= window.innerWidth,
				width: element.getBoundingClientRect().width,
			}));
			expect(fits.widget && fits.page, `${path} overflows at 375 px`).toBe(true);
			expect(fits.width).toBeGreaterThan(250);
			// Code lines as plain text: the token colors are checked in code-token-contrast.test.ts.
			await plainCodeLines(page);
			expect(await axeViolationLines(page, scopeFor(theme))).toEqual([]);
		});
	}
});

test('the practice pages have no axe violation with a revealed flashcard, a session summary and a running timer', async ({
	page,
	theme,
}) => {
	await page.goto('practice/');
	// The topic box open on matches, one topic chosen, the sections listed.
	await page.getByLabel('Find a topic').fill('cach');
	await page.locator('input[name="topic"]:visible').first().check();
	await page.locator('.practice-sections summary').click();
	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await expect(page.locator('[data-card-answer]')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();
	const report = (await axeViolationLines(page, scopeFor(theme))).map(
		(line) => `practice: ${line}`,
	);
	await page.getByRole('button', { name: /^Good · / }).click();
	await page.getByRole('button', { name: 'End session' }).click();
	await expect(page.locator('[data-card-session-counts]')).toBeVisible();
	report.push(
		...(await axeViolationLines(page, scopeFor(theme))).map((line) => `summary: ${line}`),
	);
	await page.goto('practice/mock-interview/');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	report.push(...(await axeViolationLines(page, scopeFor(theme))).map((line) => `mock: ${line}`));
	expect(report).toEqual([]);
});

test('the story bank has no axe violation with a saved story and a form error shown', async ({
	page,
	theme,
}) => {
	await page.goto('interviews/story-bank/');
	await page.getByLabel('Title').fill('Queue ownership');
	await page.getByLabel('Action').fill('I wrote the runbook and handed it over.');
	await page.getByRole('checkbox', { name: 'mentoring', exact: true }).check();
	await page.getByRole('button', { name: 'Save story' }).click();
	await expect(page.locator('[data-story-list] > li')).toHaveCount(1);
	await page.locator('[data-story-list] summary').click();
	await page.getByRole('button', { name: 'Save story' }).click();
	await expect(page.locator('[data-error-for="title"]')).not.toBeEmpty();
	expect(await axeViolationLines(page, scopeFor(theme))).toEqual([]);
});
