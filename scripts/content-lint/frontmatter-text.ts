// Reads a content file's frontmatter as the build does (js-yaml, Astro's own parser) and finds
// the line of a field, so every frontmatter problem is reported at `file:line`.
import { load } from 'js-yaml';

/** A file's frontmatter: the parsed data and the text lines it came from. */
export interface Frontmatter {
	/** The parsed YAML (an object for any valid page). */
	data: unknown;
	/** The YAML lines, without the `---` fences. */
	lines: string[];
	/** 1-based file line of the first YAML line. */
	firstLine: number;
	/** 1-based file line where the body starts, after the closing fence. */
	bodyLine: number;
}

/** Thrown when the frontmatter is missing or is not valid YAML; `line` is in the file. */
export class FrontmatterError extends Error {
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

/** Splits off and parses the frontmatter of a Markdown or MDX file. */
export function readFrontmatter(text: string): Frontmatter {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines[0]?.trim() !== '---') {
		throw new FrontmatterError(
			'the file must start with frontmatter: a `---` line, `title:` and `description:`, and a closing `---`.',
			1,
		);
	}
	const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	if (close === -1) {
		throw new FrontmatterError(
			'the frontmatter is never closed: add a `---` line after its last field.',
			1,
		);
	}
	const yamlLines = lines.slice(1, close);
	try {
		return {
			data: load(yamlLines.join('\n')) ?? {},
			lines: yamlLines,
			firstLine: 2,
			bodyLine: close + 2,
		};
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? (error as Error).message;
		throw new FrontmatterError(
			`the frontmatter is not valid YAML (${reason}). Check the indentation and quote values that contain a colon.`,
			2 + (mark?.line ?? 0),
		);
	}
}

/**
 * The file line of a field such as `['sidebar', 'order']` or `['levels', 1]`: the line of the
 * deepest key that can be found, falling back to the first frontmatter line.
 */
export function lineOfField(frontmatter: Frontmatter, path: readonly PropertyKey[]): number {
	let line = frontmatter.firstLine;
	let from = 0;
	let indent = -1;
	for (const segment of path) {
		if (typeof segment !== 'string') break;
		const pattern = new RegExp(
			`^(\\s*)(- )?${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`,
		);
		let found = false;
		for (let i = from; i < frontmatter.lines.length; i++) {
			const text = frontmatter.lines[i] ?? '';
			const match = pattern.exec(text);
			const depth = (match?.[1] ?? '').length;
			if (match && depth > indent) {
				line = frontmatter.firstLine + i;
				from = i + 1;
				indent = depth;
				found = true;
				break;
			}
			// Past the parent's block: a line indented no deeper than the parent ends it.
			if (indent >= 0 && text.trim() !== '' && text.search(/\S/) <= indent) break;
		}
		if (!found) break;
	}
	return line;
}
