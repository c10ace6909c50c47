// A section's index page is its table of contents, written by hand: every page of the section,
// nested folders included, must be linked from src/content/docs/<section>/index.mdx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTargets } from './check-body.ts';
import { FrontmatterError, readFrontmatter } from './frontmatter-text.ts';
import type { LintProblem } from './lint-problem.ts';
import { proseLines, type PageEntry, type SiteIndex } from './site-index.ts';

/** The section folder of a docs page id (`system-design/designs/chat` is in `system-design`). */
export function sectionOf(pageId: string): string | undefined {
	const slash = pageId.indexOf('/');
	return slash === -1 ? undefined : pageId.slice(0, slash);
}

/** The page's title and whether it is a draft (drafts are not published, so need no link). */
function titleAndDraft(site: SiteIndex, page: PageEntry): { title: string; draft: boolean } {
	try {
		const { data } = readFrontmatter(readFileSync(join(site.root, page.file), 'utf8'));
		const fields = (data ?? {}) as { title?: unknown; draft?: unknown };
		const title = typeof fields.title === 'string' ? fields.title : page.id;
		return { title, draft: fields.draft === true };
	} catch (error) {
		// The page's own check reports broken frontmatter; here it still needs its link.
		if (error instanceof FrontmatterError) return { title: page.id, draft: false };
		throw error;
	}
}

/**
 * Checks that the index page of each of `sections` links every other page of its section. A
 * missing link is reported on the index page, at the last row of its first table that links a
 * page of the section (where the new row belongs), or else at the first line of its body. A section
 * with no index page, or with no page besides it, passes.
 */
export function checkSectionIndexes(site: SiteIndex, sections: Iterable<string>): LintProblem[] {
	const problems: LintProblem[] = [];
	for (const section of new Set(sections)) {
		const index = site.pagesById.get(section);
		if (!index) continue;
		const text = readFileSync(join(site.root, index.file), 'utf8');
		let bodyLine = 1;
		try {
			bodyLine = readFrontmatter(text).bodyLine;
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
		}
		const linked = new Set<string>();
		let firstText: number | undefined;
		let tableEnd: number | undefined;
		let inPageTable = false;
		for (const { line, text: content } of proseLines(text)) {
			if (line < bodyLine) continue;
			if (firstText === undefined && content.trim() !== '') firstText = line;
			const targets = linkTargets(content).map((target) => {
				const path = target.split('#')[0]?.split('?')[0] ?? '';
				return path.endsWith('/') ? path : `${path}/`;
			});
			for (const path of targets) linked.add(path);
			const isRow = /^\s*\|/.test(content);
			if (!isRow) {
				if (inPageTable) inPageTable = false;
				continue;
			}
			if (tableEnd !== undefined && !inPageTable) continue;
			if (targets.some((path) => path.startsWith(`/${section}/`))) inPageTable = true;
			if (inPageTable) tableEnd = line;
		}
		const missing = [...site.pagesById.values()]
			.filter((page) => sectionOf(page.id) === section && !linked.has(page.route))
			.sort((a, b) => a.id.localeCompare(b.id));
		for (const page of missing) {
			const { title, draft } = titleAndDraft(site, page);
			if (draft) continue;
			problems.push({
				file: index.file,
				line: tableEnd ?? firstText ?? bodyLine,
				message: `does not link ${page.id} (add a row to the page table: [${title}](${page.route}))`,
			});
		}
	}
	return problems;
}
