import { ensureChromium } from '../../scripts/harness/chromium.ts';

/**
 * Runs once before any worker starts: finds Chromium, or installs Debian's package when running as
 * root on Debian or Ubuntu, or stops the run with one line saying how to get one. The path goes
 * into CHROME_PATH, which the workers inherit and playwright.config.ts reads.
 */
export default function globalSetup(): void {
	process.env['CHROME_PATH'] = ensureChromium();
}
