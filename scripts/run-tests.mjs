// `npm test`: every check, in order, stopping at the first failure. Each step prints its own
// summary; the last line says which steps ran.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';

const steps = [
	{ name: 'type check', command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
	{ name: 'content lint', command: ['node', 'scripts/lint-content.ts'] },
	{ name: 'unit tests', command: ['npx', 'vitest', 'run', '--project', 'unit'] },
	{ name: 'production build', command: ['npx', 'astro', 'build'] },
	{ name: 'browser tests', command: ['npx', 'vitest', 'run', '--project', 'e2e'], needsBrowser: true },
];

const passed = [];
for (const step of steps) {
	console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
	const env = { ...process.env };
	if (step.needsBrowser) {
		try {
			env.CHROME_PATH = await ensureBrowser();
			console.log(`Using Chromium at ${env.CHROME_PATH}`);
		} catch (error) {
			console.error(error instanceof Error ? error.message : String(error));
			process.exit(1);
		}
	}
	const started = Date.now();
	const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}). Steps passed: ${passed.join(', ') || 'none'}.`);
		process.exit(result.status ?? 1);
	}
	passed.push(`${step.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\n✓ All checks passed: ${passed.join(', ')}.`);
