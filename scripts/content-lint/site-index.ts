// What the content lint knows about the whole site before it checks any file: every page's id,
// route and heading anchors, the other routes, and the files under src/reference.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { readFrontmatter } from './frontmatter-text.ts';

/** One docs page. */
export interface PageEntry {
	/** Path from the project root, with forward slashes. */
	file: string;
	/** The page id as the docs loader makes it: `api-design/pagination`, `` for the home page. */
	id: string;
	/** The URL path, root-absolute with a trailing slash. */
	route: string;
	/** Ids a link can target with `#`: heading slugs, `id="..."` attributes, and `_top`. */
	anchors: Set<string>;
}

/** Everything the checks look up. */
export interface SiteIndex {
	root: string;
	pagesById: Map<string, PageEntry>;
	pagesByRoute: Map<string, PageEntry>;
	/** Routes that are not docs pages (src/pages) and files served as they are (public/). */
	otherRoutes: Set<string>;
	/** Paths under src/reference, with forward slashes: `rate-limit/token-bucket.ts`. */
	referenceFiles: string[];
	/** Page ids that at least one question lists in `pages`. */
	pagesWithQuestions: Set<string>;
}

/** Every file under `dir` (recursively) whose name matches, as paths from `root`. */
export function listFiles(root: string, dir: string, pattern: RegExp): string[] {
	const absolute = join(root, dir);
	if (!existsSync(absolute)) return [];
	const found: string[] = [];
	const walk = (path: string): void => {
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) walk(join(path, name));
		} else if (pattern.test(path)) {
			found.push(relative(root, path).split(sep).join('/'));
		}
	};
	walk(absolute);
	return found;
}

/** The page id of a docs file: its path under src/content/docs without extension or `/index`. */
export function pageIdOf(file: string): string {
	return file
		.replace(/^src\/content\/docs\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
}

/** Lines outside fenced code blocks and comments (MDX and HTML), with their 1-based numbers. */
export function proseLines(text: string): { line: number; text: string }[] {
	const result: { line: number; text: string }[] = [];
	let fence: string | undefined;
	let commentEnd: string | undefined;
	text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.forEach((content, index) => {
			const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(content)?.[1];
			if (commentEnd === undefined && fence === undefined && marker) {
				fence = marker;
				return;
			}
			if (fence !== undefined) {
				if (
					marker !== undefined &&
					marker[0] === fence[0] &&
					marker.length >= fence.length &&
					content.trim() === marker
				) {
					fence = undefined;
				}
				return;
			}
			// Blank out comments, which may span lines, keeping the columns of the rest.
			let visible = '';
			let rest = content;
			while (rest !== '') {
				if (commentEnd !== undefined) {
					const end = rest.indexOf(commentEnd);
					if (end === -1) {
						visible += ' '.repeat(rest.length);
						rest = '';
					} else {
						visible += ' '.repeat(end + commentEnd.length);
						rest = rest.slice(end + commentEnd.length);
						commentEnd = undefined;
					}
					continue;
				}
				const open = /\{\/\*|<!--/.exec(rest);
				if (!open) {
					visible += rest;
					rest = '';
				} else {
					visible += rest.slice(0, open.index) + ' '.repeat(open[0].length);
					rest = rest.slice(open.index + open[0].length);
					commentEnd = open[0] === '<!--' ? '-->' : '*/}';
				}
			}
			result.push({ line: index + 1, text: visible });
		});
	return result;
}

/** A heading's text as it is rendered, without Markdown syntax, for slugging. */
function headingText(markdown: string): string {
	return markdown
		.replace(/`([^`]*)`/g, '$1')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/\\(.)/g, '$1')
		.trim();
}

/**
 * The anchors of a page, computed as the build computes them: github-slugger over each heading's
 * text in document order (a repeated heading gets `-1`, `-2`), plus explicit `id="..."` attributes
 * and Starlight's `_top`.
 */
export function pageAnchors(text: string): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>(['_top']);
	let inFrontmatter = text.startsWith('---');
	let first = true;
	for (const { text: line } of proseLines(text)) {
		if (inFrontmatter) {
			if (!first && line.trim() === '---') inFrontmatter = false;
			first = false;
			continue;
		}
		const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
		if (heading) anchors.add(slugger.slug(headingText(heading[1] ?? '')));
		for (const match of line.matchAll(/\bid=["']([^"']+)["']/g)) anchors.add(match[1] ?? '');
	}
	return anchors;
}

/** Builds the index of the site under `root`. */
export function buildSiteIndex(root: string): SiteIndex {
	const pagesById = new Map<string, PageEntry>();
	const pagesByRoute = new Map<string, PageEntry>();
	for (const file of listFiles(root, 'src/content/docs', /\.mdx?$/)) {
		const id = pageIdOf(file);
		const page: PageEntry = {
			file,
			id,
			route: id === '' ? '/' : `/${id}/`,
			anchors: pageAnchors(readFileSync(join(root, file), 'utf8')),
		};
		pagesById.set(id, page);
		pagesByRoute.set(page.route, page);
	}
	const otherRoutes = new Set<string>();
	for (const file of listFiles(root, 'src/pages', /\.(astro|md|mdx|ts)$/)) {
		const route = file.replace(/^src\/pages\//, '').replace(/\.(astro|mdx?|ts)$/, '');
		if (!route.includes('[')) otherRoutes.add(`/${route.replace(/(^|\/)index$/, '')}/`);
	}
	for (const file of listFiles(root, 'public', /./)) {
		otherRoutes.add(file.replace(/^public/, ''));
	}
	const referenceFiles = listFiles(root, 'src/reference', /\.(ts|py|go|java)$/).map((file) =>
		file.replace(/^src\/reference\//, ''),
	);
	const pagesWithQuestions = new Set<string>();
	for (const file of listFiles(root, 'src/content/questions', /\.md$/)) {
		try {
			const { data } = readFrontmatter(readFileSync(join(root, file), 'utf8'));
			const pages = (data as { pages?: unknown }).pages;
			if (Array.isArray(pages)) for (const id of pages) pagesWithQuestions.add(String(id));
		} catch {
			// A question with broken frontmatter is reported when the question itself is checked.
		}
	}
	return { root, pagesById, pagesByRoute, otherRoutes, referenceFiles, pagesWithQuestions };
}
