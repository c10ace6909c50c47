/**
 * Pure helpers behind <SourceCode>: which language a reference file is highlighted as, and the
 * error a contributor sees when a page names a file that does not exist.
 */

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
