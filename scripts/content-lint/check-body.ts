// The body of a page or question: internal links and anchors, <SourceCode path>, the paths of
// <SourceCodeTabs>, <Practice />.
import {
	sourceCodeTabsProblem,
	type TabLanguage,
} from '../../src/components/source-code-lookup.ts';
import { didYouMean } from '../../src/text/closest-word.ts';
import type { LintProblem } from './lint-problem.ts';
import { proseLines, type PageEntry, type SiteIndex } from './site-index.ts';

/** Link targets on a line: Markdown `[text](target)` and `href="target"`, outside inline code. */
export function linkTargets(line: string): string[] {
	const code = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
	const targets: string[] = [];
	for (const match of code.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
		targets.push(match[1] ?? '');
	}
	for (const match of code.matchAll(/\bhref=["']([^"']+)["']/g)) targets.push(match[1] ?? '');
	return targets;
}

function checkAnchor(
	target: string,
	page: PageEntry,
	anchor: string,
	where: string,
): string | undefined {
	if (page.anchors.has(decodeURIComponent(anchor))) return undefined;
	const headings = [...page.anchors].filter((id) => id !== '_top');
	return `${where}: \`${target}\` links to #${anchor}, which is not a heading on ${page.file}. Link to one of its heading slugs (lowercase, hyphens for spaces).${didYouMean(anchor, headings)}`;
}

/** Checks one internal link; returns the problem's message or undefined when it resolves. */
export function checkLink(
	target: string,
	page: PageEntry | undefined,
	site: SiteIndex,
): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined;
	const hashIndex = target.indexOf('#');
	const path = hashIndex === -1 ? target : target.slice(0, hashIndex);
	const anchor = hashIndex === -1 ? '' : target.slice(hashIndex + 1);
	if (path === '') {
		if (!page || anchor === '') return undefined;
		return checkAnchor(target, page, anchor, 'broken anchor');
	}
	if (!path.startsWith('/')) {
		return `relative link \`${target}\`: relative links break when the site is served under a base path. Write it root-absolute with a trailing slash, such as /databases/indexes/.`;
	}
	const pathOnly = path.split('?')[0] ?? path;
	if (site.otherRoutes.has(pathOnly)) return undefined;
	const route = pathOnly.endsWith('/') ? pathOnly : `${pathOnly}/`;
	const linked = site.pagesByRoute.get(route);
	if (!linked && !site.otherRoutes.has(route)) {
		return `broken link \`${target}\`: no page has the route ${route}. Link to an existing page, root-absolute with a trailing slash.${didYouMean(route, [...site.pagesByRoute.keys(), ...site.otherRoutes])}`;
	}
	if (!pathOnly.endsWith('/')) {
		return `link \`${target}\` lacks its trailing slash: write ${route}${anchor ? `#${anchor}` : ''} (the site's URLs all end in /).`;
	}
	if (linked && anchor !== '') return checkAnchor(target, linked, anchor, 'broken anchor');
	return undefined;
}

/**
 * Checks the body of a page (`page` set) or a question (`page` undefined): internal links and
 * anchors, `<SourceCode path>`, `<SourceCodeTabs>` paths and `<Practice />`.
 */
export function checkBody(
	file: string,
	text: string,
	page: PageEntry | undefined,
	site: SiteIndex,
	bodyLine: number,
): LintProblem[] {
	const problems: LintProblem[] = [];
	// A <SourceCodeTabs> element may span lines: its props are read until its closing `>`.
	let insideTabs = false;
	for (const { line, text: content } of proseLines(text)) {
		if (line < bodyLine) continue;
		let tabsText = insideTabs ? content : '';
		const tabsStart = content.search(/<SourceCodeTabs\b/);
		if (!insideTabs && tabsStart !== -1) {
			insideTabs = true;
			tabsText = content.slice(tabsStart);
		}
		if (insideTabs) {
			for (const match of tabsText.matchAll(/\b(ts|python|go|java)=["']([^"']*)["']/g)) {
				const prop = match[1] as TabLanguage;
				const message = sourceCodeTabsProblem(prop, match[2] ?? '', site.referenceFiles);
				if (message) problems.push({ file, line, message });
			}
			if (/>/.test(tabsText.replace(/=["'][^"']*["']/g, ''))) insideTabs = false;
		}
		for (const target of linkTargets(content)) {
			const message = checkLink(target, page, site);
			if (message) problems.push({ file, line, message });
		}
		for (const match of content.matchAll(/<SourceCode\b[^>]*?\bpath=["']([^"']+)["']/g)) {
			const path = match[1] ?? '';
			if (site.referenceFiles.includes(path)) continue;
			problems.push({
				file,
				line,
				message: `<SourceCode path="${path}" />: there is no src/reference/${path}. The path is relative to src/reference, such as rate-limit/token-bucket.ts.${didYouMean(path, site.referenceFiles)}`,
			});
		}
		if (page && /<Practice\b/.test(content) && !site.pagesWithQuestions.has(page.id)) {
			problems.push({
				file,
				line,
				message: `<Practice /> has no questions to show: no file under src/content/questions lists "${page.id}" in \`pages\`. Add one (copy an existing question), or remove the block until you do.`,
			});
		}
	}
	return problems;
}
