import { defineConfig } from 'vitest/config';

// Unit tests only; the browser tests run with Playwright (playwright.config.ts).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
		],
	},
});
