// Finds the toolchains that `npm run test:languages` runs the Python, Go and Java reference code
// on: python3, go (with a C compiler, which `go test -race` needs), javac and the JUnit 5 console
// launcher. Order for each: a setting that names it (JAVA_HOME, JUNIT_CONSOLE_JAR, CC), the PATH
// or Debian's install path; Debian's package installed with apt-get when running as root on Debian
// or Ubuntu; otherwise one line saying how to install it. The same pattern as java.ts; nothing here
// downloads anything but Debian packages. `node scripts/harness/language-toolchains.ts` prints
// the paths.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, canAptInstall } from './debian-package.ts';

/** A version as major and minor numbers: Go 1.19.8 is [1, 19], Java 17.0.15 is [17, 0]. */
export type Version = readonly [major: number, minor: number];

/** One tool a language's tests need, and how to find, check and install it. */
export interface ToolSpec {
	/** The name used in messages, such as `Go` or `the JUnit 5 console launcher`. */
	readonly label: string;
	/** The tool's path on this machine, or undefined. Throws when a setting names a wrong place. */
	readonly find: (env: NodeJS.ProcessEnv) => string | undefined;
	/** The oldest version that works and how to read a version; omitted when any version does. */
	readonly version?: {
		readonly minimum: Version;
		readonly read: (path: string) => Version | undefined;
	};
	/** Debian packages that provide it (apt-get install). */
	readonly debianPackages: readonly [string, ...string[]];
	/** One line: what is missing and how to install it on Debian/Ubuntu and macOS. */
	readonly installHint: string;
}

/** The path of the Debian junit5 package's console launcher. */
export const debianJunitConsoleJar = '/usr/share/java/junit-platform-console-standalone.jar';

/** The first executable named `command` in the folders of `env.PATH`, or undefined. */
export function findOnPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
	const names = process.platform === 'win32' ? [`${command}.exe`] : [command];
	for (const folder of (env['PATH'] ?? '').split(delimiter)) {
		if (!folder) continue;
		const found = names.map((name) => join(folder, name)).find((path) => existsSync(path));
		if (found) return found;
	}
	return undefined;
}

/** The first `major.minor` after `prefix` in `text`: after /go version go/, `go1.19.8` is [1, 19]. */
export function parseVersion(text: string, prefix: RegExp): Version | undefined {
	const match = new RegExp(`${prefix.source}(\\d+)(?:\\.(\\d+))?`).exec(text);
	return match ? [Number(match[1]), Number(match[2] ?? 0)] : undefined;
}

/** Java before 9 called itself 1.x: `javac 1.8.0_392` is Java 8, `javac 17.0.15` is 17. */
export function javaVersion(version: Version | undefined): Version | undefined {
	return version?.[0] === 1 ? [version[1], 0] : version;
}

/** Runs `path args` and reads a version from what it prints on stdout and stderr. */
function versionFrom(path: string, args: string[], prefix: RegExp): Version | undefined {
	const run = spawnSync(path, args, { encoding: 'utf8' });
	return parseVersion(`${run.stdout ?? ''}${run.stderr ?? ''}`, prefix);
}

const isOlder = (found: Version, minimum: Version): boolean =>
	found[0] < minimum[0] || (found[0] === minimum[0] && found[1] < minimum[1]);

const shown = (version: Version): string => version.join('.');

/** python3, 3.11 or newer (Debian 12's version). */
export const python: ToolSpec = {
	label: 'Python 3',
	find: (env) => findOnPath('python3', env),
	version: {
		minimum: [3, 11],
		read: (path) => versionFrom(path, ['--version'], /Python /),
	},
	debianPackages: ['python3'],
	installHint:
		'No python3 found; the Python reference tests need Python 3.11 or newer. Install it (Debian/Ubuntu: sudo apt-get install python3; macOS: brew install python@3.11) or put python3 on the PATH.',
};

/** go, 1.19 or newer (Debian 12's golang-go; src/reference/go/go.mod says `go 1.19`). */
export const go: ToolSpec = {
	label: 'Go',
	find: (env) => findOnPath('go', env),
	version: {
		minimum: [1, 19],
		read: (path) => versionFrom(path, ['version'], /go version go/),
	},
	debianPackages: ['golang-go'],
	installHint:
		'No go found; the Go reference tests need Go 1.19 or newer. Install it (Debian/Ubuntu: sudo apt-get install golang-go; macOS: brew install go) or put go on the PATH.',
};

/** The C compiler that cgo, and so `go test -race`, calls: CC, else gcc, else clang. */
export const cCompiler: ToolSpec = {
	label: 'a C compiler for go test -race',
	find: (env) => {
		const cc = env['CC'];
		if (cc) {
			const found = cc.includes('/') ? (existsSync(cc) ? cc : undefined) : findOnPath(cc, env);
			if (found) return found;
			throw new Error(
				`CC is set to ${cc}, which is not an executable file or a command on the PATH. Point it at a C compiler (gcc or clang), or unset it.`,
			);
		}
		return findOnPath('gcc', env) ?? findOnPath('clang', env);
	},
	debianPackages: ['gcc', 'libc6-dev'],
	installHint:
		'No C compiler found; go test -race needs one (the race detector uses cgo). Install one (Debian/Ubuntu: sudo apt-get install gcc libc6-dev; macOS: xcode-select --install) or set CC to its path.',
};

/** javac, 17 or newer: JAVA_HOME's bin/javac when JAVA_HOME is set, else the PATH's. */
export const javac: ToolSpec = {
	label: 'the Java compiler (javac)',
	find: (env) => {
		const home = env['JAVA_HOME'];
		if (!home) return findOnPath('javac', env);
		const found = findOnPath('javac', { PATH: join(home, 'bin') });
		if (found) return found;
		throw new Error(
			`JAVA_HOME is set to ${home}, but it has no bin/javac (a Java runtime without the compiler). Point it at a JDK, or unset it to use the javac on the PATH.`,
		);
	},
	version: {
		minimum: [17, 0],
		read: (path) => javaVersion(versionFrom(path, ['-version'], /javac /)),
	},
	debianPackages: ['default-jdk-headless'],
	installHint:
		'No javac found; the Java reference tests need a JDK 17 or newer (a Java runtime alone has no compiler). Install one (Debian/Ubuntu: sudo apt-get install default-jdk-headless; macOS: brew install openjdk@17) or set JAVA_HOME to its folder.',
};

/** The JUnit 5 console launcher jar: JUNIT_CONSOLE_JAR when set, else Debian's junit5 path. */
export function junitConsole(debianJar: string = debianJunitConsoleJar): ToolSpec {
	return {
		label: 'the JUnit 5 console launcher',
		find: (env) => {
			const jar = env['JUNIT_CONSOLE_JAR'];
			if (!jar) return existsSync(debianJar) ? debianJar : undefined;
			if (existsSync(jar)) return jar;
			throw new Error(
				`JUNIT_CONSOLE_JAR is set to ${jar}, which does not exist. Point it at junit-platform-console-standalone.jar, or unset it to use ${debianJar}.`,
			);
		},
		debianPackages: ['junit5'],
		installHint: `No JUnit 5 console launcher found at ${debianJar}; the Java reference tests run on it. Install it (Debian/Ubuntu: sudo apt-get install junit5; macOS and others: download junit-platform-console-standalone 1.9 or newer from Maven Central) and set JUNIT_CONSOLE_JAR to its path if it is elsewhere.`,
	};
}

/** What {@link ensureTool} may do when a tool is missing; tests replace the apt-get parts. */
export interface EnsureOptions {
	readonly env?: NodeJS.ProcessEnv;
	readonly log?: (line: string) => void;
	/** True where installing a Debian package is allowed (root on Debian or Ubuntu). */
	readonly canInstall?: () => boolean;
	readonly install?: (...packages: [string, ...string[]]) => void;
}

/** Throws when the tool at `path` is older than the spec allows, saying what to install. */
function requireVersion(spec: ToolSpec, path: string): string {
	if (!spec.version) return path;
	const found = spec.version.read(path);
	if (found !== undefined && isOlder(found, spec.version.minimum)) {
		throw new Error(
			`${path} is version ${shown(found)}; the reference tests need ${shown(spec.version.minimum)} or newer. ${spec.installHint}`,
		);
	}
	return path;
}

/**
 * The path of the tool: one already here, or the one that Debian's packages install (apt-get, as
 * root on Debian or Ubuntu). Throws the spec's one-line install hint otherwise, and a clear error
 * for a version that is too old or a setting that names a wrong place.
 */
export function ensureTool(spec: ToolSpec, options: EnsureOptions = {}): string {
	const env = options.env ?? process.env;
	const found = spec.find(env);
	if (found) return requireVersion(spec, found);
	if ((options.canInstall ?? canAptInstall)()) {
		const packages = spec.debianPackages.join(' ');
		(options.log ?? ((line: string) => console.error(line)))(
			`Could not find ${spec.label}: installing Debian's ${packages} (apt-get update && apt-get install -y ${packages})...`,
		);
		(options.install ?? aptInstall)(...spec.debianPackages);
		const installed = spec.find(env);
		if (installed) return requireVersion(spec, installed);
	}
	throw new Error(spec.installHint);
}

/** The `java` beside a `javac`, so tests run on the JDK that compiled them. */
export function javaBeside(javacPath: string): string {
	return join(dirname(javacPath), process.platform === 'win32' ? 'java.exe' : 'java');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		for (const spec of [python, go, cCompiler, javac, junitConsole()]) {
			console.log(`${spec.label}: ${ensureTool(spec)}`);
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
