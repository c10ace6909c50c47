import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { levels } from './config/levels.ts';
import { questionKinds } from './config/question-kinds.ts';
import { sourceSchema, topicSchema } from './content/schema-parts.ts';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				/** Lowercase kebab-case tags; the question bank and the practice filters use the same words. */
				topics: z.array(topicSchema).default([]),
				/** Which levels the page serves, L3 (new grad) to L7 (principal). */
				levels: z.array(z.enum(levels)).default([]),
				/**
				 * When a maintainer last checked the page's facts; shown with the sources. Required in
				 * sections flagged `market` in src/config/sections.ts (checked by src/route-middleware.ts).
				 */
				lastReviewed: z.coerce.date().optional(),
				/** Where the page's facts and figures come from; required in `market` sections too. */
				sources: z.array(sourceSchema).default([]),
				/**
				 * Whether the print edition (/print/) includes the page's body; default true. Set it to
				 * false on a page that is a tool rather than reading (a practice widget): its chapter
				 * keeps the title, description and questions but not the widget and its script.
				 */
				print: z.boolean().default(true),
			}),
		}),
	}),
	questions: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './src/content/questions' }),
		schema: z.object({
			/** The question as the interviewer would ask it. */
			question: z.string().min(10),
			/** What sort of round asks it. */
			kind: z.enum(questionKinds),
			topics: z.array(topicSchema).min(1),
			levels: z.array(z.enum(levels)).min(1),
			/** Page ids (`section/slug`) whose Practice block shows this question. */
			pages: z
				.array(
					z
						.string()
						.regex(
							/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
							'a page id such as api-design/pagination (no leading or trailing slash)',
						),
				)
				.min(1),
			/** Questions an interviewer asks next. */
			followUps: z.array(z.string()).default([]),
		}),
	}),
};
