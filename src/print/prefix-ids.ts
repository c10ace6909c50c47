/** Attributes that hold one or more ids, separated by spaces. */
const idListAttributes = [
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'aria-details',
	'for',
	'headers',
];

/**
 * Makes every id in a chapter's HTML unique within the print edition by prefixing it, and keeps
 * what refers to those ids working: `#fragment` links, ARIA and label references, and SVG
 * `url(#...)` / `href="#..."` references inside diagrams.
 * @param prefix e.g. `chapter-api-design-pagination`; ids become `<prefix>--<id>`
 */
export function prefixIds(html: string, prefix: string): string {
	const renamed = (id: string): string => `${prefix}--${id}`;
	let out = html.replace(
		/(\sid=")([^"]+)(")/g,
		(_all, start: string, id: string, end: string) => `${start}${renamed(id)}${end}`,
	);
	out = out.replace(
		/(\s(?:xlink:)?href=")#([^"]+)(")/g,
		(_all, start: string, id: string, end: string) => `${start}#${renamed(id)}${end}`,
	);
	out = out.replace(/url\(#([^)]+)\)/g, (_all, id: string) => `url(#${renamed(id)})`);
	for (const attribute of idListAttributes) {
		const pattern = new RegExp(`(\\s${attribute}=")([^"]+)(")`, 'g');
		out = out.replace(
			pattern,
			(_all, start: string, ids: string, end: string) =>
				`${start}${ids.split(/\s+/).map(renamed).join(' ')}${end}`,
		);
	}
	return out;
}

/**
 * Moves every heading one level down (h2 becomes h3, down to h6), so a chapter's sections sit
 * under the chapter title in the print edition's outline.
 */
export function demoteHeadings(html: string): string {
	return html.replace(
		/<(\/?)h([2-5])\b/g,
		(_all, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
	);
}

/**
 * Points links to other handbook pages at their chapter in the print edition, so the PDF's
 * cross-references stay inside the document. Links to pages not in the edition are left alone.
 * @param base site base path; `href="<base>section/slug/#part"` becomes `#chapter-section-slug--part`
 * @param anchors page id to chapter anchor, for every chapter in the edition
 */
export function linkChaptersInternally(
	html: string,
	base: string,
	anchors: ReadonlyMap<string, string>,
): string {
	return html.replace(
		/(\shref=")([^"#]*)(#[^"]*)?(")/g,
		(all, start: string, path: string, hash: string | undefined, end: string) => {
			if (!path.startsWith(base)) return all;
			const pageId = path.slice(base.length).replace(/\/$/, '') || 'index';
			const anchor = anchors.get(pageId);
			if (!anchor) return all;
			return `${start}#${hash ? `${anchor}--${hash.slice(1)}` : anchor}${end}`;
		},
	);
}
