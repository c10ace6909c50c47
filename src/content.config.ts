import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsFrontmatterSchema, questionFrontmatterSchema } from './content/frontmatter-schemas.ts';

// The schemas live in src/content/frontmatter-schemas.ts, so `npm run lint:content` checks pages
// against the same definitions without a build.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema }),
	questions: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './src/content/questions' }),
		schema: questionFrontmatterSchema,
	}),
};
