/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so unit tests can render .astro components with the container API. Unit
// tests only: the browser tests run with Playwright (playwright.config.ts).
export default getViteConfig(
	{
		test: {
			// One worker per core. Vitest's default keeps a core free (one worker on two cores); these
			// tests keep their worker busy, and what they write goes to a folder of their own (mkdtemp)
			// or to the drawn-diagram cache, which is keyed by content and written with a rename. So
			// all cores: 36 s instead of 50 s on two.
			maxWorkers: availableParallelism(),
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
