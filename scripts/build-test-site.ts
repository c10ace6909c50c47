// `npm run build:test`: the build the browser tests check (see `testBuild` in
// scripts/harness/built-site.ts), the handbook with BASE_PATH=/handbook/ and SITE_URL set, written
// to dist-test/. `npm test` runs it before the browser tests; `npm run build` and `dist/` are left
// as they are.
import { spawnSync } from 'node:child_process';
import { testBuild } from './harness/built-site.ts';
import { productionBuildEnv } from './harness/build-env.ts';

const { status, error } = spawnSync('npx', ['astro', 'build', '--outDir', testBuild.dir], {
	stdio: 'inherit',
	// LLMS_TXT pinned on: the tests read the llms.txt files, whatever the caller's environment says.
	env: productionBuildEnv({
		BASE_PATH: testBuild.base,
		SITE_URL: testBuild.siteUrl,
		LLMS_TXT: 'on',
	}),
});
if (error) {
	console.error(`Could not start astro build: ${error.message}`);
	process.exit(1);
}
process.exit(status ?? 1);
