// Frontmatter of docs pages and questions, checked against the schemas the build uses
// (src/content/frontmatter-schemas.ts), plus the rules the build applies per route.
import { z } from 'astro/zod';
import { didYouMean } from '../../src/text/closest-word.ts';
import {
	docsFields,
	questionFields,
	unknownKeyMessage,
} from '../../src/content/frontmatter-schemas.ts';
import { findMissingMarketFields } from '../../src/content/market-page-rules.ts';
import { lineOfField, type Frontmatter } from './frontmatter-text.ts';
import type { LintProblem } from './lint-problem.ts';
import type { SiteIndex } from './site-index.ts';

// Hero images are checked by the build's image pipeline; here any path string passes.
const docsSchema = docsFields({ image: () => z.string() } as never);

/** `sidebar.order`, `levels[1]`: a field path as a contributor writes it. */
function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
		)
		.join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const part of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<PropertyKey, unknown>)[part];
	}
	return value;
}

/** Turns one schema issue into a sentence naming the field, the value and the fix. */
function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
	const field = fieldName(issue.path);
	const value = valueAt(data, issue.path);
	if (issue.code === 'invalid_type' && value === undefined) {
		return issue.message.startsWith('Invalid input')
			? `frontmatter is missing \`${field}\` (${issue.expected}); add it.`
			: `${issue.message} (\`${field}\` is missing).`;
	}
	if (issue.code === 'invalid_value' && issue.values.length > 0) {
		const allowed = issue.values.map((option) => String(option));
		return `\`${field}\` is ${JSON.stringify(value)}; use one of ${allowed.join(', ')}.${didYouMean(String(value), allowed)}`;
	}
	return `\`${field}\`: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}.`;
}

/** Unknown keys, at every level the schema describes (top level and objects such as `sidebar`). */
function unknownKeys(
	schema: z.ZodType,
	data: unknown,
	path: readonly string[] = [],
): { path: string[]; message: string }[] {
	let inner: unknown = schema;
	// Unwrap optional(), default(), prefault() and the like down to the object.
	while ((inner as { _zod?: { def?: { innerType?: unknown } } })._zod?.def?.innerType) {
		inner = (inner as { _zod: { def: { innerType: unknown } } })._zod.def.innerType;
	}
	if (!(inner instanceof z.ZodObject)) return [];
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
	const shape = inner.shape as Record<string, z.ZodType>;
	const known = Object.keys(shape);
	return Object.entries(data).flatMap(([key, value]) => {
		const field = shape[key];
		if (field === undefined) {
			return [{ path: [...path, key], message: unknownKeyMessage(key, known) }];
		}
		return unknownKeys(field, value, [...path, key]);
	});
}

/** Checks frontmatter against a schema and reports unknown keys, each at its line. */
export function schemaProblems(
	file: string,
	frontmatter: Frontmatter,
	schema: z.ZodType,
): { problems: LintProblem[]; data: unknown } {
	const problems: LintProblem[] = unknownKeys(schema, frontmatter.data).map(
		({ path, message }) => ({
			file,
			line: lineOfField(frontmatter, path),
			message: path.length > 1 ? `\`${path.join('.')}\`: ${message}` : message,
		}),
	);
	const result = schema.safeParse(frontmatter.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			problems.push({
				file,
				line: lineOfField(frontmatter, issue.path),
				message: issueMessage(issue, frontmatter.data),
			});
		}
	}
	return { problems, data: result.success ? result.data : undefined };
}

/** Checks a docs page's frontmatter: the schema, unknown keys and the market-page rule. */
export function checkPageFrontmatter(
	file: string,
	pageId: string,
	frontmatter: Frontmatter,
): LintProblem[] {
	const { problems, data } = schemaProblems(file, frontmatter, docsSchema);
	if (data) {
		const missing = findMissingMarketFields(pageId, data, file);
		if (missing) {
			problems.push({
				file,
				line: frontmatter.firstLine,
				message: missing.replace(`${file}: `, ''),
			});
		}
	}
	return problems;
}

/** Checks a question's frontmatter: the schema, unknown keys, and that `pages` names real pages. */
export function checkQuestionFrontmatter(
	file: string,
	frontmatter: Frontmatter,
	site: SiteIndex,
): LintProblem[] {
	const { problems, data } = schemaProblems(file, frontmatter, questionFields);
	const pages = (data as { pages?: string[] } | undefined)?.pages ?? [];
	const pagesLine = lineOfField(frontmatter, ['pages']);
	for (const [index, id] of pages.entries()) {
		// Astro names the home page (src/content/docs/index.mdx) "index"; the index keys it "".
		if (site.pagesById.has(id === 'index' ? '' : id)) continue;
		const itemLine = frontmatter.lines.findIndex(
			(text, i) => frontmatter.firstLine + i >= pagesLine && text.includes(id),
		);
		problems.push({
			file,
			line: itemLine === -1 ? pagesLine : frontmatter.firstLine + itemLine,
			message: `\`pages[${index}]\` is "${id}", which is not a page: use a page id, the path under src/content/docs without extension (e.g. api-design/pagination).${didYouMean(id, site.pagesById.keys())}`,
		});
	}
	return problems;
}
