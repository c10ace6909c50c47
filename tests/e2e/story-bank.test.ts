// The story bank on /interviews/story-bank/: writing, tagging, editing and deleting STAR stories,
// the coverage table, the draft kept across a reload, keyboard-only use, a 375 px screen, and the
// checklist it leaves without JavaScript. Axe in both themes: themed/interactive-axe.test.ts.
import type { Page } from '@playwright/test';
import { competencies } from '../../src/data/competencies.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const path = 'interviews/story-bank/';
const progressKey = 'handbook-practice-progress';

interface StoredStory {
	id: string;
	title: string;
	situation: string;
	competencies: string[];
	updatedAt: number;
}

const storedStories = (page: Page): Promise<StoredStory[]> =>
	page.evaluate(
		(key) =>
			(JSON.parse(localStorage.getItem(key) ?? '{}') as { stories?: StoredStory[] }).stories ?? [],
		progressKey,
	);

/** The count shown in the coverage table for a competency label. */
const coverageCount = (page: Page, label: string) =>
	page.getByRole('row', { name: new RegExp(`^${label}\\b`) }).locator('[data-coverage-count]');

/** Every competency label except those given, as the gap sentence lists them. */
const gapsWithout = (...covered: string[]): string =>
	`No story yet shows: ${competencies
		.map((entry) => entry.label)
		.filter((label) => !covered.includes(label))
		.join(', ')}.`;

async function writeStory(page: Page, title: string, tags: string[]): Promise<void> {
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Situation').fill('Checkout timed out at peak every Friday.');
	await page.getByLabel('Task').fill('I owned the fix across two teams.');
	await page.getByLabel('Action').fill('I profiled the pool, then moved receipts to a queue.');
	await page.getByLabel('Result').fill('p99 fell from 2.1 s to 300 ms.');
	for (const tag of tags) await page.getByRole('checkbox', { name: tag, exact: true }).check();
}

test.describe('story bank', () => {
	test('adds a story with two competencies, updates coverage, keeps it across a reload, edits and deletes it', async ({
		page,
		activity,
	}) => {
		await page.goto(path);
		const gaps = page.locator('[data-coverage-gaps]');
		await expect(gaps).toHaveText(gapsWithout());
		await writeStory(page, 'Friday checkout timeouts', ['ownership', 'delivering under pressure']);
		await page.getByRole('button', { name: 'Save story' }).click();

		const status = page.getByRole('status').filter({ hasText: 'Saved' });
		await expect(status).toContainText(
			'Saved "Friday checkout timeouts", showing ownership, delivering under pressure.',
		);
		await expect(coverageCount(page, 'ownership')).toHaveText('1');
		await expect(coverageCount(page, 'delivering under pressure')).toHaveText('1');
		await expect(coverageCount(page, 'conflict')).toHaveText('0');
		await expect(gaps).toHaveText(gapsWithout('ownership', 'delivering under pressure'));
		await expect(page.getByLabel('Title')).toHaveValue('');
		const item = page.locator('[data-story-list] > li');
		await expect(item).toHaveCount(1);
		await expect(item.locator('[data-item-tags] li')).toHaveText([
			'ownership',
			'delivering under pressure',
		]);
		const [saved] = await storedStories(page);
		expect(saved).toMatchObject({
			title: 'Friday checkout timeouts',
			competencies: ['ownership', 'pressure'],
		});

		await page.reload();
		await expect(item).toHaveCount(1);
		await expect(item.locator('h4')).toHaveText('Friday checkout timeouts');
		await expect(coverageCount(page, 'ownership')).toHaveText('1');

		await item.getByRole('button', { name: 'Edit "Friday checkout timeouts"' }).click();
		await expect(page.getByLabel('Title')).toBeFocused();
		await expect(page.getByLabel('Title')).toHaveValue('Friday checkout timeouts');
		await expect(page.getByRole('heading', { name: 'Edit story' })).toBeVisible();
		await page.getByLabel('Title').fill('Checkout timeouts at peak');
		await page.getByRole('checkbox', { name: 'ownership', exact: true }).uncheck();
		await page.getByRole('checkbox', { name: 'conflict', exact: true }).check();
		await page.getByRole('button', { name: 'Save story' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toContainText(
			'Updated "Checkout timeouts at peak", showing conflict, delivering under pressure.',
		);
		await expect(item).toHaveCount(1);
		await expect(coverageCount(page, 'ownership')).toHaveText('0');
		await expect(coverageCount(page, 'conflict')).toHaveText('1');
		const edited = await storedStories(page);
		expect(edited).toHaveLength(1);
		expect(edited[0]?.id).toBe(saved?.id);
		expect(edited[0]?.competencies).toEqual(['conflict', 'pressure']);

		// Dismissing the confirmation keeps the story; accepting it deletes it.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await item.getByRole('button', { name: /^Delete/ }).click();
		await expect(item).toHaveCount(1);
		page.once('dialog', (dialog) => {
			expect(dialog.message()).toContain('Checkout timeouts at peak');
			void dialog.accept();
		});
		await item.getByRole('button', { name: /^Delete/ }).click();
		await expect(item).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
			'Deleted "Checkout timeouts at peak".',
		);
		await expect(gaps).toHaveText(gapsWithout());
		await expect(page.getByRole('heading', { name: 'Your stories' })).toBeFocused();
		expect(await storedStories(page)).toEqual([]);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('keeps an unsaved draft across a reload, and refuses a story without a title', async ({
		page,
	}) => {
		await page.goto(path);
		await page.getByLabel('Situation').fill('Two teams owned the same queue.');
		await page.getByRole('checkbox', { name: 'mentoring', exact: true }).check();
		await page.getByRole('button', { name: 'Save story' }).click();
		await expect(page.getByLabel('Title')).toBeFocused();
		await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('[data-error-for="title"]')).toHaveText(
			'Give the story a title so you can find it.',
		);
		expect(await storedStories(page)).toEqual([]);

		await page.getByLabel('Title').fill('Shared queue');
		// The draft is written once typing pauses; wait for it rather than for a fixed time.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('handbook-story-bank-draft')))
			.toContain('Shared queue');
		await page.reload();
		await expect(page.getByLabel('Title')).toHaveValue('Shared queue');
		await expect(page.getByLabel('Situation')).toHaveValue('Two teams owned the same queue.');
		await expect(page.getByRole('checkbox', { name: 'mentoring', exact: true })).toBeChecked();

		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByLabel('Title')).toHaveValue('');
		await page.reload();
		await expect(page.getByLabel('Situation')).toHaveValue('');
	});

	test('works from the keyboard alone', async ({ page }) => {
		await page.goto(path);
		await page.getByLabel('Title').focus();
		await page.keyboard.type('Rollback I argued for');
		await page.keyboard.press('Tab'); // Situation
		await page.keyboard.type('A migration was failing in production.');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		await expect(page.getByLabel('Result')).toBeFocused();
		await page.keyboard.type('Rolled back in 6 minutes.');
		await page.keyboard.press('Tab'); // first competency checkbox: ownership
		await expect(page.getByRole('checkbox', { name: 'ownership', exact: true })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // conflict
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // influence without authority
		// Past mentoring, delivering under pressure, customer focus, technical judgment and
		// prioritization to the Save button.
		for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Save story' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
			'showing conflict, influence without authority',
		);
		await expect(page.getByLabel('Title')).toBeFocused();

		const edit = page.getByRole('button', { name: 'Edit "Rollback I argued for"' });
		await edit.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Title')).toBeFocused();
		await expect(page.getByLabel('Title')).toHaveValue('Rollback I argued for');
		await page.getByRole('button', { name: 'Cancel' }).focus();
		await page.keyboard.press('Enter');
		await expect(edit).toBeFocused();
		await expect(page.getByLabel('Title')).toHaveValue('');
	});

	test.describe('on a 375 px screen', () => {
		test.use({ viewport: { width: 375, height: 800 } });

		test('fits without sideways scrolling and does not move once a saved bank loads', async ({
			page,
		}) => {
			await page.goto(path);
			await writeStory(page, 'A story with a long title that has to wrap on a phone screen', [
				'customer focus',
				'technical judgment',
			]);
			await page.getByRole('button', { name: 'Save story' }).click();
			await expect(page.locator('[data-story-list] > li')).toHaveCount(1);
			const fits = await page.locator('[data-story-bank]').evaluate((element) => ({
				widget: element.scrollWidth <= element.clientWidth,
				page: document.documentElement.scrollWidth <= window.innerWidth,
			}));
			expect(fits).toEqual({ widget: true, page: true });

			// Reload with the story saved: the coverage and form above the list must not shift.
			await page.addInitScript(() => {
				(window as unknown as { shifts: number }).shifts = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						(window as unknown as { shifts: number }).shifts += (
							entry as unknown as { value: number }
						).value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.reload();
			await expect(page.locator('[data-story-list] > li')).toHaveCount(1);
			await expect(coverageCount(page, 'customer focus')).toHaveText('1');
			await page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
			);
			expect(
				await page.evaluate(() => (window as unknown as { shifts: number }).shifts),
			).toBeLessThan(0.01);
		});
	});
});

test.describe('story bank without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('says it needs JavaScript and shows the competencies as a checklist, with no dead controls', async ({
		page,
	}) => {
		await page.goto(path);
		await expect(page.getByText('Saving stories needs JavaScript')).toBeVisible();
		const rows = page.locator('[data-coverage-row]');
		await expect(rows).toHaveCount(competencies.length);
		await expect(rows.locator('th')).toHaveText(competencies.map((entry) => entry.label));
		await expect(page.locator('.needs-js:visible')).toHaveCount(0);
		await expect(
			page.locator('[data-story-bank] :is(button, input, textarea):visible'),
		).toHaveCount(0);
	});
});
