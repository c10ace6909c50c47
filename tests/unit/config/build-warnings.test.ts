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
