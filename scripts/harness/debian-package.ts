// Installs a Debian package when a tool the checks need is missing: only as root on Debian or
// Ubuntu, where apt-get can, and never by downloading anything else. Chromium (chromium.ts), Java
// (java.ts) and the Python, Go and Java toolchains (language-toolchains.ts) use it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** True on Debian, Ubuntu and their derivatives, read from /etc/os-release. */
export function isDebianLike(): boolean {
	try {
		return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		return false;
	}
}

/** True where {@link aptInstall} may run: Linux, as root, on Debian or Ubuntu. */
export function canAptInstall(): boolean {
	return process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike();
}

/** `apt-get update && apt-get install -y --no-install-recommends <names>`, errors on stderr. */
export function aptInstall(...names: [string, ...string[]]): void {
	execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...names], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}
