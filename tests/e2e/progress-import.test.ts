// Importing progress never loses what the reader has: a JSON file that is not a progress export is
// refused with a reason and changes nothing, and a real export replaces existing progress only
// after the reader confirms, having been shown the counts on both sides.
import type { Page } from '@playwright/test';
import { progressKey } from '../../src/practice/progress-store.ts';
import { expect, test } from './fixtures.ts';

const storedProgress = (page: Page): Promise<string | null> =>
	page.evaluate((key) => localStorage.getItem(key), progressKey);

/** Progress a reader already has: two flashcards and a study-plan tick. */
const stored = JSON.stringify({
	version: 1,
	cards: {
		'coding/bounded-blocking-queue': { box: 3, dueAt: 0, reviewedAt: 0 },
		'coding/adjacency-list-or-matrix': { box: 2, dueAt: 0, reviewedAt: 0 },
	},
	setAside: {},
	plan: { weeks: 8, done: ['8w/1/practice'] },
	mocks: [],
});

/**
 * Opens the practice page with `stored` in localStorage, as a returning reader has it, and returns
 * what is stored once the page has loaded it.
 */
async function openWithProgress(page: Page): Promise<string | null> {
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[progressKey, stored] as const,
	);
	await page.goto('practice/');
	await expect(page.locator('[data-import-file]')).toBeAttached();
	const loaded = await storedProgress(page);
	expect(Object.keys((JSON.parse(loaded ?? '{}') as { cards: object }).cards)).toHaveLength(2);
	return loaded;
}

test('a JSON file that is not a progress export is refused and changes nothing', async ({
	page,
}) => {
	const before = await openWithProgress(page);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.locator('[data-import-file]').setInputFiles({
		name: 'package.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ name: 'something-else', dependencies: {} })),
	});
	await expect(page.locator('[data-transfer-status]')).toContainText(
		'package.json was not imported: it has neither a `version` nor a `boxes` field',
	);
	await expect(page.locator('[data-transfer-status]')).toContainText(
		'Your current progress is unchanged.',
	);
	expect(dialogs).toEqual([]);
	expect(await storedProgress(page)).toBe(before);
});

test('an export replaces existing progress only after the reader confirms, with both counts shown', async ({
	page,
}) => {
	const before = await openWithProgress(page);
	const exported = JSON.stringify({
		version: 2,
		cards: { 'coding/bounded-blocking-queue': { box: 5, dueAt: 0, reviewedAt: 0 } },
		setAside: {},
		plan: { weeks: 4, done: [] },
		mocks: [],
	});
	const file = {
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(exported),
	};
	const messages: string[] = [];
	let accept = false;
	page.on('dialog', (dialog) => {
		messages.push(dialog.message());
		void (accept ? dialog.accept() : dialog.dismiss());
	});

	await page.locator('[data-import-file]').setInputFiles(file);
	await expect(page.locator('[data-transfer-status]')).toContainText(
		'progress.json was not imported. Your current progress is unchanged.',
	);
	expect(messages).toHaveLength(1);
	expect(messages[0]).toContain(
		'(2 flashcards, 1 plan tick, 0 mock scores, 0 stories and 0 SQL exercises)',
	);
	expect(messages[0]).toContain(
		'progress.json (1 flashcard, 0 plan ticks, 0 mock scores, 0 stories and 0 SQL exercises)',
	);
	expect(await storedProgress(page)).toBe(before);

	accept = true;
	await page.locator('[data-import-file]').setInputFiles(file);
	await expect(page.locator('[data-transfer-status]')).toContainText(
		'Imported 1 flashcard, 0 plan ticks, 0 mock scores, 0 stories and 0 SQL exercises from progress.json.',
	);
	expect(messages).toHaveLength(2);
	const saved = JSON.parse((await storedProgress(page)) ?? '{}') as { cards: object };
	expect(Object.keys(saved.cards)).toEqual(['coding/bounded-blocking-queue']);
});
