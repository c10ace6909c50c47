// `npm run dev` on a small handbook: a frontmatter typo and a diagram without a description,
// saved while a page is open, show in that page's error overlay with file:line and the fix, and
// the overlay is gone once the file is fixed.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { removeFixtureSite, writeFixtureSite } from '../support/fixture-site.ts';

const pageFile = 'src/content/docs/coding/overlay.md';
const goodPage =
	'---\ntitle: Overlay check\ndescription: A page edited while the dev server runs.\nlevels: [L4]\n---\n\nText.\n';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** Resolves once the dev server prints that it is ready; rejects if it exits first. */
function whenReady(child: ChildProcess, output: { text: string }): Promise<void> {
	return new Promise((resolve, reject) => {
		const read = (chunk: Buffer): void => {
			output.text += chunk.toString();
			if (/ready in/.test(output.text)) resolve();
		};
		child.stdout?.on('data', read);
		child.stderr?.on('data', read);
		child.on('close', (code) =>
			reject(new Error(`astro dev exited (${code}) before it was ready:\n${output.text}`)),
		);
	});
}

// Pages here come from this file's own server, not the test build: no base URL, so the
// test build (dist-test/) need not exist.
test.use({ baseURL: undefined });

test('npm run dev shows content mistakes in the open page until they are fixed', async ({
	page,
}) => {
	test.setTimeout(240_000);
	const site = writeFixtureSite('dev-overlay', { [pageFile]: goodPage });
	const port = await freePort();
	const output = { text: '' };
	const dev = spawn(
		'npx',
		['astro', 'dev', '--root', site.root, '--port', String(port), '--host', '127.0.0.1'],
		{ env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, detached: true },
	);
	try {
		await whenReady(dev, output);
		await page.goto(`http://127.0.0.1:${port}/coding/overlay/`);
		// The page's own title: Astro's dev toolbar adds headings of its own.
		const title = page.getByRole('heading', { level: 1, name: 'Overlay check', exact: true });
		await expect(title).toBeVisible();
		const overlay = page.locator('vite-error-overlay');
		const message = overlay.locator('#message-content');

		// `level:` for `levels:`, and a diagram with a title but no description.
		writeFileSync(
			join(site.root, pageFile),
			goodPage.replace('levels:', 'level:') +
				'\n```mermaid\nflowchart LR\n  accTitle: Two boxes\n  a --> b\n```\n',
		);
		await expect(message).toContainText(`${pageFile}:4: `, { timeout: 60_000 });
		await expect(message).toContainText('unknown frontmatter key level. Did you mean "levels"?');
		await expect(message).toContainText(`${pageFile}:9: `);
		await expect(message).toContainText('accDescr');
		expect(output.text).toContain(`${pageFile}:4: `);

		writeFileSync(join(site.root, pageFile), goodPage);
		await expect(async () => {
			await page.reload();
			await expect(title).toBeVisible({ timeout: 2_000 });
			await expect(overlay).toHaveCount(0, { timeout: 2_000 });
		}).toPass({ timeout: 60_000 });
	} finally {
		if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
		removeFixtureSite(site);
	}
});
