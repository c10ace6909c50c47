// The explorers: the token bucket simulation (rate limiting), the Bloom filter sizing (probabilistic
// structures), the envelope calculator (interview framework) and the availability calculator
// (availability and disaster recovery); the connection setup explorer has its own file. On a 375 px screen, with axe, in each theme: themed/interactive-axe.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { testBuild } from '../../scripts/harness/built-site.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const tokenBucketPage = 'api-design/rate-limiting/';
const calculatorPage = 'system-design/interview-framework/';
const bloomPage = 'distributed-systems/probabilistic-structures/';
const availabilityPage = 'reliability/availability-and-disaster-recovery/';

/** Every JavaScript file a page loads, with its body, as the browser received it. */
async function loadScripts(page: Page, path: string): Promise<Map<string, string>> {
	const responses: Response[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') responses.push(response);
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	const bodies = new Map<string, string>();
	for (const response of responses) bodies.set(response.url(), await response.text());
	return bodies;
}

test.describe('token bucket explorer', () => {
	test('redraws the summary and the chart when a slider moves by keyboard', async ({
		page,
		activity,
	}) => {
		await page.goto(tokenBucketPage);
		const capacity = page.locator('#tb-capacity:enabled');
		const summary = page.locator('[data-summary]');
		const tokenLine = page.locator('[data-token-line]');
		const acceptedBars = page.locator('[data-accepted-bars]');
		await expect(capacity).toBeVisible();
		const summaryBefore = (await summary.textContent()) ?? '';
		const lineBefore = (await tokenLine.getAttribute('d')) ?? '';
		const acceptedBefore = (await acceptedBars.getAttribute('d')) ?? '';
		await capacity.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#tb-capacity-value')).toHaveText('11 tokens');
		await expect(capacity).toHaveAttribute('aria-valuetext', '11 tokens');
		// One is singular, every other value plural, before and after a slider moves.
		const steady = page.locator('#tb-steadyRate');
		await expect(page.locator('#tb-steadyRate-value')).toHaveText('1 request/s');
		await expect(steady).toHaveAttribute('aria-valuetext', '1 request/s');
		await steady.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#tb-steadyRate-value')).toHaveText('1.5 requests/s');
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('#tb-steadyRate-value')).toHaveText('1 request/s');
		await capacity.focus();
		await expect(summary).not.toHaveText(summaryBefore);
		await expect(tokenLine).not.toHaveAttribute('d', lineBefore);
		await expect(acceptedBars).not.toHaveAttribute('d', acceptedBefore);
		await expect(page.locator('[data-token-max]')).toHaveText('11');
		// Focus is visible: the keyboard-focused slider matches :focus-visible and draws an outline.
		expect(
			await capacity.evaluate((element) => ({
				visible: element.matches(':focus-visible'),
				outline: getComputedStyle(element).outlineStyle,
			})),
		).toEqual({ visible: true, outline: 'solid' });
		await expect(page.locator('[data-token-bucket-explorer] svg')).toHaveAttribute(
			'aria-describedby',
			'tb-chart-desc',
		);
		await expect(page.locator('#tb-chart-desc')).toContainText((await summary.textContent()) ?? '');
		expect(activity.consoleErrors).toEqual([]);
	});

	test('shows rejections for a burst above capacity and none for a burst and traffic the bucket absorbs', async ({
		page,
	}) => {
		await page.goto(tokenBucketPage);
		const burst = page.locator('#tb-burstSize:enabled');
		const summary = page.locator('[data-summary]');
		const rejectedBars = page.locator('[data-rejected-bars]');
		// Capacity 10, refill 2/s; one burst of 5 every 5 s plus 1 request/s spends at most 10 in 5 s.
		await burst.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect(page.locator('#tb-burstSize-value')).toHaveText('5 requests');
		await expect(summary).toContainText('rejected 0.');
		await expect(rejectedBars).toHaveAttribute('d', '');
		// A burst of 100 against 10 tokens.
		await page.keyboard.press('End');
		await expect(summary).toContainText(/rejected (9\d|\d{3,})\b/);
		await expect(rejectedBars).toHaveAttribute('d', /^M/);
	});

	test('renders the default run without JavaScript, at the same size as with it', async ({
		browser,
		site,
	}) => {
		const parts = ['.controls', 'figure', '[data-summary]'].map(
			(part) => `[data-token-bucket-explorer] ${part}`,
		);
		const render = async (
			javaScriptEnabled: boolean,
		): Promise<{ heights: number[]; summary: string }> => {
			const context = await browser.newContext({
				baseURL: site.url,
				javaScriptEnabled,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(tokenBucketPage, { waitUntil: 'networkidle' });
			await expect(page.locator('[data-rejected-bars]')).toHaveAttribute('d', /^M/);
			await expect(page.locator('#tb-capacity')).toBeEnabled({ enabled: javaScriptEnabled });
			const result = {
				heights: await Promise.all(
					parts.map(async (part) => (await page.locator(part).boundingBox())?.height ?? 0),
				),
				summary: (await page.locator('[data-summary]').textContent()) ?? '',
			};
			await context.close();
			return result;
		};
		const withoutScript = await render(false);
		const withScript = await render(true);
		// Chromium's script switch still parses <noscript> as text, so the note is checked in the HTML.
		const html = readFileSync(join(testBuild.dir, tokenBucketPage, 'index.html'), 'utf8');
		expect(html).toMatch(/<noscript><p[^>]*>The sliders need JavaScript\./);
		expect(withoutScript.summary).toMatch(/rejected [1-9]/);
		expect(withScript.summary).toBe(withoutScript.summary);
		// Controls, chart and summary keep their size when the script takes over: nothing shifts.
		expect(withoutScript.heights.every((height) => height > 20)).toBe(true);
		expect(withScript.heights.map(Math.round)).toEqual(withoutScript.heights.map(Math.round));
	});
});

test.describe('Bloom filter explorer', () => {
	test('recomputes the rate, the marker and the advice when sliders move by keyboard', async ({
		page,
		activity,
	}) => {
		await page.goto(bloomPage);
		const hashes = page.locator('#bf-hashes:enabled');
		const summary = page.locator('[data-summary]');
		const curve = page.locator('[data-curve]');
		const marker = page.locator('[data-marker]');
		await expect(hashes).toBeVisible();
		const curveBefore = (await curve.getAttribute('d')) ?? '';
		const markerBefore = (await marker.getAttribute('d')) ?? '';
		await hashes.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		await expect(page.locator('#bf-hashes-value')).toHaveText('2');
		await expect(summary).toContainText('With 2 hash functions the false-positive rate is 3.3%');
		await expect(summary).toContainText('The best hash count for this size is 7');
		// Same size, so the curve stays; only the marker moves.
		await expect(curve).toHaveAttribute('d', curveBefore);
		await expect(marker).not.toHaveAttribute('d', markerBefore);
		expect(
			await hashes.evaluate((element) => ({
				visible: element.matches(':focus-visible'),
				outline: getComputedStyle(element).outlineStyle,
			})),
		).toEqual({ visible: true, outline: 'solid' });

		const keys = page.locator('#bf-keysExponent');
		await keys.focus();
		await page.keyboard.press('End');
		await expect(keys).toHaveAttribute('aria-valuetext', '1,000,000,000 keys');
		await expect(summary).toContainText('take 1.25 GB');

		const size = page.locator('#bf-bitsPerKey');
		await size.focus();
		await page.keyboard.press('End');
		await expect(page.locator('#bf-bitsPerKey-value')).toHaveText('24 bits per key');
		await expect(page.locator('[data-ideal-guide]')).toHaveAttribute('d', '');
		await expect(curve).not.toHaveAttribute('d', curveBefore);
		await expect(page.locator('#bf-chart-desc')).toContainText((await summary.textContent()) ?? '');
		expect(activity.consoleErrors).toEqual([]);
	});

	test('renders the default case without JavaScript, at the same size as with it', async ({
		browser,
		site,
	}) => {
		const render = async (
			javaScriptEnabled: boolean,
		): Promise<{ heights: number[]; summary: string }> => {
			const context = await browser.newContext({
				baseURL: site.url,
				javaScriptEnabled,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(bloomPage, { waitUntil: 'networkidle' });
			await expect(page.locator('[data-curve]')).toHaveAttribute('d', /^M/);
			await expect(page.locator('#bf-hashes')).toBeEnabled({ enabled: javaScriptEnabled });
			const result = {
				heights: await Promise.all(
					['.controls', 'figure', '[data-summary]'].map(
						async (part) =>
							(await page.locator(`[data-bloom-filter-explorer] ${part}`).boundingBox())?.height ??
							0,
					),
				),
				summary: (await page.locator('[data-summary]').textContent()) ?? '',
			};
			await context.close();
			return result;
		};
		const withoutScript = await render(false);
		const withScript = await render(true);
		expect(withoutScript.summary).toContain('0.82%');
		expect(withScript.summary).toBe(withoutScript.summary);
		expect(withoutScript.heights.every((height) => height > 20)).toBe(true);
		expect(withScript.heights.map(Math.round)).toEqual(withoutScript.heights.map(Math.round));
	});
});

test.describe('envelope calculator', () => {
	test('starts from the worked example and recomputes when an input changes', async ({
		page,
		activity,
	}) => {
		await page.goto(calculatorPage);
		const result = (id: string) => page.locator(`[data-result="${id}"]`);
		await expect(page.locator('#env-dailyActiveUsers:enabled')).toBeVisible();
		await expect(result('averageReadQps')).toHaveText('11,574');
		await expect(result('totalStorageBytes')).toHaveText('1.8 PB');
		await page.locator('#env-dailyActiveUsers').fill('40M');
		await expect(result('averageReadQps')).toHaveText('23,148');
		await expect(page.locator('[data-working="averageReadQps"]')).toHaveText(
			'2B / 86,400 ≈ 23,148 QPS',
		);
		await expect(result('totalStorageBytes')).toHaveText('3.59 PB');
		await page.locator('#env-replicationFactor').fill('1');
		await expect(result('totalStorageBytes')).toHaveText('1.2 PB');
		await expect(page.locator('[data-status]')).toContainText('total storage 1.2 PB');
		expect(activity.consoleErrors).toEqual([]);
	});

	test('shows an inline error for invalid input, and clears it when fixed', async ({ page }) => {
		await page.goto(calculatorPage);
		const users = page.locator('#env-dailyActiveUsers:enabled');
		const error = page.locator('[data-error-for="dailyActiveUsers"]');
		await users.fill('lots');
		await expect(error).toHaveText(
			'Daily active users must be a number, for example 20M or 20,000,000.',
		);
		await expect(error).toBeVisible();
		await expect(users).toHaveAttribute('aria-invalid', 'true');
		await expect(users).toHaveAttribute(
			'aria-describedby',
			new RegExp(`\\b${(await error.getAttribute('id')) ?? '(no id)'}\\b`),
		);
		await expect(page.locator('[data-result="peakReadQps"]')).toHaveText('—');
		await expect(page.locator('[data-status]')).toContainText(
			'Daily active users must be a number',
		);
		await users.fill('0');
		await expect(error).toHaveText(
			'Daily active users must be greater than 0, for example 20M or 20,000,000.',
		);
		// The peak factor's message says what to type in that field, not a user count.
		await page.locator('#env-peakFactor').fill('0.5');
		await expect(page.locator('[data-error-for="peakFactor"]')).toHaveText(
			'Peak factor must be at least 1, for example 3 (the busiest hour at three times the average).',
		);
		await users.fill('20M');
		await page.locator('#env-peakFactor').fill('3');
		await expect(error).toHaveText('');
		await expect(users).not.toHaveAttribute('aria-invalid');
		await expect(page.locator('[data-result="peakReadQps"]')).toHaveText('34,722');
	});

	test('is usable by keyboard alone: Tab reaches the next field and typing recomputes', async ({
		page,
	}) => {
		await page.goto(calculatorPage);
		await page.locator('#env-dailyActiveUsers:enabled').focus();
		await page.keyboard.press('Tab');
		await expect(page.locator('#env-requestsPerUserPerDay')).toBeFocused();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('104');
		await expect(page.locator('[data-result="readsPerDay"]')).toHaveText('2B');
		expect(
			await page.evaluate(
				() => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
			),
		).toBe('solid');
	});
});

test.describe('availability explorer', () => {
	const root = '[data-availability-explorer]';
	const result = (page: Page, id: string) => page.locator(`${root} [data-result="${id}"]`);
	const tiers = (page: Page) => page.locator(`${root} [data-tier]`);

	test('starts from the worked example and recomputes when a field changes by keyboard', async ({
		page,
		activity,
	}) => {
		await page.goto(availabilityPage);
		const dbReplicas = page.locator('#av-replicas-3:enabled');
		await expect(dbReplicas).toBeVisible();
		await expect(result(page, 'availability')).toHaveText('99.9400%');
		await expect(result(page, 'perMonth')).toHaveText('25.9 min');
		await expect(page.locator(`${root} [data-summary]`)).toContainText(
			'Database is the weakest tier at 99.9500%, 83% of the expected downtime.',
		);
		// A standby for the database: 2 replicas, 1 needed. The load balancer becomes the limit.
		await dbReplicas.focus();
		await page.keyboard.press('ArrowUp');
		await expect(dbReplicas).toHaveValue('2');
		await expect(result(page, 'availability')).toHaveText('99.9900%');
		await expect(result(page, 'perMonth')).toHaveText('4.3 min');
		await expect(tiers(page).nth(2).locator('[data-tier-result]')).toHaveText(
			'This tier: 99.9999%',
		);
		await expect(page.locator(`${root} [data-summary]`)).toContainText(
			'Load balancer is the weakest tier',
		);
		expect(
			await dbReplicas.evaluate((element) => ({
				visible: element.matches(':focus-visible'),
				outline: getComputedStyle(element).outlineStyle,
			})),
		).toEqual({ visible: true, outline: 'solid' });
		expect(activity.consoleErrors).toEqual([]);
	});

	test('adds and removes tiers by keyboard, renumbering them and keeping focus in place', async ({
		page,
	}) => {
		await page.goto(availabilityPage);
		const add = page.locator(`${root} [data-add-tier]:enabled`);
		await add.focus();
		await page.keyboard.press('Enter');
		await expect(tiers(page)).toHaveCount(4);
		const fourth = tiers(page).nth(3);
		await expect(fourth.locator('legend')).toHaveText('Tier 4');
		await expect(fourth.locator('[data-field="name"]')).toBeFocused();
		await expect(fourth.locator('[data-field="name"]')).toHaveValue('Tier 4');
		// Two replicas at 99.9% of which one is needed, in series with the rest.
		await expect(fourth.locator('[data-tier-result]')).toHaveText('This tier: 99.9999%');
		await expect(result(page, 'availability')).toHaveText('99.9399%');
		// Labels point at the new tier's own inputs.
		await fourth.getByLabel('Replicas').fill('3');
		await expect(fourth.locator('[data-field="replicas"]')).toHaveValue('3');

		// Remove the app tier (tier 2): tiers renumber and focus moves to the tier now second.
		await tiers(page).nth(1).locator('[data-remove-tier]').click();
		await expect(tiers(page)).toHaveCount(3);
		await expect(tiers(page).nth(1).locator('legend')).toHaveText('Tier 2');
		await expect(tiers(page).nth(1).locator('[data-field="name"]')).toHaveValue('Database');
		await expect(tiers(page).nth(1).locator('[data-field="name"]')).toBeFocused();
		await expect(tiers(page).nth(1).locator('[data-remove-tier]')).toHaveAttribute(
			'aria-label',
			'Remove tier 2, Database',
		);

		// At most six tiers; the last tier cannot be removed.
		for (let i = 0; i < 3; i++) await add.click();
		await expect(tiers(page)).toHaveCount(6);
		await expect(page.locator(`${root} [data-add-tier]`)).toBeDisabled();
		while ((await tiers(page).count()) > 1) {
			await tiers(page).first().locator('[data-remove-tier]').click();
		}
		await expect(tiers(page).first().locator('[data-remove-tier]')).toBeDisabled();
		await expect(page.locator(`${root} [data-add-tier]`)).toBeEnabled();
	});

	test('shows an inline error for an invalid field, and recovers when it is fixed', async ({
		page,
	}) => {
		await page.goto(availabilityPage);
		const availability = page.locator('#av-availabilityPercent-1:enabled');
		const error = page.locator('#av-availabilityPercent-1-error');
		await availability.fill('101');
		await expect(error).toHaveText(
			'Availability must be a percentage from 0 to 100, such as 99.95.',
		);
		await expect(availability).toHaveAttribute('aria-invalid', 'true');
		await expect(availability).toHaveAttribute(
			'aria-describedby',
			'av-availabilityPercent-1-error',
		);
		await expect(result(page, 'availability')).toHaveText('—');
		await expect(page.locator(`${root} [data-summary]`)).toHaveText(
			'Not calculated: fix the fields marked in red.',
		);
		const needed = page.locator('#av-needed-2');
		await needed.fill('4');
		await expect(page.locator('#av-needed-2-error')).toHaveText(
			'Needed up must be a whole number from 1 to 3, the replica count.',
		);
		await availability.fill('99.99');
		await needed.fill('2');
		await expect(error).toHaveText('');
		await expect(availability).not.toHaveAttribute('aria-invalid');
		// 2 of 3 app replicas at 99.5%: 3p^2(1 - p) + p^3 = 0.99992525.
		await expect(tiers(page).nth(1).locator('[data-tier-result]')).toHaveText(
			'This tier: 99.9925%',
		);
	});

	test('renders the worked example without JavaScript, at the same size as with it', async ({
		browser,
		site,
	}) => {
		const render = async (
			javaScriptEnabled: boolean,
		): Promise<{ heights: number[]; summary: string }> => {
			const context = await browser.newContext({
				baseURL: site.url,
				javaScriptEnabled,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(availabilityPage, { waitUntil: 'networkidle' });
			await expect(page.locator('#av-name-1')).toBeEnabled({ enabled: javaScriptEnabled });
			const result = {
				heights: await Promise.all(
					['.results', '.summary-box', 'form'].map(
						async (part) => (await page.locator(`${root} ${part}`).boundingBox())?.height ?? 0,
					),
				),
				summary: (await page.locator(`${root} [data-summary]`).textContent()) ?? '',
			};
			await context.close();
			return result;
		};
		const withoutScript = await render(false);
		const withScript = await render(true);
		const html = readFileSync(join(testBuild.dir, availabilityPage, 'index.html'), 'utf8');
		expect(html).toMatch(/<noscript><p[^>]*>Editing the tiers needs JavaScript\./);
		expect(withoutScript.summary).toContain('Overall 99.9400%');
		expect(withScript.summary).toBe(withoutScript.summary);
		expect(withoutScript.heights.every((height) => height > 20)).toBe(true);
		expect(withScript.heights.map(Math.round)).toEqual(withoutScript.heights.map(Math.round));
	});

	test('keeps the results and the summary the same size as the numbers change', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(availabilityPage);
		const boxes = async (): Promise<number[]> =>
			Promise.all(
				['.results', '.summary-box'].map(
					async (part) => (await page.locator(`${root} ${part}`).boundingBox())?.height ?? 0,
				),
			);
		// Distance from the top of the document, whatever the scroll position.
		const formTop = (): Promise<number> =>
			page
				.locator(`${root} form`)
				.evaluate((form) => Math.round(form.getBoundingClientRect().top + window.scrollY));
		const before = await boxes();
		const top = await formTop();
		for (const value of ['50', '99', '100', '99.99999']) {
			await page.locator('#av-availabilityPercent-3:enabled').fill(value);
			await page.locator('#av-name-3').fill('A much longer tier name');
			expect((await boxes()).map(Math.round)).toEqual(before.map(Math.round));
			expect(await formTop()).toBe(top);
		}
	});
});

test('loads each explorer script only on its own page', async ({ page }) => {
	const explorers = [
		[tokenBucketPage, 'data-token-bucket-explorer'],
		[calculatorPage, 'data-envelope-calculator'],
		[availabilityPage, 'data-availability-explorer'],
	] as const;
	const explorerUrls: string[] = [];
	for (const [path, marker] of explorers) {
		const scripts = await loadScripts(page, path);
		const own = [...scripts].filter(([, body]) => body.includes(marker)).map(([url]) => url);
		expect(own, `scripts on /${path} that hold ${marker}`).toHaveLength(1);
		explorerUrls.push(...own);
	}
	const scripts = await loadScripts(page, 'api-design/pagination/');
	expect(scripts.size).toBeGreaterThan(0);
	expect([...scripts.keys()].filter((url) => explorerUrls.includes(url))).toEqual([]);
	expect(
		[...scripts]
			.filter(([, body]) =>
				/data-token-bucket-explorer|data-envelope-calculator|data-availability-explorer|tryRemove/.test(
					body,
				),
			)
			.map(([url]) => url),
	).toEqual([]);
});
