// `npm run verify`: the quick check before a pull request. The content lint, the type check and a
// production build over the whole site (the browser tests' build: `npm run build:test`); then, in
// Chromium, axe in both themes on the pages the change touches (committed on this branch since it
// left main, or not yet committed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ensureChromium } from './harness/chromium.ts';
import { axeTestPattern, changedRoutes } from './verify/changed-pages.ts';

function run(name: string, command: string, args: string[], env = process.env): void {
	console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed. Fix the problems above and run \`npm run verify\` again.`);
		process.exit(result.status ?? 1);
	}
}

function git(args: string[]): string | undefined {
	const result = spawnSync('git', args, { encoding: 'utf8' });
	return result.status === 0 ? result.stdout : undefined;
}

/** Files changed since this branch left main (or origin/main), committed or not, and untracked. */
function changedFiles(): string[] {
	const base = ['origin/main', 'main']
		.map((ref) => git(['merge-base', 'HEAD', ref])?.trim())
		.find((sha) => sha);
	const lines = [
		git(['diff', '--name-only', base ?? 'HEAD']) ?? '',
		git(['ls-files', '--others', '--exclude-standard']) ?? '',
	].join('\n');
	return [...new Set(lines.split('\n').filter(Boolean))];
}

run('content lint', 'node', ['scripts/lint-content.ts']);
run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
run('production build (npm run build:test, into dist-test/)', 'node', [
	'scripts/build-test-site.ts',
]);

const routes = changedRoutes(changedFiles(), (path) =>
	existsSync(path) ? readFileSync(path, 'utf8') : undefined,
);
if (routes.length === 0) {
	console.log('\nNo page changed since main: the browser checks have nothing to open.');
	process.exit(0);
}
console.log(`\nPages this change touches: ${routes.map((route) => `/${route}`).join(', ')}`);
let chrome: string;
try {
	chrome = ensureChromium();
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
run(
	'accessibility (light and dark) and diagram fit of the changed pages',
	'npx',
	[
		'playwright',
		'test',
		'tests/e2e/every-page.test.ts',
		'--project',
		'site',
		'--grep',
		axeTestPattern(routes),
	],
	{ ...process.env, CHROME_PATH: chrome },
);
// The check above reads code lines as plain text; this one checks every token color of the build.
run(
	'code token colors, light and dark',
	'npx',
	['playwright', 'test', 'tests/e2e/themed/code-token-contrast.test.ts'],
	{ ...process.env, CHROME_PATH: chrome },
);
console.log('\n✓ verify passed.');
