import { marketSectionDirectories } from '../config/sections.ts';

/**
 * Returns a contributor-facing error when a page in a market section (`market: true` in
 * src/config/sections.ts) lacks `lastReviewed` or `sources`, or `undefined` when the page is fine
 * or not a market page.
 */
export function findMissingMarketFields(
	id: string,
	data: { lastReviewed?: Date | undefined; sources?: readonly unknown[] | undefined },
	filePath: string | undefined,
): string | undefined {
	const section = id.split('/')[0] ?? '';
	if (!marketSectionDirectories.includes(section)) return undefined;
	const missing: string[] = [];
	if (!data.lastReviewed) missing.push('`lastReviewed` (e.g. lastReviewed: 2026-11-22)');
	if (!data.sources || data.sources.length === 0) {
		missing.push('`sources` (a list of { title, url } for the facts on the page)');
	}
	if (missing.length === 0) return undefined;
	return `${filePath ?? id}: frontmatter is missing ${missing.join(' and ')}. Pages under ${marketSectionDirectories.map((s) => `${s}/`).join(' and ')} make market claims, so they must say when they were checked and where the facts come from.`;
}
