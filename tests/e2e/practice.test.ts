// The practice tools: the flashcards and their filters on /practice/, the question bank's pages
// (/practice/<section>/) with their filters, the study plan tracker and the mock interview, with
// progress kept in localStorage. Axe after interaction, in each theme:
// themed/interactive-axe.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { testBuild, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { studyPlans } from '../../src/data/study-plan.ts';
import { escapeHtml, questionTags, readAnkiDeck } from '../../src/practice/anki-deck.ts';
import { migrateLeitnerCard } from '../../src/practice/leitner-migration.ts';
import { previewIntervals } from '../../src/practice/fsrs-scheduler.ts';
import {
	formatInterval,
	reviewGradeLabels,
	reviewGrades,
	type CardState,
} from '../../src/practice/schedule.ts';
import { expect, sitePath, test } from './fixtures.ts';
import type { IndexedQuestion } from '../../src/practice/flashcard-deck.ts';

test.describe.configure({ mode: 'parallel' });

const progressKey = 'handbook-practice-progress';
// The story bank lives in the interviews section but keeps its stories in the same progress.
const practicePages = [
	'practice/',
	'practice/mock-interview/',
	'practice/study-plan-tracker/',
	'interviews/story-bank/',
	'databases/sql-exercises/',
];

/** The bank's index that /practice/ embeds (read from the DOM, so it works with JavaScript off). */
const practiceIndex = async (page: Page): Promise<IndexedQuestion[]> =>
	JSON.parse(
		(await page.locator('[data-practice-index]').textContent()) ?? '[]',
	) as IndexedQuestion[];

/** The section of a card file fetched from under the base path, e.g. `networking`. */
const cardFileSection = (url: string): string | undefined =>
	new RegExp(`^${sitePath('practice/cards/')}([^/]+)\\.json$`).exec(new URL(url).pathname)?.[1];

interface StoredProgress {
	version: number;
	cards: Record<string, CardState>;
	setAside: Record<string, unknown>;
	plan: { weeks: number; done: string[] };
	mocks: unknown[];
	sql: unknown;
	stories: unknown[];
}

const storedProgress = (page: Page): Promise<StoredProgress> =>
	page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key) ?? 'null') as StoredProgress,
		progressKey,
	);

const storedCardCount = async (page: Page): Promise<number> =>
	Object.keys((await storedProgress(page))?.cards ?? {}).length;

/** A card as version 2 stored it: a Leitner box. */
interface LeitnerCardJson {
	box: 1 | 2 | 3 | 4 | 5;
	dueAt: number;
	reviewedAt: number;
}

/**
 * Saves a version 2 progress document (Leitner boxes), as the page saved it before FSRS, then
 * reloads so the page reads and migrates it.
 */
async function storeProgressAndReload(
	page: Page,
	cards: Record<string, LeitnerCardJson>,
): Promise<void> {
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		progressKey,
		JSON.stringify({ version: 2, cards, setAside: {}, plan: { weeks: 8, done: [] }, mocks: [] }),
	] as const);
	await page.reload();
}

// Native confirm() dialogs (reset progress) are accepted, as a reader clicking OK would.
test.beforeEach(({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
});

test.describe('practice page', () => {
	const card = (page: Page) => page.locator('[data-card-body]');
	const answer = (page: Page) => page.locator('[data-card-answer]');
	const summary = (page: Page) => page.locator('[data-card-summary]');
	const bankItemId = async (page: Page, position: number): Promise<string | null> =>
		(await practiceIndex(page))[position]?.id ?? null;
	/** A grade button by its label; its accessible name also holds the wait, e.g. "Good · 10 min". */
	const gradeButton = (page: Page, label: string) =>
		page.getByRole('button', { name: new RegExp(`^${label} · `) });

	test('filters the flashcards by topic, level, kind and section and announces the count', async ({
		page,
		activity,
	}) => {
		await page.goto('practice/');
		const index = await practiceIndex(page);
		const total = index.length;
		expect(total).toBeGreaterThan(200);
		const count = page.locator('[data-filter-count]');
		await expect(count).toHaveAttribute('aria-live', 'polite');
		await expect(count).toHaveText(`${total} questions match.`);

		await page.locator('#practice-kind').selectOption('design');
		const designCount = index.filter((q) => q.kind === 'design').length;
		await expect(count).toHaveText(`${designCount} questions match.`);

		await page.getByLabel('Find a topic').fill('caching');
		await page.locator('input[name="topic"][value="caching"]').check();
		await page.locator('#practice-level').selectOption('L5');
		const matching = (q: IndexedQuestion): boolean =>
			q.kind === 'design' && q.levels.includes('L5') && q.topics.includes('caching');
		const expected = index.filter(matching).length;
		expect(expected).toBeGreaterThan(0);
		await expect(count).toHaveText(`${expected} question${expected === 1 ? '' : 's'} match.`);
		// Topic counts follow the level and kind filters.
		await expect(page.locator('[data-topic-count="caching"]')).toHaveText(`(${expected})`);
		// The flashcard deck is the filtered set.
		await expect(summary(page)).toContainText(`${expected} in this selection`);
		await expect(page.locator('[data-card-reveal]')).toBeVisible();
		const shownId = await card(page).getAttribute('data-question-id');
		expect(index.find((q) => q.id === shownId)?.topics).toContain('caching');

		// Leaving out the sections of the matching questions leaves nothing to practice.
		const sections = new Set(index.filter(matching).map((q) => q.section));
		await page.locator('.practice-sections summary').click();
		for (const section of sections)
			await page.locator(`input[name="section"][value="${section}"]`).uncheck();
		await expect(count).toHaveText('0 questions match.');
		await expect(page.locator('[data-card-caught-up-text]')).toHaveText(
			'No questions match the filters.',
		);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('fetches the card file of a section only when a card of that section is shown', async ({
		page,
		activity,
	}) => {
		const cardFiles: string[] = [];
		page.on('request', (request) => {
			const section = cardFileSection(request.url());
			if (section) cardFiles.push(section);
		});
		await page.goto('practice/', { waitUntil: 'networkidle' });
		const index = await practiceIndex(page);
		const first = index[0];
		await expect(card(page)).toHaveAttribute('data-question-id', first?.id ?? '');
		await expect(page.locator('[data-card-question]')).not.toHaveText(/Loading/);
		expect(cardFiles).toEqual([first?.section]);

		// Only networking selected, in one change: its file, and no other, is fetched.
		await page.locator('[data-practice-filters]').evaluate((form) => {
			for (const box of form.querySelectorAll<HTMLInputElement>('input[name="section"]'))
				box.checked = box.value === 'networking';
			form.dispatchEvent(new Event('change', { bubbles: true }));
		});
		const networking = index.filter((q) => q.section === 'networking');
		await expect(summary(page)).toContainText(`${networking.length} in this selection`);
		await expect(card(page)).toHaveAttribute('data-question-id', networking[0]?.id ?? '');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await expect(answer(page)).toHaveText(/.{100,}/s);
		await expect(answer(page).locator('.bank-pages a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${sitePath('networking/')}`),
		);
		await gradeButton(page, 'Good').click();
		await expect(card(page)).toHaveAttribute('data-question-id', networking[1]?.id ?? '');
		await page.waitForLoadState('networkidle');
		expect(cardFiles.sort()).toEqual([first?.section, 'networking'].sort());
		expect(activity.failedRequests).toEqual([]);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('reveals, grades with the buttons, keeps progress across a reload and puts due cards first', async ({
		page,
	}) => {
		const minute = 60_000;
		const t0 = Date.UTC(2026, 10, 22, 9, 0, 0);
		await page.clock.setFixedTime(t0);
		await page.goto('practice/');
		const first = await bankItemId(page, 0);
		const second = await bankItemId(page, 1);
		await expect(card(page)).toHaveAttribute('data-question-id', first ?? '');
		await expect(answer(page)).toBeHidden();
		await expect(page.locator('[data-card-question]')).not.toHaveText(/Loading/);
		await expect(page.locator('[data-card-meta]')).toContainText('new card');

		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await expect(answer(page)).toBeVisible();
		await expect(answer(page)).toHaveText(/.{100,}/s);
		await gradeButton(page, 'Good').click();
		await expect(card(page)).toHaveAttribute('data-question-id', second ?? '');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await gradeButton(page, 'Again').click();
		await expect
			.poll(async () => (await storedProgress(page)).cards[second ?? ''])
			.toMatchObject({
				state: 1,
				reps: 1,
				dueAt: t0 + minute,
				reviewedAt: t0,
			});
		expect((await storedProgress(page)).cards[first ?? '']).toMatchObject({
			state: 1,
			reps: 1,
			dueAt: t0 + 10 * minute,
		});

		// Two minutes later the card graded Again is due and comes first; the Good one waits.
		await page.clock.setFixedTime(t0 + 2 * minute);
		await page.reload();
		await expect(card(page)).toHaveAttribute('data-question-id', second ?? '');
		await expect(summary(page)).toHaveText(/1 due, \d+ new, 1 for a later day/);
		await expect(page.locator('[data-card-meta]')).toContainText('learning · stability');

		// A card that was due three days ago beats one due yesterday and every new card.
		const day = 86_400_000;
		const now = t0 + 2 * minute;
		await storeProgressAndReload(page, {
			[first ?? '']: { box: 2, dueAt: now - day, reviewedAt: now - 2 * day },
			[second ?? '']: { box: 3, dueAt: now - 3 * day, reviewedAt: now - 6 * day },
		});
		await expect(card(page)).toHaveAttribute('data-question-id', second ?? '');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await gradeButton(page, 'Good').click();
		await expect(card(page)).toHaveAttribute('data-question-id', first ?? '');
	});

	test('shows on each grade button the wait ts-fsrs gives, and grades with keys 1 to 4', async ({
		page,
	}) => {
		const t0 = Date.UTC(2026, 10, 22, 9, 0, 0);
		await page.clock.setFixedTime(t0);
		await page.goto('practice/');
		const ids = (await practiceIndex(page)).slice(0, 4).map((q) => q.id);
		const waits = previewIntervals(undefined, t0);
		const keyed: Record<string, (typeof reviewGrades)[number]> = {};
		for (const [i, grade] of reviewGrades.entries()) {
			await expect(card(page)).toHaveAttribute('data-question-id', ids[i] ?? '');
			await expect(page.locator('[data-card-question]')).not.toHaveText(/Loading/);
			await page.locator('[data-card-question]').focus();
			await page.keyboard.press('Space');
			await expect(answer(page)).toBeVisible();
			// Every button shows its shortcut and the wait it would give a new card.
			for (const [j, other] of reviewGrades.entries()) {
				const button = page.locator(`[data-card-grade="${other}"]`);
				await expect(button).toHaveAttribute('aria-keyshortcuts', String(j + 1));
				await expect(button).toHaveText(
					`${j + 1} ${reviewGradeLabels[other]} · ${formatInterval(waits[other])}`,
				);
			}
			await expect(gradeButton(page, 'Good')).toHaveAccessibleName(
				`Good · ${formatInterval(waits.good)}`,
			);
			keyed[ids[i] ?? ''] = grade;
			await page.keyboard.press(String(i + 1));
			await expect.poll(() => storedCardCount(page)).toBe(i + 1);
		}
		const stored = await storedProgress(page);
		for (const [id, grade] of Object.entries(keyed)) {
			expect(stored.cards[id]?.dueAt, `${id} graded ${grade}`).toBe(t0 + waits[grade]);
		}
		// Again and Hard keep a new card in learning; Easy graduates it to review at once.
		expect(stored.cards[ids[0] ?? '']?.state).toBe(1);
		expect(stored.cards[ids[3] ?? '']?.state).toBe(2);
	});

	test('downloads the grading code (ts-fsrs) only when the first answer is revealed', async ({
		page,
		activity,
	}) => {
		const schedulerChunk = (url: string): boolean => /\/fsrs-scheduler\.[^/]*\.js$/.test(url);
		await page.goto('practice/', { waitUntil: 'networkidle' });
		await expect(page.locator('[data-card-question]')).not.toHaveText(/Loading/);
		expect(activity.requests.filter(schedulerChunk)).toEqual([]);
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await expect(gradeButton(page, 'Good')).toBeVisible();
		expect(activity.requests.filter(schedulerChunk)).toHaveLength(1);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('migrates a stored version 2 document, keeping every card, its due date, SQL and stories', async ({
		page,
	}) => {
		const day = 86_400_000;
		const t0 = Date.UTC(2026, 10, 22, 9, 0, 0);
		await page.clock.setFixedTime(t0);
		await page.goto('practice/');
		const ids = (await practiceIndex(page)).slice(0, 5).map((q) => q.id);
		const leitner: Record<string, LeitnerCardJson> = {};
		ids.forEach((id, i) => {
			const box = (i + 1) as LeitnerCardJson['box'];
			// Boxes 1 and 2 are due; boxes 3 to 5 wait 1, 2 and 3 days.
			leitner[id] = { box, dueAt: t0 + (i - 1) * day, reviewedAt: t0 - 5 * day };
		});
		const gone = { box: 4, dueAt: t0 + day, reviewedAt: t0 - day } as const;
		const sql = { drafts: { 'riders-without-trips': 'SELECT 1' }, solved: {} };
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
			progressKey,
			JSON.stringify({
				version: 2,
				cards: { ...leitner, 'removed/old-question': gone },
				setAside: {},
				plan: { weeks: 8, done: [] },
				mocks: [],
				sql,
				stories: [],
			}),
		] as const);
		await page.reload();
		await expect(page.locator('[data-progress-notice]')).toHaveText(
			/updated to the current format/,
		);
		await expect(summary(page)).toContainText('2 due');
		await expect(summary(page)).toContainText('3 for a later day');
		const stored = await storedProgress(page);
		expect(stored.version).toBe(3);
		expect(stored.sql).toEqual(sql);
		const expected = Object.fromEntries(
			Object.entries(leitner).map(([id, old]) => [id, migrateLeitnerCard(old)]),
		);
		expect(stored.cards).toEqual(expected);
		for (const [id, old] of Object.entries(leitner))
			expect(stored.cards[id]?.dueAt).toBe(old.dueAt);
		expect(stored.setAside).toEqual({ 'removed/old-question': migrateLeitnerCard(gone) });
		// The most overdue card (box 1) comes first.
		await expect(card(page)).toHaveAttribute('data-question-id', ids[0] ?? '');
	});

	test('says when nothing is due, keeps focus in the panel, and lets the reader practice ahead', async ({
		page,
	}) => {
		await page.goto('practice/');
		// A topic with a single question, so one answer empties the selection.
		const topic = await page
			.locator('[data-topic-count]')
			.evaluateAll((counts) =>
				counts.find((count) => count.textContent === '(1)')?.getAttribute('data-topic-count'),
			);
		expect(topic).toBeTruthy();
		await page.getByLabel('Find a topic').fill(topic ?? '');
		await page.locator(`input[name="topic"][value="${topic}"]`).check();
		await expect(summary(page)).toContainText('1 in this selection');
		const only = await card(page).getAttribute('data-question-id');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await gradeButton(page, 'Easy').click();
		const message = page.locator('[data-card-caught-up-text]');
		await expect(message).toHaveText(/^Nothing is due in this selection\. The next card is due /);
		await expect(message).toBeFocused();
		await page.getByRole('button', { name: 'Practice ahead' }).click();
		await expect(card(page)).toHaveAttribute('data-question-id', only ?? '');
		await expect(card(page)).toBeVisible();
	});

	test('works from the keyboard alone, and shortcuts stay quiet in form fields', async ({
		page,
	}) => {
		await page.goto('practice/');
		const first = await card(page).getAttribute('data-question-id');
		// From the top of the page: the skip link, then Tab through the content to the Reveal button.
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAttribute('href', '#_top');
		await page.keyboard.press('Enter');
		const reveal = page.locator('[data-card-reveal]');
		let reachedReveal = false;
		await expect(reveal).toBeVisible();
		for (let presses = 0; presses < 40 && !reachedReveal; presses += 1) {
			await page.keyboard.press('Tab');
			reachedReveal = await reveal.evaluate((element) => element === document.activeElement);
		}
		expect(reachedReveal).toBe(true);
		await page.keyboard.press('Space');
		await expect(answer(page)).toBeVisible();
		await expect(answer(page)).toBeFocused();
		await page.keyboard.press('4');
		await expect(card(page)).not.toHaveAttribute('data-question-id', first ?? '');
		await expect(page.locator('[data-card-question]')).toBeFocused();
		const second = await card(page).getAttribute('data-question-id');
		await page.keyboard.press('Space');
		await expect(answer(page)).toBeVisible();
		await page.keyboard.press('1');
		await expect.poll(() => storedCardCount(page)).toBe(2);
		const stored = await storedProgress(page);
		// Easy graduates a new card to review; Again keeps it in learning.
		expect(stored.cards[first ?? '']?.state).toBe(2);
		expect(stored.cards[second ?? '']?.state).toBe(1);

		// In the topic box, 1 and Space belong to the field, not to the flashcards.
		const before = await card(page).getAttribute('data-question-id');
		await page.getByLabel('Find a topic').focus();
		await page.keyboard.press('1');
		await page.keyboard.press('Space');
		await expect(answer(page)).toBeHidden();
		expect(await storedCardCount(page)).toBe(2);
		await expect(card(page)).toHaveAttribute('data-question-id', before ?? '');
	});

	test('exports progress to a file, resets after confirmation, and imports the file back', async ({
		page,
	}) => {
		await page.goto('practice/');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await gradeButton(page, 'Good').click();
		await expect.poll(() => storedCardCount(page)).toBe(1);
		const before = await storedProgress(page);
		expect(before.version).toBe(3);

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toMatch(
			/^backend-handbook-progress-\d{4}-\d{2}-\d{2}\.json$/,
		);
		const exported = readFileSync(await download.path(), 'utf8');

		await page.getByRole('button', { name: 'Reset all progress' }).click();
		await expect.poll(() => storedCardCount(page)).toBe(0);
		await expect(summary(page)).toHaveText(/0 due, \d+ new, 0 for a later day/);

		const status = page.locator('[data-transfer-status]');
		await page.locator('[data-import-file]').setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported),
		});
		await expect(status).toContainText('Imported 1 flashcard');
		expect((await storedProgress(page)).cards).toEqual(before.cards);
		await page.reload();
		expect((await storedProgress(page)).cards).toEqual(before.cards);

		// A bad file is refused with a message naming the problem, and progress is unchanged.
		const bad = JSON.stringify({ version: 2, cards: { x: { box: 7, dueAt: 0, reviewedAt: 0 } } });
		await page
			.locator('[data-import-file]')
			.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
		await expect(status).toContainText(
			'bad.json was not imported: cards["x"].box must be a whole number from 1 to 5',
		);
		expect((await storedProgress(page)).cards).toEqual(before.cards);
	});

	test('reports a corrupt saved value, resets it and keeps working', async ({ page, activity }) => {
		await page.goto('practice/');
		await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"cards":{'), progressKey);
		await page.reload();
		const notice = page.locator('[data-progress-notice]');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveText(/could not be read \(it is not valid JSON.*so it was reset/);
		expect(
			await page.evaluate(() => localStorage.getItem('handbook-practice-progress-unreadable')),
		).toBe('{"version":2,"cards":{');
		await page.getByRole('button', { name: 'Reveal answer' }).click();
		await gradeButton(page, 'Good').click();
		await expect.poll(() => storedCardCount(page)).toBe(1);
		await page.reload();
		await expect(notice).toHaveText('');
		expect(activity.consoleErrors).toEqual([]);
	});

	test('keeps schedules of questions the bank no longer has aside instead of deleting them', async ({
		page,
	}) => {
		await page.goto('practice/');
		await storeProgressAndReload(page, {
			'removed/old-question': { box: 4, dueAt: 0, reviewedAt: 0 },
		});
		await expect
			.poll(async () => (await storedProgress(page)).setAside)
			.toEqual({
				'removed/old-question': migrateLeitnerCard({ box: 4, dueAt: 0, reviewedAt: 0 }),
			});
		expect((await storedProgress(page)).cards).toEqual({});
	});
});

test.describe('question bank pages', () => {
	test('/practice/ links every bank page, and together they list each question once', async ({
		page,
	}) => {
		await page.goto('practice/');
		const index = await practiceIndex(page);
		const links = await page
			.locator('[data-bank-overview] a')
			.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
		const sections = [...new Set(index.map((q) => q.section))];
		expect(links).toEqual(sections.map((section) => sitePath(`practice/${section}/`)));
		const listed: string[] = [];
		for (const section of sections) {
			const html = readFileSync(join(testBuild.dir, 'practice', section, 'index.html'), 'utf8');
			for (const match of html.matchAll(/<li id="([^"]+)" data-bank-item/g))
				listed.push(match[1] ?? '');
		}
		expect(listed.sort()).toEqual(index.map((q) => q.id).sort());
	});

	test('filters a bank page by level and kind and announces the count', async ({
		page,
		activity,
	}) => {
		await page.goto('practice/system-design/');
		const items = page.locator('[data-bank-item]');
		const total = await items.count();
		expect(total).toBeGreaterThan(10);
		const count = page.locator('[data-filter-count]');
		await expect(count).toHaveText(`${total} questions match.`);
		await page.locator('#bank-kind').selectOption('design');
		await page.locator('#bank-level').selectOption('L5');
		const expected = await page
			.locator('[data-bank-item][data-kind="design"][data-levels~="L5"]')
			.count();
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(total);
		await expect(count).toHaveText(`${expected} question${expected === 1 ? '' : 's'} match.`);
		await expect(page.locator('[data-bank-item]:visible')).toHaveCount(expected);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('a link to a question anchor lands on that question', async ({ page }) => {
		await page.goto('practice/databases/');
		const id = await page.locator('[data-bank-item]').nth(5).getAttribute('id');
		await page.goto(`practice/databases/#${id}`);
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});
});

test.describe('Anki decks', () => {
	/** The bank's index as /practice/ embeds it, read from the built HTML. */
	const builtIndex = (): IndexedQuestion[] => {
		const html = readFileSync(join(testBuild.dir, 'practice/index.html'), 'utf8');
		const json = /<script[^>]*data-practice-index[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
		return JSON.parse(json ?? '[]') as IndexedQuestion[];
	};
	/** Question text by id for one section, from its flashcard file. */
	const questionTexts = (section: string): Map<string, string> => {
		const file = JSON.parse(
			readFileSync(join(testBuild.dir, 'practice/cards', `${section}.json`), 'utf8'),
		) as { cards: { id: string; question: string }[] };
		return new Map(file.cards.map((c) => [c.id, c.question]));
	};
	const readDeck = (name: string) =>
		readAnkiDeck(readFileSync(join(testBuild.dir, 'practice/anki', `${name}.txt`), 'utf8'));

	/** Checks that `questions` are the deck's rows, each exactly once, with their tags. */
	const expectDeckHolds = (
		deck: ReturnType<typeof readAnkiDeck>,
		questions: IndexedQuestion[],
		texts: Map<string, string>,
	): void => {
		expect(deck.rows).toHaveLength(questions.length);
		for (const question of questions) {
			const front = escapeHtml(texts.get(question.id) ?? '');
			const rows = deck.rows.filter((row) => row[0] === front);
			expect(rows, `${question.id} appears once`).toHaveLength(1);
			const [, back, tags] = rows[0] ?? [];
			expect(tags?.split(' '), `${question.id} tags`).toEqual(questionTags(question));
			expect(back, `${question.id} back`).toMatch(/<p>Taught in: <a href=/);
			expect(back).not.toMatch(/<script|<link|<style|\son[a-z]+=/i);
		}
	};

	test('a deck per section holds each of its questions once, with its tags and the import headers', () => {
		const index = builtIndex();
		const sections = [...new Set(index.map((q) => q.section))];
		expect(sections.length).toBeGreaterThan(5);
		for (const section of sections) {
			const deck = readDeck(section);
			expect(deck.headers).toMatchObject({
				separator: 'tab',
				html: 'true',
				notetype: 'Basic',
				'tags column': '3',
			});
			expect(deck.headers['deck']).toMatch(/^Backend Interview Handbook::\S/);
			expectDeckHolds(
				deck,
				index.filter((q) => q.section === section),
				questionTexts(section),
			);
		}
	});

	test('the deck of everything holds every question once, and /practice/ links every deck', async ({
		page,
	}) => {
		const index = builtIndex();
		const sections = [...new Set(index.map((q) => q.section))];
		const texts = new Map(sections.flatMap((section) => [...questionTexts(section)]));
		const all = readDeck('all');
		expect(all.headers['deck']).toBe('Backend Interview Handbook');
		expectDeckHolds(all, index, texts);

		await page.goto('practice/');
		await expect(page.getByRole('heading', { name: 'Download for Anki' })).toBeVisible();
		const links = await page
			.locator('[data-anki-decks] a')
			.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
		expect(links).toEqual(
			['all', ...sections].map((name) => sitePath(`practice/anki/${name}.txt`)),
		);
		const response = await page.request.get(links[1] ?? '');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^text\/plain/);
	});
});

test.describe('study plan tracker', () => {
	test('ticks items, saves them, and shows progress in the bar after a reload', async ({
		page,
	}) => {
		await page.goto('practice/study-plan-tracker/');
		const intensive = studyPlans.find((candidate) => candidate.weeks === 4);
		const hours = intensive?.schedule.reduce((sum, week) => sum + week.hours, 0);
		await page.getByRole('radio', { name: `4-week intensive (${hours} hours)` }).check();
		const plan = page.locator('[data-plan="4"]');
		await expect(plan).toBeVisible();
		await expect(page.locator('[data-plan="8"]')).toBeHidden();
		const items = plan.locator('[data-plan-item]');
		const total = await items.count();
		await items.nth(0).check();
		await items.nth(3).check();
		await items.nth(3).press('Space');
		await items.nth(5).press('Space');
		await expect.poll(async () => (await storedProgress(page)).plan.done.length).toBe(2);
		await page.reload();
		await expect(page.locator('input[name="plan-length"][value="4"]')).toBeChecked();
		await expect(items.nth(0)).toBeChecked();
		await expect(items.nth(3)).not.toBeChecked();
		await expect(items.nth(5)).toBeChecked();
		const bar = plan.locator('progress');
		await expect(bar).toHaveJSProperty('value', 2);
		await expect(bar).toHaveJSProperty('max', total);
		await expect(plan.locator('[data-plan-count]')).toHaveText(`2 of ${total} items done.`);
		await expect(page.getByLabel('Progress through the 4-week intensive plan')).toHaveCount(1);
		const stored = await storedProgress(page);
		expect(stored.plan.weeks).toBe(4);
		expect(stored.plan.done).toHaveLength(2);
		expect(stored.plan.done.every((id) => id.startsWith('4w/'))).toBe(true);
	});

	test.describe('on a 375 px phone', () => {
		test.use({ viewport: { width: 375, height: 812 } });

		test('gives every checkbox and plan choice a target of at least 24 px, and words items as tasks', async ({
			page,
		}) => {
			await page.goto('practice/study-plan-tracker/');
			const plan = page.locator('[data-plan="8"]');
			await expect(plan).toBeVisible();
			const controls = page.locator(
				'[data-plan="8"] input[type="checkbox"], input[name="plan-length"]',
			);
			const sizes = await controls.evaluateAll((inputs) =>
				inputs.map((input) => {
					const box = input.getBoundingClientRect();
					return { id: input.id, small: box.width < 24 || box.height < 24 };
				}),
			);
			expect(sizes.length).toBeGreaterThan(10);
			expect(sizes.filter((size) => size.small)).toEqual([]);
			// A reading item names the section and the page; a section's index is its overview.
			const labels = (await plan.locator('.plan-items label').allTextContents()).map((text) =>
				text.replace(/\s+/g, ' ').trim(),
			);
			expect(labels).toContain('Read Coding: graphs and trees');
			expect(labels).toContain('Read Landscape: overview');
			expect(labels.filter((label) => !/^(Read [A-Z][^:]*: \S|Practice: \S)/.test(label))).toEqual(
				[],
			);
			// The label's own words ("Read") tick its box too; its link still opens the page.
			const first = plan.locator('[data-plan-item]').first();
			await plan
				.locator('.plan-items label')
				.first()
				.click({ position: { x: 4, y: 8 } });
			await expect(first).toBeChecked();
		});
	});

	test('lists the same pages as the study-plan page tables', () => {
		const plan = readFileSync(join(testBuild.dir, 'preparation/study-plan/index.html'), 'utf8');
		const tracker = readFileSync(
			join(testBuild.dir, 'practice/study-plan-tracker/index.html'),
			'utf8',
		);
		const links = (html: string, from: RegExp): string[] =>
			[...(from.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
		// One table per plan on the page, shortest first, as studyPlans lists them.
		const tables = [...plan.matchAll(/<th scope="col">Week<\/th>[\s\S]*?<\/table>/g)];
		expect(tables).toHaveLength(studyPlans.length);
		studyPlans.forEach(({ weeks }, i) => {
			const tableLinks = links(tables[i]?.[0] ?? '', /[\s\S]*/);
			const section = new RegExp(`<section[^>]*data-plan="${weeks}"[\\s\\S]*?<\\/section>`);
			expect(tableLinks.length, `${weeks}-week plan`).toBeGreaterThan(10);
			expect(links(tracker, section), `${weeks}-week plan`).toEqual(tableLinks);
		});
	});
});

test.describe('mock interview', () => {
	test('runs the phase timer on a controlled clock and announces phase changes', async ({
		page,
	}) => {
		await page.clock.install();
		await page.goto('practice/mock-interview/');
		const remaining = page.locator('[data-timer-phase-remaining]');
		await expect(remaining).toHaveText('5:00');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(62_000);
		await expect(remaining).toHaveText('3:58');
		await expect(page.locator('[data-timer-round-remaining]')).toHaveText('43:58');
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.runFor(120_000);
		await expect(remaining).toHaveText('3:58');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.runFor(240_000);
		await expect(page.locator('[data-timer-phase]')).toHaveText('Estimates');
		await expect(page.locator('[data-timer-announcer]')).toHaveText(
			'Next phase: Estimates, 5 minutes.',
		);
		await expect(page.locator('[data-phase="estimates"]')).toHaveAttribute('aria-current', 'step');
		await page.getByRole('button', { name: 'Next phase' }).click();
		await expect(page.locator('[data-timer-phase]')).toHaveText('API');
		await expect(remaining).toHaveText('5:00');
	});

	test('picks a prompt, saves a self-score, and lists it after a reload', async ({ page }) => {
		await page.goto('practice/mock-interview/');
		const select = page.locator('[data-prompt-select]');
		const firstPrompt = await select.inputValue();
		await page.getByRole('button', { name: 'Random prompt' }).click();
		await expect(select).not.toHaveValue(firstPrompt);
		const chosen = await select.inputValue();
		const promptText = (await select.locator('option:checked').textContent()) ?? '';
		await expect(page.locator('[data-chosen-prompt]')).toHaveText(promptText);

		await page.getByRole('button', { name: 'Save this mock' }).click();
		await expect(page.locator('[data-rubric-status]')).toHaveText(
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
		await expect.poll(async () => (await storedProgress(page)).mocks.length).toBe(1);
		await page.reload();
		const history = page.locator('[data-mock-history] li');
		await expect(history).toHaveCount(1);
		await expect(history.first()).toContainText(promptText);
		await expect(history.first()).toContainText(
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
	});
});

test.describe('practice pages without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of practicePages) {
		test(`/${path} reads as text and shows no dead controls`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('.needs-js:visible')).toHaveCount(0);
			expect(await page.locator('button:visible').count()).toBeLessThanOrEqual(2);
		});
	}

	test('a bank page shows every question, and its answers open', async ({ page }) => {
		await page.goto('practice/');
		await page.locator('[data-bank-overview] a', { hasText: /^Databases$/ }).click();
		await expect(page).toHaveURL(/\/practice\/databases\/$/);
		const items = page.locator('[data-bank-item]');
		expect(await items.count()).toBeGreaterThan(10);
		await expect(page.locator('.needs-js:visible')).toHaveCount(0);
		const first = items.first();
		await expect(first.locator('.answer-body')).toBeHidden();
		await first.getByText('Model answer').click();
		await expect(first.locator('.answer-body')).toBeVisible();
		await expect(first.locator('.answer-body')).toHaveText(/.{100,}/s);
		await expect(first.locator('.bank-pages a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${sitePath('databases/')}`),
		);
	});

	test('shows the phases and the rubric', async ({ page }) => {
		await page.goto('practice/mock-interview/');
		await expect(page.locator('[data-phase]:visible')).toHaveCount(7);
		expect(await page.locator('.mock-dimension legend:visible').count()).toBeGreaterThanOrEqual(5);
		// Every full design prompt the picker offers is listed, with its design page.
		const listed = await page.locator('.mock-prompt-list li').count();
		expect(listed).toBeGreaterThanOrEqual(2);
		expect(listed).toBe(await page.locator('[data-prompt-select] option').count());
		expect(await page.locator('.mock-prompt-list li a').count()).toBe(listed);
	});
});

/** Script files a built page loads (statically, through imports) that contain the progress store. */
function practiceCodeFiles(path: string): string[] {
	const html = readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const visit = (file: string): void => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
			visit(join(dirname(file), match[1] ?? ''));
	};
	const scripts = new RegExp(`<script[^>]+src="${sitePath('')}(_astro/[^"]+\\.js)"`, 'g');
	for (const match of html.matchAll(scripts)) visit(join(testBuild.dir, match[1] ?? ''));
	return [...seen].filter((file) => readFileSync(file, 'utf8').includes(progressKey));
}

test('loads the practice code only on the practice pages', () => {
	const pagesWithPracticeCode = listBuiltPages(testBuild.dir).filter(
		(path) => practiceCodeFiles(path).length > 0,
	);
	expect(pagesWithPracticeCode.sort()).toEqual([...practicePages].sort());
});
