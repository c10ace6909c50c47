import { z } from 'astro/zod';

/** A topic tag: lowercase words joined by hyphens. */
export const topicSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'topics are lowercase kebab-case words, e.g. "rate-limiting"');

/** A cited source: a title and a public http(s) URL. */
export const sourceSchema = z.object({
	title: z.string().min(3),
	url: z.url({ protocol: /^https?$/, error: 'each source needs an absolute http(s) url' }),
});
