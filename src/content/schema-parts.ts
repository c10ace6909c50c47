import { z } from 'astro/zod';

/** Engineering levels the handbook uses, in the Google/Meta numbering most readers know. */
export const levels = ['L3', 'L4', 'L5', 'L6', 'L7'] as const;
export type Level = (typeof levels)[number];

/** Kinds of interview question in the bank. */
export const questionKinds = ['concept', 'design', 'coding', 'behavioural'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** A topic tag: lowercase words joined by hyphens. */
export const topicSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'topics are lowercase kebab-case words, e.g. "rate-limiting"');

/** A cited source: a title and a public http(s) URL. */
export const sourceSchema = z.object({
	title: z.string().min(3),
	url: z.url({ protocol: /^https?$/, error: 'each source needs an absolute http(s) url' }),
});
