// The connection setup explorer (TCP, TLS and QUIC handshakes to the first byte). On a 375 px
// screen, with axe, in each theme: themed/interactive-axe.test.ts.
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const explorerPage = 'networking/tcp-udp-tls/';
const root = '[data-connection-setup-explorer]';

test('starts at TCP + TLS 1.3 and redraws when the reader picks another setup by keyboard', async ({
	page,
	activity,
}) => {
	await page.goto(explorerPage);
	const selected = page.locator(`${root} input[type="radio"]:checked:enabled`);
	const summary = page.locator(`${root} [data-summary]`);
	const requestBar = page.locator(`${root} [data-bar="request"]`);
	await expect(selected).toHaveValue('tcp-tls13');
	await expect(summary).toContainText('first byte at 320 ms');
	const requestXBefore = (await requestBar.getAttribute('x')) ?? '';
	// Arrow keys move through a native radio group and check the next option.
	await selected.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(`${root} input[type="radio"]:checked`)).toHaveValue('tcp-tls13-0rtt');
	await expect(summary).toContainText('2 round trips to the first byte');
	await expect(requestBar).not.toHaveAttribute('x', requestXBefore);
	await expect(page.locator(`${root} [data-bar="tls"]`)).toHaveClass(/\bparallel\b/);
	await expect(page.locator(`${root} tr.selected`)).toHaveAttribute('data-row', 'tcp-tls13-0rtt');
	expect(activity.consoleErrors).toEqual([]);
});

test('recomputes every setup when the round-trip time changes', async ({ page }) => {
	await page.goto(explorerPage);
	const rtt = page.locator('#cs-rttMs:enabled');
	await rtt.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#cs-rttMs-value')).toHaveText('101 ms');
	await expect(rtt).toHaveAttribute('aria-valuetext', '101 ms');
	// 4 round trips of 101 ms plus 20 ms of server time.
	await expect(page.locator('[data-ttfb="tcp-tls12"]')).toHaveText('424 ms');
	await expect(page.locator('[data-ttfb="reused"]')).toHaveText('121 ms');
	await expect(page.locator(`${root} [data-chart-desc]`)).toContainText('101 ms');
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
		await page.goto(explorerPage, { waitUntil: 'networkidle' });
		await expect(page.locator('#cs-rttMs')).toBeEnabled({ enabled: javaScriptEnabled });
		const result = {
			heights: await Promise.all(
				['.controls', 'figure', '[data-summary]', 'table'].map(
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
	expect(withoutScript.summary).toContain('TCP + TLS 1.3 at 100 ms round-trip time');
	expect(withScript.summary).toBe(withoutScript.summary);
	expect(withoutScript.heights.every((height) => height > 20)).toBe(true);
	expect(withScript.heights.map(Math.round)).toEqual(withoutScript.heights.map(Math.round));
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('keeps the table in place whichever setup and round-trip time the reader picks', async ({
		page,
	}) => {
		await page.goto(explorerPage);
		await expect(page.locator(`${root} input:enabled`).first()).toBeVisible();
		// The table's offset inside the widget moves if the summary above it changes height.
		const tableOffset = () =>
			page
				.locator(root)
				.evaluate(
					(element) =>
						(element.querySelector('table')?.getBoundingClientRect().top ?? 0) -
						element.getBoundingClientRect().top,
				);
		const start = await tableOffset();
		const offsets: Record<string, number> = {};
		for (const radio of await page.locator(`${root} input[type="radio"]`).all()) {
			await radio.check();
			for (const rtt of ['1', '300']) {
				await page.locator('#cs-rttMs').fill(rtt);
				await expect(page.locator('#cs-rttMs-value')).toHaveText(`${rtt} ms`);
				offsets[`${(await radio.getAttribute('value')) ?? '?'} at ${rtt} ms`] = await tableOffset();
			}
		}
		expect(
			Object.values(offsets).filter((offset) => Math.abs(offset - start) >= 1),
			JSON.stringify(offsets),
		).toEqual([]);
	});
});
