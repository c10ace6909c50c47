import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	cCompiler,
	ensureTool,
	go,
	javac,
	javaVersion,
	junitConsole,
	parseVersion,
	python,
} from '../../../scripts/harness/language-toolchains.ts';

// Fake executables that print what the real ones print when asked their version, so the resolver
// is tested without depending on the toolchains this machine has, and never runs apt-get.
const folders: string[] = [];

afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function emptyFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'fake-toolchain-'));
	folders.push(folder);
	return folder;
}

/** Writes an executable `name` into `folder` that prints `text` to stderr; returns its path. */
function fakeTool(folder: string, name: string, text: string): string {
	const path = join(folder, name);
	writeFileSync(path, `#!/bin/sh\necho '${text}' >&2\n`);
	chmodSync(path, 0o755);
	return path;
}

const noInstall = { canInstall: () => false };

describe('reading versions', () => {
	it('reads the version each tool prints', () => {
		expect(parseVersion('Python 3.11.7', /Python /)).toEqual([3, 11]);
		expect(parseVersion('go version go1.19.8 linux/amd64', /go version go/)).toEqual([1, 19]);
		expect(javaVersion(parseVersion('javac 17.0.15', /javac /))).toEqual([17, 0]);
		expect(javaVersion(parseVersion('javac 1.8.0_392', /javac /))).toEqual([8, 0]);
		expect(parseVersion('command not found', /Python /)).toBeUndefined();
	});
});

describe('finding a toolchain already installed', () => {
	it('finds python3, go and gcc on the PATH', () => {
		const bin = emptyFolder();
		const env = { PATH: bin };
		const py = fakeTool(bin, 'python3', 'Python 3.12.1');
		const goPath = fakeTool(bin, 'go', 'go version go1.22.0 linux/amd64');
		const gcc = fakeTool(bin, 'gcc', 'gcc (Debian 12.2.0-14) 12.2.0');
		expect(ensureTool(python, { env, ...noInstall })).toBe(py);
		expect(ensureTool(go, { env, ...noInstall })).toBe(goPath);
		expect(ensureTool(cCompiler, { env, ...noInstall })).toBe(gcc);
	});

	it('uses JAVA_HOME before the PATH for javac, and names a JAVA_HOME without one', () => {
		const home = emptyFolder();
		mkdirSync(join(home, 'bin'));
		const homeJavac = fakeTool(join(home, 'bin'), 'javac', 'javac 21.0.2');
		const bin = emptyFolder();
		fakeTool(bin, 'javac', 'javac 17.0.15');
		expect(ensureTool(javac, { env: { JAVA_HOME: home, PATH: bin }, ...noInstall })).toBe(
			homeJavac,
		);
		const jreOnly = emptyFolder();
		expect(() => ensureTool(javac, { env: { JAVA_HOME: jreOnly, PATH: bin } })).toThrow(
			/JAVA_HOME is set to .*, but it has no bin\/javac .*Point it at a JDK/,
		);
	});

	it('uses JUNIT_CONSOLE_JAR, then the Debian path, and names a setting that points nowhere', () => {
		const folder = emptyFolder();
		const debianJar = join(folder, 'debian.jar');
		const ownJar = join(folder, 'own.jar');
		writeFileSync(debianJar, '');
		writeFileSync(ownJar, '');
		expect(ensureTool(junitConsole(debianJar), { env: {}, ...noInstall })).toBe(debianJar);
		expect(
			ensureTool(junitConsole(debianJar), { env: { JUNIT_CONSOLE_JAR: ownJar }, ...noInstall }),
		).toBe(ownJar);
		expect(() =>
			ensureTool(junitConsole(debianJar), { env: { JUNIT_CONSOLE_JAR: join(folder, 'no.jar') } }),
		).toThrow(/JUNIT_CONSOLE_JAR is set to .*no\.jar, which does not exist/);
	});

	it('names a CC that is not a compiler instead of falling back to gcc', () => {
		const bin = emptyFolder();
		fakeTool(bin, 'gcc', 'gcc 12');
		expect(() => ensureTool(cCompiler, { env: { CC: 'no-such-cc', PATH: bin } })).toThrow(
			/CC is set to no-such-cc, which is not an executable file or a command on the PATH/,
		);
	});

	it('refuses a version older than the tests need, saying what to install', () => {
		const bin = emptyFolder();
		fakeTool(bin, 'go', 'go version go1.18.10 linux/amd64');
		fakeTool(bin, 'python3', 'Python 3.9.2');
		fakeTool(bin, 'javac', 'javac 1.8.0_392');
		const env = { PATH: bin };
		expect(() => ensureTool(go, { env, ...noInstall })).toThrow(
			/is version 1\.18; the reference tests need 1\.19 or newer\. .*apt-get install golang-go/,
		);
		expect(() => ensureTool(python, { env, ...noInstall })).toThrow(/is version 3\.9; .*3\.11/);
		expect(() => ensureTool(javac, { env, ...noInstall })).toThrow(/is version 8\.0; .*17\.0/);
	});
});

describe('a missing toolchain', () => {
	it('installs the Debian packages where apt-get may run, then uses what they installed', () => {
		const bin = emptyFolder();
		const installed: string[][] = [];
		const lines: string[] = [];
		const path = ensureTool(javac, {
			env: { PATH: bin },
			canInstall: () => true,
			install: (...packages) => {
				installed.push(packages);
				fakeTool(bin, 'javac', 'javac 17.0.15');
			},
			log: (line) => lines.push(line),
		});
		expect(path).toBe(join(bin, 'javac'));
		expect(installed).toEqual([['default-jdk-headless']]);
		expect(lines).toEqual([
			"Could not find the Java compiler (javac): installing Debian's default-jdk-headless (apt-get update && apt-get install -y default-jdk-headless)...",
		]);
	});

	it('asks apt-get for gcc with the C library headers, which cgo links against', () => {
		const installed: string[][] = [];
		expect(() =>
			ensureTool(cCompiler, {
				env: { PATH: emptyFolder() },
				canInstall: () => true,
				install: (...packages) => void installed.push(packages),
				log: () => undefined,
			}),
		).toThrow(/No C compiler found/);
		expect(installed).toEqual([['gcc', 'libc6-dev']]);
	});

	it('says in one line how to install each tool on Debian and macOS', () => {
		const env = { PATH: emptyFolder() };
		const missing = [python, go, cCompiler, javac, junitConsole(join(emptyFolder(), 'none.jar'))];
		const messages = missing.map((spec) => {
			try {
				ensureTool(spec, { env, ...noInstall });
				return 'found';
			} catch (error) {
				return error instanceof Error ? error.message : String(error);
			}
		});
		expect(messages).toHaveLength(5);
		for (const message of messages) {
			expect(message).not.toContain('\n');
			expect(message).toMatch(/Debian\/Ubuntu: sudo apt-get install /);
			expect(message).toMatch(/macOS/);
		}
		expect(messages[0]).toContain('apt-get install python3');
		expect(messages[1]).toContain('apt-get install golang-go');
		expect(messages[2]).toContain('apt-get install gcc libc6-dev');
		expect(messages[3]).toContain('apt-get install default-jdk-headless');
		expect(messages[4]).toContain('apt-get install junit5');
	});
});
