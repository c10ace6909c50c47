// The browser tests: @playwright/test driving the Chromium on this machine (never a downloaded
// one) against the test build. `npm test` runs them after building it; on their own:
// `npm run test:e2e` (after `npm run build:test`, the build they check: see `testBuild` in
// scripts/harness/built-site.ts), or one file: `npm run test:e2e -- tests/e2e/site.test.ts`.
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/harness/chromium.ts';
import type { ThemeOption } from './tests/e2e/fixtures.ts';

// Belt and braces: every launch names an executable, and nothing may fetch one.
process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';

// Missing only before global setup has installed Chromium; the workers load this file after it.
const executablePath = findChromium();
const chromium = executablePath ? { executablePath } : {};

/** Where `npm test` reads the counts for its closing `Tests:` line. */
export const e2eReportFile = 'node_modules/.cache/test-results/e2e.json';

export default defineConfig<ThemeOption>({
	testDir: 'tests/e2e',
	// Installs Debian's Chromium when none is here and this runs as root; see scripts/harness.
	globalSetup: './tests/e2e/global-setup.ts',
	// One worker per core: the tests wait on Chromium and on builds, and no test shares state.
	workers: availableParallelism(),
	forbidOnly: true,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: e2eReportFile }]],
	use: {
		browserName: 'chromium',
		launchOptions: { ...chromium, args: [...chromiumArgs] },
		viewport: { width: 1280, height: 900 },
		colorScheme: 'light',
	},
	// Projects run in this order; the builds go first so they overlap with the page tests.
	projects: [
		{ name: 'builds', testMatch: 'builds/**/*.test.ts' },
		{ name: 'site', testIgnore: ['builds/**', 'themed/**'] },
		{
			name: 'light',
			testMatch: 'themed/**/*.test.ts',
			use: { theme: 'light', colorScheme: 'light' },
		},
		{
			name: 'dark',
			testMatch: 'themed/**/*.test.ts',
			use: { theme: 'dark', colorScheme: 'dark' },
		},
	],
});
