// Finds and launches the Chromium that the browser tests, `npm run pdf` and `npm run bench` drive.
// Order: CHROME_PATH; on Linux, Debian's chromium-headless-shell; a Chromium that Playwright already
// has; the usual Chrome, Chromium or Edge install paths on Linux, macOS and Windows; Debian's
// chromium-headless-shell package installed with apt-get when running as root on Debian or Ubuntu;
// otherwise one line saying how to get one. Nothing here ever downloads a browser.
// `npm run browser` runs this file and prints the path.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { aptInstall, canAptInstall } from './debian-package.ts';

/**
 * Launch flags for a headless Chromium on a machine with no network beyond 127.0.0.1: no GPU, no
 * QUIC, no first-run, update, sync or background requests. Playwright adds a fresh temporary
 * `--user-data-dir` to every launch, so no profile state carries over between runs.
 */
export const chromiumArgs: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Chromium's headless shell as Debian packages it: the same Blink and V8 as the browser, without
 * the browser's UI. Playwright itself runs headless tests in this build. Measured on a 2-core
 * machine, opening a page in a new context costs about 0.3 s of CPU here against 0.9 s in
 * `chromium --headless`, which took the browser tests from about 1,040 to 710 CPU seconds.
 */
export const debianHeadlessShell = '/usr/bin/chromium-headless-shell';

const linuxPaths = [
	debianHeadlessShell,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
];

/**
 * Where Chrome, Chromium or Edge (also Chromium) usually live on `platform`, in the order tried.
 * `env` supplies Windows' program folders and `home` the macOS per-user Applications folder.
 */
export function browserCandidates(
	platform: NodeJS.Platform,
	env: NodeJS.ProcessEnv,
	home: string,
): string[] {
	if (platform === 'darwin') {
		const apps = [
			'Google Chrome.app/Contents/MacOS/Google Chrome',
			'Chromium.app/Contents/MacOS/Chromium',
			'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
		];
		return [
			...apps.map((app) => `/Applications/${app}`),
			...apps.map((app) => `${home}/Applications/${app}`),
		];
	}
	if (platform === 'win32') {
		const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
			(root): root is string => Boolean(root),
		);
		const exes = [
			'Google\\Chrome\\Application\\chrome.exe',
			'Chromium\\Application\\chrome.exe',
			'Microsoft\\Edge\\Application\\msedge.exe',
		];
		return exes.flatMap((exe) => roots.map((root) => `${root}\\${exe}`));
	}
	return linuxPaths;
}

/** One line saying how to get a browser on `platform`, with the CHROME_PATH to set. */
export function installHint(platform: NodeJS.Platform): string {
	const start = 'No Chromium found for the browser tests.';
	if (platform === 'darwin') {
		return `${start} Install Google Chrome, or set CHROME_PATH, for example: CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`;
	}
	if (platform === 'win32') {
		return `${start} Install Google Chrome or use Edge by setting CHROME_PATH, for example (PowerShell): $env:CHROME_PATH="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"; npm test`;
	}
	return `${start} Install one (Debian: sudo apt-get install chromium-headless-shell, or \`npm run browser\` as root) or set CHROME_PATH to its executable.`;
}

const systemPaths = browserCandidates(process.platform, process.env, homedir());

/** The Chromium that Playwright downloaded earlier, if any; none is ever downloaded here. */
function playwrightManagedChromium(): string | undefined {
	try {
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** What {@link chooseChromium} reads of the machine. */
export interface ChromiumSearch {
	platform: NodeJS.Platform;
	/** CHROME_PATH, if set. */
	chromePath: string | undefined;
	/** Whether a file is at `path`. */
	exists: (path: string) => boolean;
	/** The Chromium Playwright downloaded earlier, if any: read only when it is needed. */
	playwrightManaged: () => string | undefined;
	/** The platform's usual install paths, in order ({@link browserCandidates}). */
	candidates: readonly string[];
}

/**
 * The first four places in the order this file's header gives (CHROME_PATH, Debian's headless
 * shell, Playwright's Chromium, the usual install paths), on what `search` says is on the machine;
 * undefined if none has one. Installing a browser is {@link ensureChromium}'s. Throws when
 * CHROME_PATH names a file that is not there, since a wrong setting should not silently fall back
 * to another browser.
 */
export function chooseChromium(search: ChromiumSearch): string | undefined {
	const { platform, chromePath, exists } = search;
	if (chromePath) {
		if (exists(chromePath)) return chromePath;
		throw new Error(
			`CHROME_PATH is set to ${chromePath}, but no file is there. Point it at a Chromium or Chrome executable.`,
		);
	}
	if (platform === 'linux' && exists(debianHeadlessShell)) return debianHeadlessShell;
	return search.playwrightManaged() ?? search.candidates.find((path) => exists(path));
}

/** The path of a Chromium already on this machine, or undefined ({@link chooseChromium}). */
export function findChromium(): string | undefined {
	return chooseChromium({
		platform: process.platform,
		chromePath: process.env['CHROME_PATH'],
		exists: existsSync,
		playwrightManaged: playwrightManagedChromium,
		candidates: systemPaths,
	});
}

/**
 * The path of a Chromium: one already here, or Debian's chromium-headless-shell package installed
 * with apt-get when this runs as root on Debian or Ubuntu. Throws one line saying how to get a
 * browser otherwise.
 */
export function ensureChromium(
	log: (line: string) => void = (line) => console.error(line),
): string {
	const found = findChromium();
	if (found) return found;
	if (canAptInstall()) {
		log(
			"No Chromium found: installing Debian's chromium-headless-shell package (apt-get update && apt-get install -y chromium-headless-shell)...",
		);
		aptInstall('chromium-headless-shell');
		const installed = linuxPaths.find((path) => existsSync(path));
		if (installed) return installed;
	}
	throw new Error(installHint(process.platform));
}

/** Launches headless Chromium with {@link chromiumArgs}, installing it first if it must. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: ensureChromium(), args: [...chromiumArgs] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		console.log(ensureChromium());
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
