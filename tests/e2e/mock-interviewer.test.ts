// The mock interviewer in the browser: a fake speechSynthesis records what is spoken, Chromium's
// fake microphone stands in for a real one, and page.clock moves the round through its phases.
// Nothing here leaves the page: speech is the browser's own and recordings stay in memory.
import type { Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/harness/chromium.ts';
import { expect, sitePath, test } from './fixtures.ts';

// Only this file needs a microphone: Chromium's fake device, granted without a permission prompt.
const executablePath = findChromium();
test.use({
	launchOptions: {
		...(executablePath ? { executablePath } : {}),
		args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
	},
});

const urlShortener = 'designs/design-url-shortener';
const minute = 60_000;

/** Replaces speechSynthesis with a recorder of what would be said, with one English voice. */
async function fakeSpeech(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const spoken: { text: string; rate: number; voice: string }[] = [];
		const voice = { name: 'Test Voice', lang: 'en-US', voiceURI: 'test-voice', default: true };
		class Utterance {
			text: string;
			rate = 1;
			lang = '';
			voice: { voiceURI: string } | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		const synth = {
			getVoices: () => [voice],
			speak: (utterance: Utterance) =>
				spoken.push({
					text: utterance.text,
					rate: utterance.rate,
					voice: utterance.voice?.voiceURI ?? '',
				}),
			cancel: () => undefined,
			addEventListener: () => undefined,
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: Utterance,
			configurable: true,
		});
		(window as unknown as { spoken: typeof spoken }).spoken = spoken;
	});
}

const spokenTexts = (page: Page): Promise<string[]> =>
	page.evaluate(() =>
		(window as unknown as { spoken: { text: string }[] }).spoken.map((line) => line.text),
	);

/** Scripts the page requested, with their text, as they arrive. */
function recordScripts(page: Page): { url: string; text: string }[] {
	const scripts: { url: string; text: string }[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push({ url: response.url(), text: await response.text().catch(() => '') });
	});
	return scripts;
}

const speechOrRecording = (text: string): boolean =>
	/SpeechSynthesisUtterance|MediaRecorder|getUserMedia/.test(text);

test('loads no speech or recording code before the start, then speaks the prompt and asks the follow-ups one at a time', async ({
	page,
}) => {
	await fakeSpeech(page);
	const scripts = recordScripts(page);
	await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
	await page.goto('practice/mock-interview/');
	await page.locator('[data-prompt-select]').selectOption(urlShortener);
	await expect(page.locator('[data-chosen-levels]')).toHaveText('Calibrated for L3, L4, L5, L6.');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((script) => speechOrRecording(script.text))).toEqual([]);
	await expect(page.locator('[data-interviewer]')).toBeHidden();

	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('[data-interviewer]')).toBeVisible();
	await expect.poll(() => scripts.some((script) => speechOrRecording(script.text))).toBe(true);
	const transcript = page.locator('[data-transcript] li');
	await expect(transcript.first()).toHaveText(
		/^Here is your prompt\. Design a URL shortener like bit\.ly/,
	);
	await expect.poll(() => spokenTexts(page)).toContain('Requirements: 5 minutes.');
	// Every spoken line is in the transcript too.
	expect(await transcript.allTextContents()).toEqual(await spokenTexts(page));

	// The reader slows the voice down; the next lines use it and the choice is remembered.
	await page.getByLabel('Speed').selectOption({ label: 'Slower' });
	await page.clock.runFor(5 * minute);
	await expect.poll(() => spokenTexts(page)).toContain('Estimates: 5 minutes.');
	const rates = await page.evaluate(() =>
		(window as unknown as { spoken: { rate: number }[] }).spoken.map((line) => line.rate),
	);
	expect(rates.at(-1)).toBe(0.8);
	expect(await page.evaluate(() => localStorage.getItem('handbook-mock-voice'))).toContain('0.8');

	// Follow-ups are held back until the deep dives.
	await page.keyboard.press('n');
	await expect(transcript.last()).toHaveText(/^Follow-up questions come in the deep dives/);

	// Estimates, API, data model and high-level design: 25 minutes to the deep dives.
	await page.clock.runFor(25 * minute);
	await expect(transcript.last()).toHaveText(
		'Which database would you choose, and what would make you change your mind?',
	);
	await page.keyboard.press('n');
	await expect(transcript.last()).toHaveText(
		'How do you stop someone enumerating every private link?',
	);
	await page.getByRole('button', { name: /I'm ready for the next question/ }).click();
	await expect(transcript.last()).toHaveText('Should expired codes ever be reused?');
	// Then the follow-ups of the other questions on the URL shortener page.
	await page.keyboard.press('N');
	const related = await transcript.last().textContent();
	expect(related).not.toMatch(/^That was my last/);
	expect((await spokenTexts(page)).at(-1)).toBe(related);
});

test('with speech unavailable, every line of the script reads as text', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
	});
	await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
	await page.goto('practice/mock-interview/');
	await page.locator('[data-prompt-select]').selectOption(urlShortener);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('[data-voice-status]')).toHaveText(
		/This browser cannot speak, so the interviewer.s lines appear below as text\./,
	);
	const transcript = page.locator('[data-transcript] li');
	await expect(transcript.first()).toHaveText(/^Here is your prompt\./);
	await expect(transcript.nth(1)).toHaveText('Requirements: 5 minutes.');
	await expect(page.locator('[data-transcript]')).toHaveAttribute('aria-live', 'polite');
	await page.clock.runFor(30 * minute);
	await expect(transcript.last()).toHaveText(
		'Which database would you choose, and what would make you change your mind?',
	);
});

test('records only after consent, plays a recording back and deletes it on request', async ({
	page,
}) => {
	await page.addInitScript(() => {
		const calls = { count: 0 };
		(window as unknown as { micCalls: typeof calls }).micCalls = calls;
		const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
		navigator.mediaDevices.getUserMedia = (constraints) => {
			calls.count += 1;
			return original(constraints);
		};
	});
	const micCalls = (): Promise<number> =>
		page.evaluate(() => (window as unknown as { micCalls: { count: number } }).micCalls.count);
	await page.goto('practice/mock-interview/');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.getByRole('button', { name: 'Record my answers' }).click();
	await expect(page.locator('[data-record-consent]')).toContainText(
		'nothing is uploaded and nothing is saved unless you download a file yourself',
	);
	expect(await micCalls()).toBe(0);
	await page.getByRole('button', { name: 'Not now' }).click();
	expect(await micCalls()).toBe(0);

	await page.getByRole('button', { name: 'Record my answers' }).click();
	await page.getByRole('button', { name: 'Turn on the microphone and record' }).click();
	await expect(page.locator('[data-record-on]')).toBeVisible();
	expect(await micCalls()).toBe(1);
	// Let the fake microphone capture some sound, then end the phase.
	await page.waitForTimeout(1_500);
	await page.getByRole('button', { name: 'Next phase' }).click();

	const recording = page.locator('[data-recordings] li');
	await expect(recording).toHaveCount(1);
	await expect(recording).toHaveAttribute('data-recording', 'Requirements');
	await expect(page.getByRole('link', { name: 'Download requirements' })).toHaveAttribute(
		'download',
		/^mock-1-requirements\.\w+$/,
	);
	const played = await recording.locator('audio').evaluate(async (audio: HTMLAudioElement) => {
		audio.muted = true;
		await audio.play();
		return !audio.paused;
	});
	expect(played).toBe(true);

	await page.getByRole('button', { name: 'Delete requirements' }).click();
	await expect(recording).toHaveCount(0);
	await expect(page.locator('[data-recordings-panel]')).toBeHidden();
	await expect(page.locator('[data-record-status]')).toHaveText(
		'Deleted the recording of requirements.',
	);
	await page.getByRole('button', { name: 'Stop recording' }).click();
	await expect(page.locator('[data-record-off]')).toBeVisible();
});

/** Ends every phase early, which finishes the round. */
async function finishRound(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('[data-transcript] li').first()).toBeVisible();
	for (let i = 0; i < 7; i += 1) await page.getByRole('button', { name: 'Next phase' }).click();
	await expect(page.locator('[data-feedback]')).toBeVisible();
}

test('saves the key points covered in a round and shows them on the next round of the prompt', async ({
	page,
}) => {
	await fakeSpeech(page);
	await page.goto('practice/mock-interview/');
	await page.locator('[data-prompt-select]').selectOption(urlShortener);
	await finishRound(page);
	// The design page's level bar, shown in the review and linked to its source.
	const levelBar = page.locator('.mock-level-bar');
	await expect(levelBar.locator('dt')).toHaveText(['L4', 'L5', 'L6']);
	await expect(
		page.getByRole('link', { name: 'the design page\u2019s \u201cIn the interview\u201d section' }),
	).toHaveAttribute('href', sitePath('system-design/designs/url-shortener/#in-the-interview'));
	const designPage = await page.context().newPage();
	await designPage.goto('system-design/designs/url-shortener/');
	for (const [index, level] of ['L4', 'L5', 'L6'].entries()) {
		const onPage = await designPage
			.locator('p', { hasText: `A strong ${level} answer` })
			.first()
			.innerText();
		const firstWords = onPage.split(/\s+/).slice(0, 8).join(' ');
		await expect(levelBar.locator('dd').nth(index)).toContainText(firstWords);
	}
	await designPage.close();
	const decomposition = page.getByRole('group', { name: 'Your score for problem decomposition' });
	await expect(decomposition.getByLabel('1 Weak')).toBeChecked();
	const tick = (name: string) => page.getByRole('checkbox', { name, exact: true }).check();
	await tick('Shorten, redirect, optional custom alias and expiry');
	await tick('Redirects more available than creation (99.99% vs 99.9%)');
	await tick('Codes not enumerable; issued codes never repointed');
	await tick('Redis cache-aside in front of the links database');
	// 4 of 9 requirements and components: mixed.
	await expect(decomposition.getByLabel('2 Mixed')).toBeChecked();
	// A score chosen by hand stays when more points are ticked.
	await decomposition.getByLabel('3 Solid').check();
	await tick('Analytics may lag a minute, never slow redirects');
	await expect(decomposition.getByLabel('3 Solid')).toBeChecked();
	await page.getByRole('button', { name: 'Save this mock' }).click();
	await expect(page.locator('[data-mock-history] li').first()).toContainText(
		'covered 5 of 24 key points',
	);
	const stored = await page.evaluate(() => {
		const document = JSON.parse(localStorage.getItem('handbook-practice-progress') ?? '{}') as {
			mocks: { promptId: string; covered: string[]; missed: string[] }[];
		};
		return document.mocks[0];
	});
	expect(stored?.promptId).toBe(urlShortener);
	expect(stored?.covered).toHaveLength(5);
	expect(stored?.missed).toHaveLength(19);
	expect(stored?.missed).toContain('302 over 301 so analytics and expiry see every click');

	await page.reload();
	await page.locator('[data-prompt-select]').selectOption(urlShortener);
	await finishRound(page);
	const past = page.locator('[data-past-rounds]');
	await expect(past).toContainText('Your last round on this prompt');
	await expect(past).toContainText('5 of 24 covered');
	await expect(past).toContainText('302 over 301 so analytics and expiry see every click');
	await tick('302 over 301 so analytics and expiry see every click');
	await expect(past).toContainText(
		'Covered this time after missing it:302 over 301 so analytics and expiry see every click',
	);
});

test('on a 375 px phone the clock stays in view while scrolling and the controls are reachable', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await fakeSpeech(page);
	await page.goto('practice/mock-interview/');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.locator('[data-rubric-form] button[type="submit"]').scrollIntoViewIfNeeded();
	const clock = page.locator('.mock-clock');
	await expect(clock).toBeInViewport();
	// In view and on top: not under the header or the "On this page" bar.
	const onTop = await clock.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + 4, box.top + 4);
		return hit !== null && element.contains(hit);
	});
	expect(onTop, 'the clock is covered by another element').toBe(true);
	const size = await clock.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(size).toBeGreaterThanOrEqual(24);
	const next = page.getByRole('button', { name: /I'm ready for the next question/ });
	await expect(next).toBeInViewport();
	await next.click();
	await expect(page.locator('[data-transcript] li').last()).toHaveText(
		/^Follow-up questions come in the deep dives/,
	);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
