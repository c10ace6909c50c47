// Finds and launches the Chromium that the browser tests, `npm run pdf` and `npm run bench` drive.
// Order: CHROME_PATH; a Chromium that Playwright already has; /usr/bin/chromium and friends;
// Debian's package installed with apt-get when running as root on Debian or Ubuntu; otherwise one
// line saying how to get one. Nothing here ever downloads a browser. `npm run browser` runs this
// file and prints the path.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

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

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const installHint =
	'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium, or `npm run browser` as root; macOS: install Google Chrome) or set CHROME_PATH to its executable.';

/** The Chromium that Playwright downloaded earlier, if any; none is ever downloaded here. */
function playwrightManagedChromium(): string | undefined {
	try {
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The path of a Chromium already on this machine, or undefined. Throws when CHROME_PATH names a
 * file that is not there, since a wrong setting should not silently fall back to another browser.
 */
export function findChromium(): string | undefined {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(
			`CHROME_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome executable.`,
		);
	}
	return playwrightManagedChromium() ?? systemPaths.find((path) => existsSync(path));
}

function isDebianLike(): boolean {
	try {
		return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		return false;
	}
}

/**
 * The path of a Chromium: one already here, or Debian's package installed with apt-get when this
 * runs as root on Debian or Ubuntu. Throws one line saying how to get a browser otherwise.
 */
export function ensureChromium(
	log: (line: string) => void = (line) => console.error(line),
): string {
	const found = findChromium();
	if (found) return found;
	if (process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
		log(
			"No Chromium found: installing Debian's chromium package (apt-get update && apt-get install -y chromium)...",
		);
		execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		const installed = systemPaths.find((path) => existsSync(path));
		if (installed) return installed;
	}
	throw new Error(installHint);
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
