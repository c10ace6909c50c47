import { describe, expect, it } from 'vitest';
import { browserCandidates, installHint } from '../../../scripts/harness/chromium.ts';

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
});
