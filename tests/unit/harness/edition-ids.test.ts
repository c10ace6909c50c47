import { describe, expect, it } from 'vitest';
import { checkEditionIds } from '../../../scripts/harness/edition-ids.ts';
import { linkChaptersInternally, prefixIds } from '../../../src/print/prefix-ids.ts';

const anchors = new Map([
	['databases/indexes', 'chapter-databases-indexes'],
	['databases/sharding', 'chapter-databases-sharding'],
]);

/** One chapter as PrintChapter.astro composes it: ids prefixed, links to chapters kept inside. */
function chapter(pageId: string, body: string): string {
	const anchor = anchors.get(pageId) ?? '';
	return (
		`<article class="print-chapter" id="${anchor}" aria-labelledby="${anchor}--title">` +
		`<h2 id="${anchor}--title">${pageId}</h2>` +
		linkChaptersInternally(prefixIds(body, anchor), '/', anchors) +
		'</article>'
	);
}

/** An edition around its chapters, with a contents list linking each, as PrintEdition.astro writes. */
function edition(...chapters: string[]): string {
	const contents = chapters
		.flatMap((html) => [...html.matchAll(/<article class="print-chapter" id="([^"]+)"/g)])
		.map((match) => `<a href="#${match[1] ?? ''}">${match[1] ?? ''}</a>`);
	return (
		'<!doctype html><html lang="en"><head><title>E</title></head><body><span id="_top"></span>' +
		'<nav class="print-toc" aria-labelledby="print-toc-heading"><h2 id="print-toc-heading">Contents</h2>' +
		`${contents.join('')}<a href="#_top">Top</a><a href="#top">Top</a></nav><div class="print-edition">${chapters.join('')}</div></body></html>`
	);
}

/** The same body on two pages: every id and reference a page can hold, which prefixIds renames. */
const body =
	'<h2 id="overview"><a href="#overview">Overview</a></h2>' +
	'<figure id="diagram-1"><svg aria-labelledby="diagram-1-title"><title id="diagram-1-title">T</title>' +
	'<marker id="arrow"/><path marker-end="url(#arrow)"/><use xlink:href="#arrow"/></svg></figure>' +
	'<label for="q">Q</label><input id="q" aria-describedby="q-hint"><p id="q-hint">Hint</p>' +
	'<table><tr><th id="h">H</th></tr><tr><td headers="h">1</td></tr></table>' +
	'<a href="/databases/sharding/#overview">Sharding</a> <a href="#">Top</a>';

describe('checkEditionIds', () => {
	it('passes an edition whose chapters hold the same ids and references, each renamed', () => {
		const report = checkEditionIds(
			edition(chapter('databases/indexes', body), chapter('databases/sharding', body)),
			'print/databases/',
		);
		expect(report.problems).toEqual([]);
		// The edition's own two, and nine in each chapter.
		expect(report.ids).toBe(2 + 2 * 9);
		// Each chapter: its title's and nine in the body; the contents: its heading's and four links.
		expect(report.references).toBe(5 + 2 * 10);
	});

	it('names both chapters and the id when an id escaped the prefix and occurs twice', () => {
		const report = checkEditionIds(
			edition(
				chapter('databases/indexes', "<p id='note'>a</p>"),
				chapter('databases/sharding', "<p id='note'>b</p>"),
			),
			'print/databases/',
		);
		expect(report.problems).toEqual([
			expect.stringMatching(
				/^print\/databases\/: id "note" occurs more than once, in "chapter-databases-indexes" and "chapter-databases-sharding"\. .*prefixIds\(\) in src\/print\/prefix-ids\.ts/,
			),
		]);
	});

	it("reports an id of the edition's own markup that a chapter repeats", () => {
		const report = checkEditionIds(
			edition(chapter('databases/indexes', "<h2 id='print-toc-heading'>x</h2>")),
			'print/',
		);
		expect(report.problems).toEqual([
			expect.stringContaining(
				`id "print-toc-heading" occurs more than once, in "the edition's own markup" and "chapter-databases-indexes"`,
			),
		]);
	});

	it('reports an ARIA reference that prefixIds does not rename, with the chapter and the id', () => {
		const report = checkEditionIds(
			edition(
				chapter(
					'databases/indexes',
					'<input id="email" aria-errormessage="email-error"><p id="email-error">Wrong</p>',
				),
			),
			'print/databases/',
		);
		expect(report.problems).toEqual([
			'print/databases/: chapter "chapter-databases-indexes": <input aria-errormessage="email-error"> refers to id "email-error", which the edition does not have. ' +
				'prefixIds() in src/print/prefix-ids.ts renames every id of a chapter: add this attribute to its idListAttributes (or the url(#...) rewrite) so the reference is renamed with it.',
		]);
	});

	it('reports each missing id of a list attribute, and list, popovertarget and url(#) references', () => {
		const report = checkEditionIds(
			edition(
				chapter(
					'databases/indexes',
					'<p id="a">a</p><div role="group" aria-labelledby="a b"></div>' +
						'<input list="choices"><button popovertarget="tip">?</button>',
				),
			),
			'print/',
		);
		expect(report.problems.map((problem) => /refers to id "([^"]+)"/.exec(problem)?.[1])).toEqual([
			'chapter-databases-indexes--b',
			'choices',
			'tip',
		]);
		const svg = checkEditionIds(
			edition(
				`<article class="print-chapter" id="c"><svg><path fill="url(#gone)"/></svg></article>`,
			),
			'print/',
		);
		expect(svg.problems).toEqual([
			expect.stringContaining('chapter "c": <path fill="url(#gone)">'),
		]);
	});

	it('reports a link to a part of a chapter that does not exist', () => {
		const report = checkEditionIds(
			edition(chapter('databases/indexes', '<a href="/databases/sharding/#no-such-part">x</a>')),
			'print/databases/',
		);
		expect(report.problems).toEqual([
			expect.stringMatching(
				/^print\/databases\/: chapter "chapter-databases-indexes": <a href="#chapter-databases-sharding--no-such-part"> points at id "chapter-databases-sharding--no-such-part", which the edition does not have\. .*linkChaptersInternally\(\)/,
			),
		]);
	});

	it('reports a chapter\'s "scroll to the top" link, which prefixIds renames to a missing id', () => {
		const report = checkEditionIds(
			edition(chapter('databases/indexes', '<a href="#top">Top</a>')),
			'print/',
		);
		expect(report.problems).toEqual([
			expect.stringContaining('points at id "chapter-databases-indexes--top"'),
		]);
	});

	it('follows a percent-encoded fragment to its id', () => {
		const report = checkEditionIds(
			edition('<p id="café">x</p><a href="#caf%C3%A9">x</a>'),
			'print/',
		);
		expect(report.problems).toEqual([]);
	});
});
