import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes whose value is one id, or several separated by spaces, of the same document. */
const idReferenceAttributes: ReadonlySet<string> = new Set([
	'for',
	'form',
	'list',
	'headers',
	'popovertarget',
	'commandfor',
	'aria-activedescendant',
	'aria-controls',
	'aria-describedby',
	'aria-details',
	'aria-errormessage',
	'aria-flowto',
	'aria-labelledby',
	'aria-owns',
]);

/** What the whole edition's composition check found. */
export interface EditionIdReport {
	/** Elements with an id. */
	ids: number;
	/** Id references followed: reference attributes, `href="#..."`, `url(#...)`. */
	references: number;
	/** One sentence per problem: the edition, the chapter, the id, and what to fix. */
	problems: string[];
}

/** The chapter an element sits in: its `article.print-chapter` id, or the edition's own markup. */
const outsideChapters = "the edition's own markup";

/** True for `<article class="print-chapter" id="...">`, the wrapper PrintChapter.astro writes. */
function chapterId(element: Element): string | undefined {
	if (element.tagName !== 'article') return undefined;
	const classes = element.attrs.find((attribute) => attribute.name === 'class')?.value ?? '';
	if (!classes.split(/\s+/).includes('print-chapter')) return undefined;
	return element.attrs.find((attribute) => attribute.name === 'id')?.value;
}

/** The ids a fragment may name: as written, and percent-decoded, as a browser tries them. */
function fragmentIds(fragment: string): string[] {
	try {
		const decoded = decodeURIComponent(fragment);
		return decoded === fragment ? [fragment] : [fragment, decoded];
	} catch {
		return [fragment];
	}
}

/** A reference from one element to an id, remembered until every id of the edition is known. */
interface Reference {
	chapter: string;
	markup: string;
	ids: string[];
	/** `#` and `#top` scroll to the top of the page without an id. */
	fragment: boolean;
}

/**
 * Checks what composing chapters into one print edition can break and the Nu HTML checker would
 * otherwise have to read the whole edition to see: an id that occurs twice (two chapters, or a
 * chapter and the edition's own markup), and a reference to an id the edition no longer has
 * (`for`, `list`, `headers`, the ARIA id references, `href="#..."` in links and SVG, and
 * `url(#...)` in attributes), which is what a reference left out of prefixIds() or a link that
 * linkChaptersInternally() pointed at a missing part of a chapter looks like.
 * @param html a built print edition (dist/print/index.html or dist/print/<section>/index.html)
 * @param edition its path for messages, e.g. `print/databases/`
 */
export function checkEditionIds(html: string, edition: string): EditionIdReport {
	const firstChapter = new Map<string, string>();
	const duplicates = new Map<string, Set<string>>();
	const references: Reference[] = [];
	let ids = 0;
	const visit = (parent: ParentNode, chapter: string): void => {
		for (const node of parent.childNodes) {
			if (!('tagName' in node)) continue;
			const inChapter = chapterId(node) ?? chapter;
			for (const { name, value } of node.attrs) {
				if (name === 'id') {
					ids += 1;
					const first = firstChapter.get(value);
					if (first === undefined) firstChapter.set(value, inChapter);
					else duplicates.set(value, (duplicates.get(value) ?? new Set([first])).add(inChapter));
				} else if (idReferenceAttributes.has(name)) {
					const named = value.split(/\s+/).filter((id) => id !== '');
					references.push({
						chapter: inChapter,
						markup: `<${node.tagName} ${name}="${value}">`,
						ids: named,
						fragment: false,
					});
				} else if (name === 'href' && value.startsWith('#')) {
					references.push({
						chapter: inChapter,
						markup: `<${node.tagName} href="${value}">`,
						ids: fragmentIds(value.slice(1)),
						fragment: true,
					});
				} else {
					for (const match of value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) {
						references.push({
							chapter: inChapter,
							markup: `<${node.tagName} ${name}="${value}">`,
							ids: [match[1] ?? ''],
							fragment: false,
						});
					}
				}
			}
			visit(node, inChapter);
		}
	};
	visit(parse(html), outsideChapters);

	const problems: string[] = [];
	for (const [id, chapters] of duplicates) {
		problems.push(
			`${edition}: id "${id}" occurs more than once, in ${[...chapters].map((chapter) => `"${chapter}"`).join(' and ')}. ` +
				'Ids in a chapter are made unique by prefixIds() in src/print/prefix-ids.ts: write the id as id="..." so it is prefixed, or give the id in src/components/print/ a name no page uses.',
		);
	}
	let followed = 0;
	for (const reference of references) {
		if (reference.fragment) {
			followed += 1;
			const [fragment = ''] = reference.ids;
			if (fragment === '' || fragment.toLowerCase() === 'top') continue;
			if (reference.ids.some((id) => firstChapter.has(id))) continue;
			problems.push(
				`${edition}: chapter "${reference.chapter}": ${reference.markup} points at id "${fragment}", which the edition does not have. ` +
					'A link inside a chapter is rewritten by prefixIds() or linkChaptersInternally() in src/print/prefix-ids.ts: fix the link on its page, or the rewrite that missed it.',
			);
			continue;
		}
		for (const id of reference.ids) {
			followed += 1;
			if (firstChapter.has(id)) continue;
			problems.push(
				`${edition}: chapter "${reference.chapter}": ${reference.markup} refers to id "${id}", which the edition does not have. ` +
					'prefixIds() in src/print/prefix-ids.ts renames every id of a chapter: add this attribute to its idListAttributes (or the url(#...) rewrite) so the reference is renamed with it.',
			);
		}
	}
	return { ids, references: followed, problems };
}
