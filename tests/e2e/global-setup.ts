import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from '../../scripts/harness/chromium.ts';

/**
 * Runs once before any worker starts: finds Chromium, or installs Debian's package when running as
 * root on Debian or Ubuntu, or stops the run with one line saying how to get one. The path goes
 * into CHROME_PATH, which the workers inherit and playwright.config.ts reads. Also deletes fixture
 * sites an interrupted run left behind, so no stale copy of src/ lingers in the project.
 */
export default function globalSetup(): void {
	process.env['CHROME_PATH'] = ensureChromium();
	const fixtures = join('tests', 'fixtures');
	for (const name of existsSync(fixtures) ? readdirSync(fixtures) : []) {
		if (name.startsWith('.build-')) rmSync(join(fixtures, name), { recursive: true, force: true });
	}
}
