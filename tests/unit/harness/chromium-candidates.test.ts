import { describe, expect, it } from 'vitest';
import {
	browserCandidates,
	chooseChromium,
	installHint,
	type ChromiumSearch,
} from '../../../scripts/harness/chromium.ts';

describe('where the browser tests look for Chromium', () => {
	it('tries Chrome, Chromium and Edge in /Applications and ~/Applications on macOS', () => {
		const paths = browserCandidates('darwin', {}, '/Users/ada');
		expect(paths[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
		expect(paths).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
		expect(paths).toContain(
			'/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
		);
		expect(paths).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
	});

	it('tries each Windows program folder the environment names, Chrome before Edge', () => {
		const paths = browserCandidates(
			'win32',
			{ PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
			'C:\\Users\\ada',
		);
		expect(paths[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
		expect(paths).toContain(
			'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
		);
		expect(paths.at(-1)).toBe(
			'C:\\Users\\ada\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
		);
		expect(paths.some((path) => path.startsWith('undefined'))).toBe(false);
	});

	it("starts with Debian's headless shell on Linux, then Debian's full browser", () => {
		expect(browserCandidates('linux', {}, '/root').slice(0, 2)).toEqual([
			'/usr/bin/chromium-headless-shell',
			'/usr/bin/chromium',
		]);
	});

	it('names the CHROME_PATH to set on each platform', () => {
		expect(installHint('darwin')).toContain('CHROME_PATH="/Applications/Google Chrome.app');
		expect(installHint('win32')).toContain('$env:CHROME_PATH=');
		expect(installHint('linux')).toContain('apt-get install chromium-headless-shell');
	});

	describe('which one it picks', () => {
		const shell = '/usr/bin/chromium-headless-shell';
		const managed = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
		/** A Linux machine holding `files`, with Playwright's Chromium among them or not. */
		const linux = (files: string[], chromePath?: string): ChromiumSearch => ({
			platform: 'linux',
			chromePath,
			exists: (path) => files.includes(path),
			playwrightManaged: () => (files.includes(managed) ? managed : undefined),
			candidates: browserCandidates('linux', {}, '/root'),
		});

		it("prefers Debian's headless shell to a Chromium Playwright downloaded, and that to Debian's full browser", () => {
			expect(chooseChromium(linux([managed, '/usr/bin/chromium', shell]))).toBe(shell);
			expect(chooseChromium(linux([managed, '/usr/bin/chromium']))).toBe(managed);
			expect(chooseChromium(linux(['/usr/bin/chromium', '/snap/bin/chromium']))).toBe(
				'/usr/bin/chromium',
			);
			expect(chooseChromium(linux([]))).toBeUndefined();
		});

		it('takes CHROME_PATH before all of them, and refuses one that names no file', () => {
			expect(chooseChromium(linux([shell, '/opt/chrome'], '/opt/chrome'))).toBe('/opt/chrome');
			expect(() => chooseChromium(linux([shell], '/opt/chrome'))).toThrow(
				'CHROME_PATH is set to /opt/chrome, but no file is there',
			);
		});

		it('looks for the headless shell on Linux only', () => {
			const mac: ChromiumSearch = {
				...linux([shell, '/Applications/Chromium.app/Contents/MacOS/Chromium']),
				platform: 'darwin',
				candidates: browserCandidates('darwin', {}, '/Users/ada'),
			};
			expect(chooseChromium(mac)).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
		});
	});
});
