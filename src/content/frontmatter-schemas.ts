// The frontmatter schemas of the two collections, in one place: src/content.config.ts builds the
// site with them and scripts/lint-content.ts checks pages with them, without an Astro runtime.
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { levels } from '../config/levels.ts';
import { questionKinds } from '../config/question-kinds.ts';
import { didYouMean } from '../text/closest-word.ts';
import { searchTermsSchema, sourceSchema, topicSchema } from './schema-parts.ts';

/** The fields the handbook adds to Starlight's own page fields. */
export const handbookDocsFields = z.object({
	/** Required: one sentence on what the reader learns; search results and link previews show it. */
	description: z
		.string({
			error: 'every page needs a `description`: one sentence on what the reader learns',
		})
		.trim()
		.min(1, 'every page needs a `description`: one sentence on what the reader learns'),
	/** Lowercase kebab-case tags; the question bank and the practice filters use the same words. */
	topics: z.array(topicSchema).default([]),
	/** Which levels the page serves, L3 (new grad) to L7 (principal). */
	levels: z.array(z.enum(levels)).default([]),
	/**
	 * Words a reader may search for that the page's title and headings do not use: other
	 * spellings (`behavioural`), abbreviations (`k8s`, `TC`), synonyms (`salary`). Search matches
	 * them as page metadata (src/components/SearchTerms.astro); nothing shows on the page.
	 */
	searchTerms: searchTermsSchema.default([]),
	/**
	 * When a maintainer last checked the page's facts; shown with the sources. Required in
	 * sections flagged `market` in src/config/sections.ts (checked by src/route-middleware.ts).
	 */
	lastReviewed: z.coerce.date().optional(),
	/** Where the page's facts and figures come from; required in `market` sections too. */
	sources: z.array(sourceSchema).default([]),
	/**
	 * Whether the print editions (/print/ and /print/<section>/) include the page; default true.
	 * Set it to false on a page that is a tool rather than reading (a practice widget), which
	 * only works on screen: no edition prints it (its questions stay in the question bank).
	 */
	print: z.boolean().default(true),
});

/** The five lists of a design prompt's `keyPoints`, in the order a round reaches them. */
export const keyPointLists = [
	'requirements',
	'numbers',
	'components',
	'decisions',
	'failures',
] as const;

const keyPointList = z
	.array(
		z
			.string({ error: 'each key point is a short line of text' })
			.trim()
			.min(1, 'a key point cannot be empty'),
		{ error: 'a list of 2 to 6 short key points, one per line starting with `- `' },
	)
	.min(2, 'needs at least 2 key points')
	.max(6, 'holds at most 6 key points; keep the ones a strong answer cannot skip');

/** `keyPoints`: what a strong answer to a full design prompt covers, list by list. */
export const keyPointsSchema = z.object(
	{
		requirements: keyPointList,
		numbers: keyPointList,
		components: keyPointList,
		decisions: keyPointList,
		failures: keyPointList,
	},
	{ error: `keyPoints must hold five lists: ${keyPointLists.join(', ')}` },
);

/** A question file's frontmatter (src/content/questions/<section>/<slug>.md). */
export const questionFields = z.object({
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
	/**
	 * Optional, on a full design prompt: the points a strong answer covers, in five lists. The
	 * mock interview turns them into the checklist a candidate ticks after the round.
	 */
	keyPoints: keyPointsSchema.optional(),
});

/** What Starlight's schema needs from Astro: `image()` for hero images. */
export type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/** The message for a frontmatter key no schema defines, with the nearest known key if close. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
	const hint = didYouMean(key, known);
	return `unknown frontmatter key \`${key}\`.${hint || ` Remove it; known keys are ${known.join(', ')}.`}`;
}

/**
 * Wraps an object schema so that a key it does not define fails with a message naming the
 * nearest known key, instead of being dropped without a word (`level:` for `levels:`).
 */
export function rejectUnknownKeys<Schema extends z.ZodObject>(schema: Schema) {
	const known = Object.keys(schema.shape);
	return z.preprocess((input, context) => {
		if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
		for (const key of Object.keys(input)) {
			if (!known.includes(key)) {
				context.addIssue({ code: 'custom', path: [key], message: unknownKeyMessage(key, known) });
			}
		}
		return input;
	}, schema);
}

/** Starlight's page fields and the handbook's, merged as the build merges them. */
export function docsFields(context: SchemaContext) {
	return docsSchema({ extend: handbookDocsFields })(context);
}

/** The full schema of a docs page, rejecting unknown keys. */
export function docsFrontmatterSchema(context: SchemaContext) {
	return rejectUnknownKeys(docsFields(context));
}

/** The full schema of a question file, rejecting unknown keys. */
export const questionFrontmatterSchema = rejectUnknownKeys(questionFields);
