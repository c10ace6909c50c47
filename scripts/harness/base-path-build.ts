// The handbook built as a project site serves it (https://example.github.io/handbook/): BASE_PATH and
// SITE_URL set, into dist-handbook/. tests/e2e/builds/base-path.test.ts checks that build.
//
// `npm test` runs this file beside the unit tests, where one core is otherwise idle, and tells the
// browser tests that the build is this run's (see {@link builtThisRun}); run on their own, the
// browser tests build it themselves. It shares the project folder with the other steps, so it keeps
// Astro's content store in a folder of its own: the production build, the lint and the type check
// each rebuild the default one. Everything else a build writes goes to its own output folder, and
// the drawn-diagram cache is written file by file with a rename, for builds that run side by side.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productionBuildEnv } from './build-env.ts';

/** Where the build is served from, the site it claims, and where it is written. */
export const basePathSite = {
	basePath: '/handbook/',
	siteUrl: 'https://example.github.io',
	outDir: join(process.cwd(), 'dist-handbook'),
} as const;

/** Set by `npm test` for the browser tests when this run has already built {@link basePathSite}. */
export const builtThisRunEnv = 'HANDBOOK_BASE_PATH_BUILT';

/** Whether `env` says this run's dist-handbook/ is already built. */
export function builtThisRun(env: NodeJS.ProcessEnv = process.env): boolean {
	return env[builtThisRunEnv] === basePathSite.outDir;
}

/**
 * `astro build --outDir dist-handbook` with BASE_PATH and SITE_URL set. Resolves when it succeeds;
 * rejects with everything it printed otherwise. `echo` also copies its output to this process's.
 */
export function buildUnderBasePath(echo = false): Promise<void> {
	const { basePath, siteUrl, outDir } = basePathSite;
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
			env: productionBuildEnv({
				BASE_PATH: basePath,
				SITE_URL: siteUrl,
				HANDBOOK_ASTRO_CACHE_DIR: join(process.cwd(), 'node_modules', '.cache', 'astro-base-path'),
			}),
		});
		let output = '';
		const collect = (chunk: Buffer): void => {
			output += chunk.toString();
			if (echo) process.stdout.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(
						new Error(
							`BASE_PATH=${basePath} build failed (exit ${code})${echo ? '' : `:\n${output}`}`,
						),
					),
		);
	});
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		await buildUnderBasePath(true);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
