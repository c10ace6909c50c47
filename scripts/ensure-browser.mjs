// Finds a Chromium for the browser tests, installing Debian's package when that is possible.
// Order: CHROME_PATH; a Playwright-managed Chromium; /usr/bin/chromium; apt-get as root on
// Debian/Ubuntu; otherwise one line saying how to get one. Prints the path when run directly.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium that Playwright downloaded, if any (none can be downloaded on some machines). */
async function playwrightManagedChromium() {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function isDebianLike() {
	try {
		return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		return false;
	}
}

/**
 * Resolves the path of a Chromium executable.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export async function ensureBrowser({ install = true, log = (line) => console.error(line) } = {}) {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(
			`CHROME_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome executable.`,
		);
	}
	const managed = await playwrightManagedChromium();
	if (managed) return managed;
	const system = systemPaths.find((path) => existsSync(path));
	if (system) return system;
	if (install && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
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
	throw new Error(
		'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome) or set CHROME_PATH to its executable.',
	);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	ensureBrowser()
		.then((path) => console.log(path))
		.catch((error) => {
			console.error(error.message);
			process.exit(1);
		});
}
