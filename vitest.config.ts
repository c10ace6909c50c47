/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so unit tests can render .astro components with the container API; the
// unit project extends it, the browser tests keep plain Vitest.

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
				{
					test: {
						name: 'e2e',
						include: ['tests/e2e/**/*.test.ts'],
						environment: 'node',
						testTimeout: 120_000,
						hookTimeout: 300_000,
						fileParallelism: false,
					},
				},
			],
		},
	},
	{ configFile: false },
);
