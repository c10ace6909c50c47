import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureJava, findJava, javaMajorVersion } from '../../../scripts/harness/java.ts';

// Fake `java` executables that print what a real one prints to `java -version`, so the resolver
// is tested without depending on the Java this machine has.
const folders: string[] = [];
let savedEnv: { JAVA_HOME: string | undefined; PATH: string | undefined };

beforeEach(() => {
	savedEnv = { JAVA_HOME: process.env['JAVA_HOME'], PATH: process.env['PATH'] };
});

afterEach(() => {
	for (const [key, value] of Object.entries(savedEnv)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A Java home whose bin/java reports `version`, e.g. `17.0.15` or `1.8.0_392`. */
function fakeJavaHome(version: string): string {
	const home = mkdtempSync(join(tmpdir(), 'fake-java-'));
	folders.push(home);
	mkdirSync(join(home, 'bin'));
	const java = join(home, 'bin', 'java');
	writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2025-04-15' >&2\n`);
	chmodSync(java, 0o755);
	return home;
}

describe('the Java resolver for the markup check', () => {
	it('reads the major version from both version styles', () => {
		expect(javaMajorVersion(join(fakeJavaHome('17.0.15'), 'bin', 'java'))).toBe(17);
		expect(javaMajorVersion(join(fakeJavaHome('1.8.0_392'), 'bin', 'java'))).toBe(8);
	});

	it('uses JAVA_HOME first, before any java on the PATH', () => {
		const home = fakeJavaHome('21.0.1');
		process.env['JAVA_HOME'] = home;
		process.env['PATH'] = join(fakeJavaHome('17.0.2'), 'bin');
		expect(findJava()).toBe(join(home, 'bin', 'java'));
		expect(ensureJava()).toBe(join(home, 'bin', 'java'));
	});

	it('finds java on the PATH when JAVA_HOME is unset', () => {
		delete process.env['JAVA_HOME'];
		const bin = join(fakeJavaHome('17.0.2'), 'bin');
		process.env['PATH'] = bin;
		expect(ensureJava()).toBe(join(bin, 'java'));
	});

	it('names a JAVA_HOME that has no bin/java instead of falling back', () => {
		process.env['JAVA_HOME'] = join(tmpdir(), 'no-such-java-home');
		expect(() => findJava()).toThrow(
			/JAVA_HOME is set to .*no-such-java-home, but it has no bin\/java/,
		);
	});

	it('refuses a Java older than the checker needs, saying what to install', () => {
		process.env['JAVA_HOME'] = fakeJavaHome('11.0.22');
		expect(() => ensureJava()).toThrow(
			/is Java 11; the Nu HTML Checker needs Java 17 or newer\. Install one/,
		);
	});
});
