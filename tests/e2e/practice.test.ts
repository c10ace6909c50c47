import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import {
	launchBrowser,
	openWatchedPage,
	type TestBrowser,
	type WatchedPage,
} from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

const progressKey = 'handbook-practice-progress';
const practicePages = ['practice/', 'practice/mock-interview/', 'practice/study-plan-tracker/'];
let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

/** A fresh browser context (empty localStorage) on `path`, with native confirm() accepted. */
async function open(
	path: string,
	options: { javaScriptEnabled?: boolean } = {},
): Promise<WatchedPage> {
	const watched = await openWatchedPage(chromium.browser);
	if (options.javaScriptEnabled === false) {
		await watched.context.close();
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		return { page, context, consoleErrors: [], requests: [], failedRequests: [] };
	}
	watched.page.on('dialog', (dialog) => void dialog.accept());
	await watched.page.goto(`${server.url}${path}`);
	return watched;
}

const storedProgress = (
	page: Page,
): Promise<{
	cards: Record<string, { box: number; dueAt: number }>;
	plan: { weeks: number; done: string[] };
	mocks: unknown[];
}> => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), progressKey);

const currentCardId = (page: Page): Promise<string | null> =>
	page.locator('[data-card-body]').getAttribute('data-question-id');

describe('practice page', () => {
	it('filters the bank by topic, level and kind and announces the count', async () => {
		const { page, context, consoleErrors } = await open('practice/');
		const total = await page.locator('[data-bank-item]').count();
		expect(total).toBeGreaterThan(200);
		const count = page.locator('[data-filter-count]');
		expect(await count.getAttribute('aria-live')).toBe('polite');
		await expect.poll(() => count.textContent()).toBe(`${total} questions match.`);

		await page.locator('#practice-kind').selectOption('design');
		const designCount = await page.locator('[data-bank-item][data-kind="design"]').count();
		await expect.poll(() => count.textContent()).toBe(`${designCount} questions match.`);
		expect(await page.locator('[data-bank-item]:visible').count()).toBe(designCount);

		await page.locator('#practice-topic').selectOption('caching');
		await page.locator('#practice-level').selectOption('L5');
		const expected = await page
			.locator('[data-bank-item][data-kind="design"][data-levels~="L5"][data-topics~="caching"]')
			.count();
		expect(expected).toBeGreaterThan(0);
		await expect
			.poll(() => count.textContent())
			.toBe(`${expected} question${expected === 1 ? '' : 's'} match.`);
		expect(await page.locator('[data-bank-item]:visible').count()).toBe(expected);
		// Topic counts follow the level and kind filters.
		expect(await page.locator('#practice-topic option[value="caching"]').textContent()).toBe(
			`caching (${expected})`,
		);
		// The flashcard deck is the filtered set.
		expect(await page.locator('[data-card-summary]').textContent()).toContain(
			`${expected} in this selection`,
		);
		const shownId = await currentCardId(page);
		expect(
			await page
				.locator(`[data-bank-item][data-question-id="${shownId}"]`)
				.getAttribute('data-topics'),
		).toContain('caching');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('reveals, marks, keeps progress across a reload and puts due cards first', async () => {
		const { page, context } = await open('practice/');
		const first = await currentCardId(page);
		const second = await page.locator('[data-bank-item]').nth(1).getAttribute('data-question-id');
		expect(first).toBe(
			await page.locator('[data-bank-item]').first().getAttribute('data-question-id'),
		);
		expect(await page.locator('[data-card-answer]').isVisible()).toBe(false);

		await page.getByRole('button', { name: 'Reveal answer' }).click();
		expect(await page.locator('[data-card-answer]').isVisible()).toBe(true);
		expect(((await page.locator('[data-card-answer]').textContent()) ?? '').length).toBeGreaterThan(
			100,
		);
		await page.getByRole('button', { name: 'Knew it' }).click();
		expect(await currentCardId(page)).toBe(second);
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await page.getByRole('button', { name: 'Review again' }).click();

		let stored = await storedProgress(page);
		expect(stored.cards[first ?? '']?.box).toBe(2);
		expect(stored.cards[second ?? '']?.box).toBe(1);

		// After a reload the missed card is due and comes first; the known one waits for tomorrow.
		await page.reload();
		expect(await currentCardId(page)).toBe(second);
		expect(await page.locator('[data-card-summary]').textContent()).toMatch(
			/1 due, \d+ new, 1 for a later day/,
		);
		stored = await storedProgress(page);
		expect(stored.cards[first ?? '']?.box).toBe(2);

		// A card that was due three days ago beats one due yesterday and every new card.
		await page.evaluate(
			([key, a, b]) => {
				const day = 86_400_000;
				const cards = {
					[a!]: { box: 2, dueAt: Date.now() - day, reviewedAt: Date.now() - 2 * day },
					[b!]: { box: 3, dueAt: Date.now() - 3 * day, reviewedAt: Date.now() - 6 * day },
				};
				localStorage.setItem(
					key!,
					JSON.stringify({
						version: 1,
						cards,
						setAside: {},
						plan: { weeks: 8, done: [] },
						mocks: [],
					}),
				);
			},
			[progressKey, first, second],
		);
		await page.reload();
		expect(await currentCardId(page)).toBe(second);
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await page.getByRole('button', { name: 'Knew it' }).click();
		expect(await currentCardId(page)).toBe(first);
		await context.close();
	});

	it('says when nothing is due, keeps focus in the panel, and lets the reader practice ahead', async () => {
		const { page, context } = await open('practice/');
		const topic = await page
			.locator('#practice-topic option')
			.evaluateAll((options) =>
				options.find((option) => / \(1\)$/.test(option.textContent ?? ''))?.getAttribute('value'),
			);
		expect(topic).toBeTruthy();
		await page.locator('#practice-topic').selectOption(topic ?? '');
		const only = await currentCardId(page);
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await page.getByRole('button', { name: 'Knew it' }).click();
		const message = page.locator('[data-card-caught-up-text]');
		expect(await message.textContent()).toMatch(
			/^Nothing is due in this selection\. The next card is due /,
		);
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-card-caught-up-text')),
		).toBe(true);
		await page.getByRole('button', { name: 'Practice ahead' }).click();
		expect(await currentCardId(page)).toBe(only);
		expect(await page.locator('[data-card-body]').isVisible()).toBe(true);
		await context.close();
	});

	it('works from the keyboard alone, and shortcuts stay quiet in form fields', async () => {
		const { page, context } = await open('practice/');
		const first = await currentCardId(page);
		// From the top of the page: the skip link, then Tab through the content to the Reveal button.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#_top');
		await page.keyboard.press('Enter');
		let reachedReveal = false;
		for (let presses = 0; presses < 20 && !reachedReveal; presses += 1) {
			await page.keyboard.press('Tab');
			reachedReveal = await page.evaluate(
				() => document.activeElement?.hasAttribute('data-card-reveal') ?? false,
			);
		}
		expect(reachedReveal).toBe(true);
		await page.keyboard.press('Space');
		expect(await page.locator('[data-card-answer]').isVisible()).toBe(true);
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-card-answer')),
		).toBe(true);
		await page.keyboard.press('1');
		expect(await currentCardId(page)).not.toBe(first);
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-card-question')),
		).toBe(true);
		const second = await currentCardId(page);
		await page.keyboard.press('Space');
		expect(await page.locator('[data-card-answer]').isVisible()).toBe(true);
		await page.keyboard.press('2');
		const stored = await storedProgress(page);
		expect(stored.cards[first ?? '']?.box).toBe(2);
		expect(stored.cards[second ?? '']?.box).toBe(1);

		// In the topic select, 1 and Space belong to the select, not to the flashcards.
		const before = await currentCardId(page);
		await page.locator('#practice-topic').focus();
		await page.keyboard.press('1');
		await page.keyboard.press('Space');
		expect(await page.locator('[data-card-answer]').isVisible()).toBe(false);
		expect(Object.keys((await storedProgress(page)).cards)).toHaveLength(2);
		expect(await currentCardId(page)).toBe(before);
		await context.close();
	});

	it('exports progress to a file, resets after confirmation, and imports the file back', async () => {
		const { page, context } = await open('practice/');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await page.getByRole('button', { name: 'Knew it' }).click();
		const before = await storedProgress(page);
		expect(Object.keys(before.cards)).toHaveLength(1);

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toMatch(
			/^backend-handbook-progress-\d{4}-\d{2}-\d{2}\.json$/,
		);
		const file = await download.path();
		const exported = readFileSync(file, 'utf8');

		await page.getByRole('button', { name: 'Reset all progress' }).click();
		await expect.poll(async () => Object.keys((await storedProgress(page)).cards).length).toBe(0);
		expect(await page.locator('[data-card-summary]').textContent()).toMatch(
			/0 due, \d+ new, 0 for a later day/,
		);

		await page.locator('[data-import-file]').setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported),
		});
		await expect
			.poll(() => page.locator('[data-transfer-status]').textContent())
			.toContain('Imported 1 flashcard');
		expect((await storedProgress(page)).cards).toEqual(before.cards);
		await page.reload();
		expect((await storedProgress(page)).cards).toEqual(before.cards);

		// A bad file is refused with a message naming the problem, and progress is unchanged.
		const bad = JSON.stringify({ version: 1, cards: { x: { box: 7, dueAt: 0, reviewedAt: 0 } } });
		await page
			.locator('[data-import-file]')
			.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
		await expect
			.poll(() => page.locator('[data-transfer-status]').textContent())
			.toContain('bad.json was not imported: cards["x"].box must be a whole number from 1 to 5');
		expect((await storedProgress(page)).cards).toEqual(before.cards);
		await context.close();
	});

	it('reports a corrupt saved value, resets it and keeps working', async () => {
		const { page, context, consoleErrors } = await open('practice/');
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"cards":{'), progressKey);
		await page.reload();
		const notice = page.locator('[data-progress-notice]');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toMatch(
			/could not be read \(it is not valid JSON.*so it was reset/,
		);
		expect(
			await page.evaluate(() => localStorage.getItem('handbook-practice-progress-unreadable')),
		).toBe('{"version":1,"cards":{');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await page.getByRole('button', { name: 'Knew it' }).click();
		expect(Object.keys((await storedProgress(page)).cards)).toHaveLength(1);
		await page.reload();
		expect(await notice.textContent()).toBe('');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('keeps schedules of questions the bank no longer has aside instead of deleting them', async () => {
		const { page, context } = await open('practice/');
		await page.evaluate((key) => {
			const cards = { 'removed/old-question': { box: 4, dueAt: 0, reviewedAt: 0 } };
			localStorage.setItem(
				key,
				JSON.stringify({
					version: 1,
					cards,
					setAside: {},
					plan: { weeks: 8, done: [] },
					mocks: [],
				}),
			);
		}, progressKey);
		await page.reload();
		const stored = (await page.evaluate(
			(key) => JSON.parse(localStorage.getItem(key) ?? '{}'),
			progressKey,
		)) as { cards: object; setAside: object };
		expect(stored.cards).toEqual({});
		expect(stored.setAside).toEqual({
			'removed/old-question': { box: 4, dueAt: 0, reviewedAt: 0 },
		});
		await context.close();
	});
});

describe('study plan tracker', () => {
	it('ticks items, saves them, and shows progress in the bar after a reload', async () => {
		const { page, context } = await open('practice/study-plan-tracker/');
		await page.getByRole('radio', { name: '4-week intensive (72 hours)' }).check();
		const plan = page.locator('[data-plan="4"]');
		expect(await plan.isVisible()).toBe(true);
		expect(await page.locator('[data-plan="8"]').isVisible()).toBe(false);
		const items = plan.locator('[data-plan-item]');
		const total = await items.count();
		await items.nth(0).check();
		await items.nth(3).check();
		await items.nth(3).press('Space');
		await items.nth(5).press('Space');
		await page.reload();
		expect(await page.locator('input[name="plan-length"][value="4"]').isChecked()).toBe(true);
		expect(await items.nth(0).isChecked()).toBe(true);
		expect(await items.nth(3).isChecked()).toBe(false);
		expect(await items.nth(5).isChecked()).toBe(true);
		const bar = plan.locator('progress');
		expect(
			await bar.evaluate((element) => [
				(element as HTMLProgressElement).value,
				(element as HTMLProgressElement).max,
			]),
		).toEqual([2, total]);
		expect(await plan.locator('[data-plan-count]').textContent()).toBe(`2 of ${total} items done.`);
		expect(await page.getByLabel('Progress through the 4-week intensive plan').count()).toBe(1);
		const stored = await storedProgress(page);
		expect(stored.plan.weeks).toBe(4);
		expect(stored.plan.done).toHaveLength(2);
		expect(stored.plan.done.every((id) => id.startsWith('4w/'))).toBe(true);
		await context.close();
	});

	it('lists the same pages as the study-plan page tables', async () => {
		const plan = readFileSync(join(distDir, 'preparation/study-plan/index.html'), 'utf8');
		const tracker = readFileSync(join(distDir, 'practice/study-plan-tracker/index.html'), 'utf8');
		const links = (html: string, from: RegExp): string[] =>
			[...(from.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
		const tableLinks = links(plan, /<th scope="col">Week<\/th>[\s\S]*?<\/table>/);
		const trackerLinks = links(tracker, /<section[^>]*data-plan="4"[\s\S]*?<\/section>/);
		expect(tableLinks.length).toBeGreaterThan(20);
		expect(trackerLinks).toEqual(tableLinks);
	});
});

describe('mock interview', () => {
	it('runs the phase timer on a controlled clock and announces phase changes', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page, context } = watched;
		await page.clock.install();
		await page.goto(`${server.url}practice/mock-interview/`);
		const remaining = page.locator('[data-timer-phase-remaining]');
		expect(await remaining.textContent()).toBe('5:00');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(62_000);
		expect(await remaining.textContent()).toBe('3:58');
		expect(await page.locator('[data-timer-round-remaining]').textContent()).toBe('43:58');
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.runFor(120_000);
		expect(await remaining.textContent()).toBe('3:58');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.runFor(240_000);
		expect(await page.locator('[data-timer-phase]').textContent()).toBe('Estimates');
		expect(await page.locator('[data-timer-announcer]').textContent()).toBe(
			'Next phase: Estimates, 5 minutes.',
		);
		expect(await page.locator('[data-phase="estimates"]').getAttribute('aria-current')).toBe(
			'step',
		);
		await page.getByRole('button', { name: 'Next phase' }).click();
		expect(await page.locator('[data-timer-phase]').textContent()).toBe('API');
		expect(await remaining.textContent()).toBe('5:00');
		await context.close();
	});

	it('picks a prompt, saves a self-score, and lists it after a reload', async () => {
		const { page, context } = await open('practice/mock-interview/');
		const select = page.locator('[data-prompt-select]');
		const firstPrompt = await select.inputValue();
		await page.getByRole('button', { name: 'Random prompt' }).click();
		const chosen = await select.inputValue();
		expect(chosen).not.toBe(firstPrompt);
		const promptText = await select.locator('option:checked').textContent();
		expect(await page.locator('[data-chosen-prompt]').textContent()).toBe(promptText);

		await page.getByRole('button', { name: 'Save this mock' }).click();
		expect(await page.locator('[data-rubric-status]').textContent()).toBe(
			'Score at least one dimension before saving.',
		);
		await page
			.getByRole('group', { name: 'Your score for communication' })
			.getByLabel('3 Solid')
			.check();
		await page
			.getByRole('group', { name: 'Your score for trade-off reasoning' })
			.getByLabel('2 Mixed')
			.check();
		await page.getByLabel('Notes on communication').fill('Lost the thread in the deep dive.');
		await page.getByRole('button', { name: 'Save this mock' }).click();
		await page.reload();
		const history = page.locator('[data-mock-history] li');
		expect(await history.count()).toBe(1);
		expect(await history.first().textContent()).toContain(promptText ?? '');
		expect(await history.first().textContent()).toContain(
			'Trade-off reasoning 2, Communication 3; average 2.5 of 4',
		);
		const stored = (await storedProgress(page)).mocks[0] as {
			promptId: string;
			scores: object;
			notes: object;
		};
		expect(stored.promptId).toBe(chosen);
		expect(stored.scores).toEqual({ 'trade-off-reasoning': 2, communication: 3 });
		expect(stored.notes).toEqual({ communication: 'Lost the thread in the deep dive.' });
		await context.close();
	});
});

describe('practice pages without JavaScript and on other pages', () => {
	it.each(practicePages)(
		'/%s reads as text with JavaScript off and shows no dead controls',
		async (path) => {
			const { page, context } = await open(path, { javaScriptEnabled: false });
			expect(await page.locator('.needs-js:visible').count()).toBe(0);
			expect(await page.locator('button:visible').count()).toBeLessThanOrEqual(2);
			await context.close();
		},
	);

	it('shows every question and answer, the phases and the rubric with JavaScript off', async () => {
		const bank = await open('practice/', { javaScriptEnabled: false });
		expect(await bank.page.locator('[data-bank-item]:visible').count()).toBeGreaterThan(200);
		await bank.context.close();
		const mock = await open('practice/mock-interview/', { javaScriptEnabled: false });
		expect(await mock.page.locator('[data-phase]:visible').count()).toBe(7);
		expect(
			await mock.page.locator('.mock-dimension legend:visible').count(),
		).toBeGreaterThanOrEqual(5);
		expect(await mock.page.locator('.mock-prompt-list li').count()).toBeGreaterThan(20);
		await mock.context.close();
	});

	it('loads the practice code only on the practice pages', () => {
		const pagesWithPracticeCode = listBuiltPages().filter(
			(path) => practiceCodeFiles(path).length > 0,
		);
		expect(pagesWithPracticeCode.sort()).toEqual([...practicePages].sort());
	});
});

describe('axe on the practice pages after interaction', () => {
	it.each(['light', 'dark'] as const)(
		'finds no violation with a revealed flashcard and a running timer (%s)',
		async (theme) => {
			const watched = await openWatchedPage(chromium.browser, { colorScheme: theme });
			await watched.context.addInitScript(
				(value) => localStorage.setItem('starlight-theme', value),
				theme,
			);
			const { page } = watched;
			await page.goto(`${server.url}practice/`);
			await page.getByRole('button', { name: 'Reveal answer' }).click();
			const report = (await runAxe(page)).map(
				(v) => `practice ${v.rule}: ${v.targets.join(' | ')}`,
			);
			await page.goto(`${server.url}practice/mock-interview/`);
			await page.getByRole('button', { name: 'Start', exact: true }).click();
			report.push(...(await runAxe(page)).map((v) => `mock ${v.rule}: ${v.targets.join(' | ')}`));
			expect(report).toEqual([]);
			await watched.context.close();
		},
	);
});

/** Script files a built page loads (statically, through imports) that contain the progress store. */
function practiceCodeFiles(path: string): string[] {
	const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const visit = (file: string): void => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
			visit(join(dirname(file), match[1] ?? ''));
	};
	for (const match of html.matchAll(/<script[^>]+src="\/(_astro\/[^"]+\.js)"/g))
		visit(join(distDir, match[1] ?? ''));
	return [...seen].filter((file) => readFileSync(file, 'utf8').includes(progressKey));
}
