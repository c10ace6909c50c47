/** The fields of a docs entry that ordering the print edition needs. */
export interface ChapterLike {
	id: string;
	data: {
		title: string;
		sidebar: { order?: number | undefined };
		/** `false` on a tool page (src/content/frontmatter-schemas.ts): no edition prints it. */
		print?: boolean | undefined;
	};
}

/** Pages outside every section, printed first in this order: the home page, then About. */
export const frontMatterPages: readonly string[] = ['index', 'about'];

/**
 * Orders pages the way a reader meets them: the front matter first, then section by section in
 * sidebar order, and inside a section by `sidebar.order` (unset last), then by page id, as
 * Starlight orders the sidebar, so an edition follows the sidebar and its Previous and Next links.
 * @param sectionDirectories section folders in sidebar order (src/config/sections.ts)
 * @throws when a page sits outside every section, naming it, so it is never silently dropped
 */
export function orderChapters<T extends ChapterLike>(
	entries: readonly T[],
	sectionDirectories: readonly string[],
): T[] {
	const sectionIndex = (entry: T): number => {
		const front = frontMatterPages.indexOf(entry.id);
		if (front !== -1) return front - frontMatterPages.length;
		const index = sectionDirectories.indexOf(entry.id.split('/')[0] ?? '');
		if (index === -1) {
			throw new Error(
				`src/content/docs/${entry.id}: the page is in no section of src/config/sections.ts, so the print edition cannot place it. Move it into a section folder, add its folder to sidebarSections, or add its id to frontMatterPages in src/print/chapter-order.ts.`,
			);
		}
		return index;
	};
	const order = (entry: T): number => entry.data.sidebar.order ?? Number.MAX_VALUE;
	return entries
		.map((entry) => ({ entry, section: sectionIndex(entry) }))
		.sort(
			(a, b) =>
				a.section - b.section ||
				order(a.entry) - order(b.entry) ||
				a.entry.id.localeCompare(b.entry.id, 'en'),
		)
		.map(({ entry }) => entry);
}

/** The section folder a page id belongs to: `databases` for `databases/sharding` and `databases`. */
function sectionOf(pageId: string): string {
	return pageId.split('/')[0] ?? '';
}

/**
 * The chapters of one print edition, in the order given: the whole handbook (`section` undefined)
 * is the front matter and every reader's section; a section's edition is that section alone. Pages
 * marked `print: false` (tools that only work on screen) are in no edition, and neither are
 * sections outside `readerSections` (the contributor guide).
 * @param ordered pages as {@link orderChapters} returns them
 * @param readerSections folders of the reader's sections (src/config/sections.ts, sidebarSections)
 * @param section a reader's section folder, for that section's edition
 */
export function editionChapters<T extends ChapterLike>(
	ordered: readonly T[],
	readerSections: readonly string[],
	section?: string,
): T[] {
	const inEdition = (entry: T): boolean =>
		section === undefined
			? frontMatterPages.includes(entry.id) || readerSections.includes(sectionOf(entry.id))
			: sectionOf(entry.id) === section && readerSections.includes(section);
	return ordered.filter((entry) => entry.data.print !== false && inEdition(entry));
}

/** A fragment id for a chapter, unique in the print edition: `chapter-api-design-pagination`. */
export function chapterAnchor(pageId: string): string {
	return `chapter-${pageId.replaceAll('/', '-')}`;
}

/** One section of the print edition's contents: its label, its index chapter and its other chapters. */
export interface ContentsSection<T> {
	directory: string;
	label: string;
	/** The section's index page (`databases`), if the section has one. */
	index: T | undefined;
	/** The section's other pages, in reading order. */
	chapters: T[];
}

/**
 * Groups ordered chapters under the sections of the section list, in its order. A section with no
 * chapter in `ordered` is left out, so the contents name only what the edition prints. The front
 * matter belongs to no section and is left out too.
 * @param ordered chapters as {@link editionChapters} returns them
 * @param sections the section list (src/config/sections.ts)
 */
export function contentsBySection<T extends ChapterLike>(
	ordered: readonly T[],
	sections: readonly { directory: string; label: string }[],
): ContentsSection<T>[] {
	return sections
		.map(({ directory, label }) => {
			const inSection = ordered.filter((entry) => sectionOf(entry.id) === directory);
			return {
				directory,
				label,
				index: inSection.find((entry) => entry.id === directory),
				chapters: inSection.filter((entry) => entry.id !== directory),
			};
		})
		.filter((section) => section.index !== undefined || section.chapters.length > 0);
}
