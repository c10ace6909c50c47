import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsFrontmatterSchema, questionFrontmatterSchema } from './content/frontmatter-schemas.ts';
import { sqlExerciseSchema } from './content/sql-exercise-schema.ts';

// The schemas live in src/content/frontmatter-schemas.ts, so `npm run lint:content` checks pages
// against the same definitions without a build.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema }),
	// Starlight reads its UI strings from here (src/content/i18n/en.yml keeps its defaults).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	questions: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './src/content/questions' }),
		schema: questionFrontmatterSchema,
	}),
	// SQL exercises: one file each, shown by <SqlExercises topics={[...]} /> on the exercises page;
	// the model solution is src/reference/sql/exercises/<id>.sql.
	sqlExercises: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './src/content/sql-exercises' }),
		schema: sqlExerciseSchema,
	}),
};
