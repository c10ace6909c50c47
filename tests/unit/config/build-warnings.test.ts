import { describe, expect, it } from 'vitest';
import { quietKnownBuildNoise } from '../../../src/config/build-warnings.ts';

describe('quietKnownBuildNoise', () => {
	const passed = (warning: { code?: string; message: string }): boolean => {
		let forwarded = false;
		quietKnownBuildNoise(warning, () => {
			forwarded = true;
		});
		return forwarded;
	};

	it("drops the bundler's warning about Astro's head-inject directive", () => {
		expect(
			passed({
				code: 'MODULE_LEVEL_DIRECTIVE',
				message:
					'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/a.mdx" may not be preserved when bundling.',
			}),
		).toBe(false);
	});

	it('passes every other warning on, including other directives', () => {
		expect(
			passed({
				code: 'MODULE_LEVEL_DIRECTIVE',
				message: 'The semantics of the module level directive "use client" may not be preserved.',
			}),
		).toBe(true);
		expect(passed({ code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' })).toBe(true);
		expect(passed({ message: 'use astro:head-inject' })).toBe(true);
	});
});

describe("PGlite's Node code path", () => {
	const forwarded = (warning: Parameters<typeof quietKnownBuildNoise>[0]): boolean => {
		let passed = false;
		quietKnownBuildNoise(warning, () => {
			passed = true;
		});
		return passed;
	};
	const chunk = '/work/site/node_modules/@electric-sql/pglite/dist/chunk-TJQEADO5.js';

	it('drops its direct eval and its node:module import, and nothing like them elsewhere', () => {
		expect(forwarded({ code: 'EVAL', message: 'Use of direct `eval`', id: chunk })).toBe(false);
		expect(
			forwarded({ code: 'EVAL', message: 'Use of direct `eval`', id: '/work/site/src/a.ts' }),
		).toBe(true);
		const externalized = (by: string) => ({
			plugin: 'rolldown:vite-resolve',
			message: `Module "node:module" has been externalized for browser compatibility, imported by "${by}".`,
		});
		expect(forwarded(externalized(chunk))).toBe(false);
		expect(forwarded(externalized('/work/site/src/client/sql/worker.ts'))).toBe(true);
	});

	it("drops the bundler's plugin-timings advisory", () => {
		expect(
			forwarded({ code: 'PLUGIN_TIMINGS', message: 'JavaScript callbacks ran for 7.2s' }),
		).toBe(false);
	});
});
