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

/** The build error for `<SourceCode path>` naming a missing file, listing the files that exist. */
export function unknownReferenceMessage(
	path: string,
	route: string,
	known: readonly string[],
): string {
	return (
		`<SourceCode path="${path}" /> (rendered at ${route}): there is no src/reference/${path}. ` +
		`Use a path under src/reference, one of: ${[...known].sort().join(', ')}`
	);
}
