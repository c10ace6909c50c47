import { describe, expect, it } from 'vitest';
import {
	demoteHeadings,
	linkChaptersInternally,
	prefixIds,
} from '../../../src/print/prefix-ids.ts';

describe('prefixIds', () => {
	it('prefixes ids and everything that points at them', () => {
		const html =
			'<h2 id="how-it-works"><a href="#how-it-works">#</a></h2>' +
			'<figure id="diagram-1"><svg aria-labelledby="diagram-1-title" aria-describedby="diagram-1-desc">' +
			'<marker id="arrow"/><path marker-end="url(#arrow)"/><use href="#arrow"/></svg>' +
			'<span id="diagram-1-title">T</span></figure><label for="q">Q</label><a href="https://x.org/#frag">x</a>';
		const out = prefixIds(html, 'ch');
		expect(out).toContain('id="ch--how-it-works"');
		expect(out).toContain('href="#ch--how-it-works"');
		expect(out).toContain('aria-labelledby="ch--diagram-1-title"');
		expect(out).toContain('aria-describedby="ch--diagram-1-desc"');
		expect(out).toContain('url(#ch--arrow)');
		expect(out).toContain('<use href="#ch--arrow"/>');
		expect(out).toContain('for="ch--q"');
		expect(out).toContain('href="https://x.org/#frag"');
	});

	it('keeps two chapters with the same ids apart', () => {
		const chapter = '<span id="diagram-1-title"></span>';
		expect(prefixIds(chapter, 'a')).not.toBe(prefixIds(chapter, 'b'));
	});
});

describe('demoteHeadings', () => {
	it('moves h2 to h5 down one level and leaves h6 and h1 alone', () => {
		expect(demoteHeadings('<h1>a</h1><h2 id="x">b</h2><h5>c</h5><h6>d</h6>')).toBe(
			'<h1>a</h1><h3 id="x">b</h3><h6>c</h6><h6>d</h6>',
		);
	});
});

describe('linkChaptersInternally', () => {
	const anchors = new Map([
		['databases/indexes', 'chapter-databases-indexes'],
		['index', 'chapter-index'],
	]);

	it('points links to chapters in the edition at their anchors, keeping the part of the page', () => {
		const html =
			'<a href="/handbook/databases/indexes/">i</a> <a href="/handbook/databases/indexes/#b-trees">b</a> <a href="/handbook/">h</a>';
		expect(linkChaptersInternally(html, '/handbook/', anchors)).toBe(
			'<a href="#chapter-databases-indexes">i</a> <a href="#chapter-databases-indexes--b-trees">b</a> <a href="#chapter-index">h</a>',
		);
	});

	it('leaves other links alone', () => {
		const html =
			'<a href="/handbook/_astro/a.css">a</a><a href="https://example.org/">e</a><a href="/handbook/nowhere/">n</a>';
		expect(linkChaptersInternally(html, '/handbook/', anchors)).toBe(html);
	});
});
