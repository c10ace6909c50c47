/**
 * Pure helpers behind <SourceCode>: which language a reference file is highlighted as, and the
 * error a contributor sees when a page names a file that does not exist.
 */
import { closestWord } from '../text/closest-word.ts';

const languageByExtension: Readonly<Record<string, string>> = {
	ts: 'ts',
	py: 'python',
	go: 'go',
	java: 'java',
};

/** The highlighter language for a path under src/reference, from its extension (default `ts`). */
export function referenceLanguage(path: string): string {
	const extension = path.slice(path.lastIndexOf('.') + 1);
	return languageByExtension[extension] ?? 'ts';
}

/** A page's text and its path from the project root, for locating a `<SourceCode>` use. */
export interface PageSource {
	file: string;
	text: string;
}

/** `file:line` of every `<SourceCode path="...">` naming `path` in the given pages. */
export function sourceCodeUses(path: string, pages: readonly PageSource[]): string[] {
	const uses: string[] = [];
	for (const { file, text } of pages) {
		text.split('\n').forEach((line, index) => {
			if (/<SourceCode\b/.test(line) && line.includes(`path="${path}"`)) {
				uses.push(`${file}:${index + 1}`);
			}
		});
	}
	return uses;
}

/**
 * The build error for `<SourceCode path>` naming a missing file: where the page uses it (the
 * `.mdx` file and line, or the route when no page names it), and the files that exist.
 */
export function unknownReferenceMessage(
	path: string,
	uses: readonly string[],
	route: string,
	known: readonly string[],
): string {
	const where = uses.length > 0 ? uses.join(', ') : `the page rendered at ${route}`;
	return (
		`${where}: <SourceCode path="${path}" /> names no file: there is no src/reference/${path}. ` +
		`Use a path under src/reference, one of: ${[...known].sort().join(', ')}`
	);
}

/** The languages `<SourceCodeTabs>` shows, in tab order: its prop, tab label and file extension. */
export const tabLanguages = [
	{ prop: 'ts', label: 'TypeScript', extension: '.ts' },
	{ prop: 'python', label: 'Python', extension: '.py' },
	{ prop: 'go', label: 'Go', extension: '.go' },
	{ prop: 'java', label: 'Java', extension: '.java' },
] as const;

/** A prop of `<SourceCodeTabs>`: `ts`, `python`, `go` or `java`. */
export type TabLanguage = (typeof tabLanguages)[number]['prop'];

/**
 * `file:line` of every `prop="path"` inside a `<SourceCodeTabs ... />` element, which may span
 * several lines, in the given pages.
 */
export function sourceCodeTabsUses(
	prop: TabLanguage,
	path: string,
	pages: readonly PageSource[],
): string[] {
	const uses: string[] = [];
	for (const { file, text } of pages) {
		let inside = false;
		text.split('\n').forEach((line, index) => {
			let rest = line;
			if (!inside) {
				const start = line.search(/<SourceCodeTabs\b/);
				if (start === -1) return;
				inside = true;
				rest = line.slice(start);
			}
			if (new RegExp(`\\b${prop}=["']${escapeRegExp(path)}["']`).test(rest)) {
				uses.push(`${file}:${index + 1}`);
			}
			if (/\/?>/.test(rest.replace(/=["'][^"']*["']/g, ''))) inside = false;
		});
	}
	return uses;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is wrong with `prop="path"` on `<SourceCodeTabs>`, or undefined: a path that names no
 * file under src/reference, or a file of another language than the tab.
 */
export function sourceCodeTabsProblem(
	prop: TabLanguage,
	path: string,
	known: readonly string[],
): string | undefined {
	const language = tabLanguages.find((entry) => entry.prop === prop);
	if (language === undefined) return undefined;
	if (!path.endsWith(language.extension)) {
		return `<SourceCodeTabs ${prop}="${path}" />: the ${language.label} tab shows a ${language.extension} file; give ${prop} a path ending in ${language.extension}, relative to src/reference.`;
	}
	if (known.includes(path)) return undefined;
	const sameLanguage = known.filter((file) => file.endsWith(language.extension));
	const near = closestWord(path, sameLanguage);
	return `<SourceCodeTabs ${prop}="${path}" /> names no file: there is no src/reference/${path}. The path is relative to src/reference${near ? `; did you mean "${near}"?` : '.'}`;
}
