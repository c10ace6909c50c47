// Finds the Java runtime that the markup check runs the Nu HTML Checker (vnu.jar) on. Order:
// JAVA_HOME's bin/java; `java` on the PATH; Debian's default-jre-headless installed with apt-get
// when running as root on Debian or Ubuntu; otherwise one line saying how to get one. Nothing here
// ever downloads a runtime (vnu-jar's own downloader stays off: npm does not run its install
// script). `node scripts/harness/java.ts` runs this file and prints the path.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, canAptInstall } from './debian-package.ts';

const executableNames = process.platform === 'win32' ? ['java.exe'] : ['java'];

/** The oldest Java the Nu HTML Checker's vnu.jar runs on (its README). */
export const minimumJavaVersion = 17;

const installHint = `No Java runtime found for the markup check (the Nu HTML Checker needs Java ${minimumJavaVersion} or newer). Install one (Debian/Ubuntu: sudo apt-get install openjdk-${minimumJavaVersion}-jre-headless, or default-jre-headless where that is ${minimumJavaVersion} or newer; macOS: brew install openjdk) or set JAVA_HOME to its folder.`;

/** The first `java` in the folders of PATH, or undefined. */
function javaOnPath(): string | undefined {
	for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
		if (!folder) continue;
		const found = executableNames
			.map((name) => join(folder, name))
			.find((path) => existsSync(path));
		if (found) return found;
	}
	return undefined;
}

/**
 * The path of a Java runtime already on this machine, or undefined. Throws when JAVA_HOME names a
 * folder without bin/java, since a wrong setting should not silently fall back to another Java.
 */
export function findJava(): string | undefined {
	const home = process.env['JAVA_HOME'];
	if (home) {
		const found = executableNames
			.map((name) => join(home, 'bin', name))
			.find((path) => existsSync(path));
		if (found) return found;
		throw new Error(
			`JAVA_HOME is set to ${home}, but it has no bin/java. Point it at a Java installation, or unset it to use the java on the PATH.`,
		);
	}
	return javaOnPath();
}

/** The major version a Java executable reports (`openjdk version "17.0.15"` is 17), or undefined. */
export function javaMajorVersion(java: string): number | undefined {
	const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
	const match = /version "(?:1\.)?(\d+)/.exec(`${run.stderr}${run.stdout}`);
	return match ? Number(match[1]) : undefined;
}

/** Throws when `java` is older than the checker needs, saying what to install. */
function requireRecentJava(java: string): string {
	const version = javaMajorVersion(java);
	if (version !== undefined && version < minimumJavaVersion) {
		throw new Error(
			`${java} is Java ${version}; the Nu HTML Checker needs Java ${minimumJavaVersion} or newer. ${installHint.replace(/^No Java runtime found for the markup check \([^)]*\)\. /, '')}`,
		);
	}
	return java;
}

/**
 * The path of a Java runtime of version {@link minimumJavaVersion} or newer: one already here, or
 * Debian's default-jre-headless installed with apt-get when this runs as root on Debian or Ubuntu.
 * Throws one line saying how to get Java otherwise.
 */
export function ensureJava(log: (line: string) => void = (line) => console.error(line)): string {
	const found = findJava();
	if (found) return requireRecentJava(found);
	if (canAptInstall()) {
		log(
			"No Java found: installing Debian's default-jre-headless package (apt-get update && apt-get install -y default-jre-headless)...",
		);
		aptInstall('default-jre-headless');
		const installed = javaOnPath();
		if (installed) return requireRecentJava(installed);
	}
	throw new Error(installHint);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		console.log(ensureJava());
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
