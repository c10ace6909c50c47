/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so unit tests can render .astro components with the container API. Unit
// tests only: the browser tests run with Playwright (playwright.config.ts).
export default getViteConfig(
	{
		test: {
			projects: [
				{
					extends: true,
					test: {
						name: 'unit',
						include: ['tests/unit/**/*.test.ts'],
						environment: 'node',
					},
				},
			],
		},
	},
	{ configFile: false },
);
