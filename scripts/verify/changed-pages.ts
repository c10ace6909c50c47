// Which built pages a change touches, from the files it changed: the pages `npm run verify` runs
// the browser checks on.

/**
 * The route (no leading slash, trailing slash) of each page the changed files affect: a page
 * under `src/content/docs/` is its own route (`index.mdx` is its folder's), and a question under
 * `src/content/questions/` affects the pages its `pages:` list names. Other files affect no page
 * by themselves. `readFile` returns a question file's text, or undefined when it was deleted.
 */
export function changedRoutes(
	files: readonly string[],
	readFile: (path: string) => string | undefined,
): string[] {
	const routes = new Set<string>();
	for (const file of files) {
		const page = /^src\/content\/docs\/(.+)\.mdx?$/.exec(file);
		if (page?.[1]) {
			const route = page[1].replace(/(^|\/)index$/, '');
			routes.add(route === '' ? '' : `${route}/`);
			continue;
		}
		if (/^src\/content\/questions\/.+\.md$/.test(file)) {
			for (const id of questionPages(readFile(file) ?? '')) routes.add(`${id}/`);
		}
	}
	return [...routes].sort();
}

/** The page ids in a question file's `pages:` frontmatter, inline (`[a, b]`) or as a list. */
export function questionPages(text: string): string[] {
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	const inline = /^pages:\s*\[(.*)\]\s*$/m.exec(frontmatter);
	if (inline?.[1] !== undefined) {
		return inline[1]
			.split(',')
			.map((id) => id.trim().replace(/^['"]|['"]$/g, ''))
			.filter(Boolean);
	}
	const block = /^pages:\s*\n((?:\s+-\s+.*\n?)+)/m.exec(frontmatter);
	return (block?.[1] ?? '')
		.split('\n')
		.map((line) =>
			line
				.replace(/^\s+-\s+/, '')
				.trim()
				.replace(/^['"]|['"]$/g, ''),
		)
		.filter(Boolean);
}

/** A Playwright `--grep` pattern matching the every-page axe test of each route. */
export function axeTestPattern(routes: readonly string[]): string {
	const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return routes.map((route) => `(^| )/${escape(route)} has no violation`).join('|');
}
