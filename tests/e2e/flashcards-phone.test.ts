// The flashcards on a 375 px phone: the marking bar stays in reach under a long answer, the
// filters (sections, a searchable topic box, level, kind, shuffle) are remembered across a reload
// and survive a corrupt stored value, shuffle reorders the cards, and a session ends with a
// summary of its grades. The filters' pure logic has unit tests in tests/unit/practice/.
import type { Page } from '@playwright/test';
import { previewIntervals } from '../../src/practice/fsrs-scheduler.ts';
import { flashcardFiltersKey } from '../../src/practice/flashcard-filters.ts';
import { progressKey } from '../../src/practice/progress-store.ts';
import type { CardState } from '../../src/practice/schedule.ts';
import { shuffled } from '../../src/practice/shuffle.ts';
import { expect, test } from './fixtures.ts';
import type { IndexedQuestion } from '../../src/practice/flashcard-deck.ts';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 375, height: 812 } });

const t0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const day = 86_400_000;

const practiceIndex = async (page: Page): Promise<IndexedQuestion[]> =>
	JSON.parse(
		(await page.locator('[data-practice-index]').textContent()) ?? '[]',
	) as IndexedQuestion[];

const card = (page: Page) => page.locator('[data-card-body]');
const count = (page: Page) => page.locator('[data-filter-count]');
const gradeButton = (page: Page, label: string) =>
	page.getByRole('button', { name: new RegExp(`^${label} · `) });

/** A card in review that fell due `daysAgo` days before t0, so it comes first. */
const overdue = (daysAgo: number): CardState => ({
	dueAt: t0 - daysAgo * day,
	reviewedAt: t0 - 2 * daysAgo * day,
	stability: daysAgo,
	difficulty: 5,
	elapsedDays: daysAgo,
	scheduledDays: daysAgo,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	state: 2,
});

/** Chooses a topic in the topic box by typing it and ticking it. */
async function chooseTopic(page: Page, topic: string): Promise<void> {
	await page.getByLabel('Find a topic').fill(topic);
	await page.locator(`input[name="topic"][value="${topic}"]`).check();
}

test('after Reveal on a long answer the marking bar is on screen, covers none of the end, and grades', async ({
	page,
	activity,
}) => {
	const long = 'networking/real-time-implement-backoff';
	await page.clock.setFixedTime(t0);
	await page.goto('practice/');
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		progressKey,
		JSON.stringify({
			version: 3,
			cards: { [long]: overdue(3) },
			setAside: {},
			plan: { weeks: 8, done: [] },
			mocks: [],
			sql: { drafts: {}, solved: {} },
			stories: [],
		}),
	] as const);
	await page.reload();
	await expect(card(page)).toHaveAttribute('data-question-id', long);
	await page.locator('[data-card-question]').scrollIntoViewIfNeeded();
	await page.getByRole('button', { name: 'Reveal answer' }).click();
	const answer = page.locator('[data-card-answer]');
	await expect(answer).toBeVisible();
	const good = gradeButton(page, 'Good');
	await expect(good).toBeVisible();
	// The premise: the answer is taller than the screen.
	expect((await answer.boundingBox())?.height).toBeGreaterThan(812);
	for (const grade of ['Again', 'Hard', 'Good', 'Easy']) {
		const box = await gradeButton(page, grade).boundingBox();
		expect(box, `${grade} is rendered`).not.toBeNull();
		expect(box!.y, `${grade} top`).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height, `${grade} bottom`).toBeLessThanOrEqual(812);
	}
	// Halfway down the answer the bar is still on screen.
	await page.mouse.wheel(0, 1200);
	await expect(good).toBeInViewport({ ratio: 1 });
	// At the answer's end its last line sits above the bar, not under it.
	const last = answer.locator('.bank-pages');
	await last.scrollIntoViewIfNeeded();
	const lastBox = await last.boundingBox();
	const barBox = await page.locator('[data-card-marks]').boundingBox();
	expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(barBox!.y);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(
		0,
	);
	await good.click();
	await expect(card(page)).not.toHaveAttribute('data-question-id', long);
	await expect(answer).toBeHidden();
	await expect(page.locator('[data-card-marks]')).toBeHidden();
	expect(activity.consoleErrors).toEqual([]);
});

test('the topic box narrows as you type, ticks by keyboard, and removes and clears choices', async ({
	page,
}) => {
	await page.goto('practice/');
	const index = await practiceIndex(page);
	const topics = [...new Set(index.flatMap((q) => q.topics))];
	const options = page.locator('input[name="topic"]:visible');
	await expect(options).toHaveCount(0);
	const search = page.getByLabel('Find a topic');
	await search.fill('cach');
	const matching = topics.filter((topic) => topic.includes('cach'));
	expect(matching.length).toBeGreaterThan(1);
	await expect(options).toHaveCount(matching.length);
	await expect(page.locator('[data-topic-match]')).toHaveText(`${matching.length} topics match.`);
	// Topics that start with the text come first; Enter ticks the first.
	const first = matching.find((topic) => topic.startsWith('cach')) ?? '';
	await expect(options.first()).toHaveValue(first);
	await search.press('Enter');
	await expect(page.locator(`input[name="topic"][value="${first}"]`)).toBeChecked();
	const withFirst = index.filter((q) => q.topics.includes(first)).length;
	await expect(count(page)).toHaveText(`${withFirst} question${withFirst === 1 ? '' : 's'} match.`);
	// Down moves into the list; Space ticks a second topic, widening the selection.
	await search.fill('tls');
	await search.press('ArrowDown');
	await expect(options.first()).toBeFocused();
	await page.keyboard.press('Space');
	const second = await options.first().inputValue();
	const either = index.filter((q) => q.topics.includes(first) || q.topics.includes(second)).length;
	await expect(count(page)).toHaveText(`${either} questions match.`);
	await expect(page.locator('[data-topic-chosen] button')).toHaveText([
		`${first} ×`,
		`${second} ×`,
	]);
	await page.getByRole('button', { name: `Remove topic ${first}` }).click();
	await expect(search).toBeFocused();
	await expect(page.locator(`input[name="topic"][value="${first}"]`)).not.toBeChecked();
	await page.getByRole('button', { name: 'Clear topics' }).click();
	await expect(page.locator('input[name="topic"]:checked')).toHaveCount(0);
	await expect(count(page)).toHaveText(`${index.length} questions match.`);
	await search.press('Escape');
	await expect(search).toHaveValue('');
	await expect(options).toHaveCount(0);
});

test('remembers sections, topics, level, kind and shuffle across a reload', async ({ page }) => {
	await page.goto('practice/');
	const index = await practiceIndex(page);
	await page.locator('.practice-sections summary').click();
	await page.getByRole('button', { name: 'No section' }).click();
	await expect(count(page)).toHaveText('0 questions match.');
	await page.locator('input[name="section"][value="databases"]').check();
	await page.locator('input[name="section"][value="networking"]').check();
	await chooseTopic(page, 'caching');
	await page.locator('#practice-level').selectOption('L5');
	await page.getByLabel(/^Shuffle/).check();
	const expected = index.filter(
		(q) =>
			['databases', 'networking'].includes(q.section) &&
			q.topics.includes('caching') &&
			q.levels.includes('L5'),
	).length;
	await expect(count(page)).toHaveText(`${expected} question${expected === 1 ? '' : 's'} match.`);

	await page.reload();
	const sections = new Set(index.map((q) => q.section)).size;
	await expect(page.locator('[data-section-summary]')).toHaveText(`2 of ${sections}`);
	await expect(page.locator('input[name="section"]:checked')).toHaveCount(2);
	await expect(page.locator('input[name="topic"]:checked')).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Remove topic caching' })).toBeVisible();
	await expect(page.locator('#practice-level')).toHaveValue('L5');
	await expect(page.locator('#practice-kind')).toHaveValue('');
	await expect(page.getByLabel(/^Shuffle/)).toBeChecked();
	await expect(count(page)).toHaveText(`${expected} question${expected === 1 ? '' : 's'} match.`);
	await expect(page.locator('[data-card-summary]')).toContainText(`${expected} in this selection`);
	expect(
		JSON.parse((await page.evaluate((key) => localStorage.getItem(key), flashcardFiltersKey))!),
	).toEqual({
		version: 1,
		sections: ['networking', 'databases'],
		topics: ['caching'],
		level: 'L5',
		kind: '',
		shuffle: true,
	});
});

test('reports corrupt stored filters, keeps the value, and works from the defaults', async ({
	page,
	activity,
}) => {
	await page.goto('practice/');
	const index = await practiceIndex(page);
	const corrupt = '{"version":1,"sections":["networking"],"topics":"caching"}';
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		flashcardFiltersKey,
		corrupt,
	] as const);
	await page.reload();
	await expect(page.locator('[data-progress-notice]')).toHaveText(
		/saved flashcard filters could not be read \("topics" must be a list of names\), so the form shows the defaults/,
	);
	await expect(count(page)).toHaveText(`${index.length} questions match.`);
	expect(await page.evaluate((key) => localStorage.getItem(key), flashcardFiltersKey)).toBe(
		corrupt,
	);
	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await gradeButton(page, 'Good').click();
	await expect(card(page)).toHaveAttribute('data-question-id', index[1]?.id ?? '');
	expect(activity.consoleErrors).toEqual([]);
});

test('shuffle deals the new cards in the order the random source gives', async ({ page }) => {
	// Math.random always 0: the page's Fisher-Yates swaps each position with the first.
	await page.addInitScript(() => {
		Math.random = () => 0;
	});
	await page.goto('practice/');
	const index = await practiceIndex(page);
	const ids = index.map((q) => q.id);
	await expect(card(page)).toHaveAttribute('data-question-id', ids[0] ?? '');
	await page.getByLabel(/^Shuffle/).check();
	const order = shuffled(ids, () => 0);
	expect(order[0]).not.toBe(ids[0]);
	await expect(card(page)).toHaveAttribute('data-question-id', order[0] ?? '');
	await expect(page.locator('[data-card-question]')).not.toHaveText(/Loading/);
	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await gradeButton(page, 'Good').click();
	await expect(card(page)).toHaveAttribute('data-question-id', order[1] ?? '');
});

test('ends a session with a summary of its grades and the next due time, and starts again', async ({
	page,
}) => {
	await page.clock.setFixedTime(t0);
	await page.goto('practice/');
	const index = await practiceIndex(page);
	// A topic with exactly two questions: two grades empty the selection.
	const perTopic = new Map<string, number>();
	for (const q of index) for (const t of q.topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
	const topic = [...perTopic].find(([, n]) => n === 2)?.[0] ?? '';
	expect(topic).not.toBe('');
	await chooseTopic(page, topic);
	await expect(page.locator('[data-card-summary]')).toContainText('2 in this selection');

	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await gradeButton(page, 'Hard').click();
	await expect(page.locator('[data-card-question]')).toBeFocused();
	// Ending early: one card is still to do, so the next is due now.
	await page.getByRole('button', { name: 'End session' }).click();
	const message = page.locator('[data-card-caught-up-text]');
	await expect(message).toHaveText('Session ended. 1 card is still to do in this selection.');
	await expect(message).toBeFocused();
	await expect(page.locator('[data-card-session-reviewed]')).toHaveText('1 review of 1 card');
	await expect(page.locator('[data-card-session-next]')).toHaveText('now');
	await page.getByRole('button', { name: 'Start a new session' }).click();
	await expect(card(page)).toBeVisible();

	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await gradeButton(page, 'Good').click();
	// The last due card graded: the session is over and the summary counts this session only.
	await expect(message).toHaveText(/^Nothing is due in this selection\. The next card is due /);
	await expect(page.locator('[data-card-session-reviewed]')).toHaveText('1 review of 1 card');
	const grades = page.locator('[data-card-session-counts] dd[data-card-session-grade]');
	await expect(grades).toHaveText(['0', '0', '1', '0']);
	const waits = previewIntervals(undefined, t0);
	const next = await page.evaluate(
		(time) =>
			new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(time),
		t0 + Math.min(waits.hard, waits.good),
	);
	await expect(page.locator('[data-card-session-next]')).toHaveText(next);
	await expect(page.getByRole('button', { name: 'Start a new session' })).toBeHidden();
	await page.getByRole('button', { name: 'Practice ahead' }).click();
	await expect(card(page)).toBeVisible();
	await page.getByRole('button', { name: 'Reveal answer' }).click();
	await gradeButton(page, 'Easy').click();
	await page.getByRole('button', { name: 'End session' }).click();
	await expect(page.locator('[data-card-session-reviewed]')).toHaveText('1 review of 1 card');
	await expect(grades).toHaveText(['0', '0', '0', '1']);
});
