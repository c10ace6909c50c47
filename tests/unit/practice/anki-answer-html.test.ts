import { describe, expect, it } from 'vitest';
import { ankiAnswerHtml } from '../../../src/practice/anki-answer-html.ts';

/** A code block as Expressive Code renders it on the site: stylesheet, script, frame, copy button. */
const expressiveCodeBlock = [
	'<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css">',
	'<script type="module" src="/_astro/ec.js"></script>',
	'<figure class="frame not-content"><figcaption class="header"></figcaption>',
	'<pre data-language="ts"><code>',
	'<div class="ec-line"><div class="code"><span style="--0:#C792EA">const</span><span> a = 1 &#x3C; 2;</span></div></div>',
	'<div class="ec-line"><div class="code"><span class="indent">  </span><span>return a;</span></div></div>',
	'</code></pre>',
	'<div class="copy"><button title="Copy to clipboard" data-code="const a"><div></div></button></div>',
	'</figure></div>',
].join('');

describe('Anki answer HTML', () => {
	it('turns an Expressive Code block into plain pre/code text, keeping lines and indentation', () => {
		expect(ankiAnswerHtml(`<p>Code:</p>${expressiveCodeBlock}`)).toBe(
			'<p>Code:</p><pre><code>const a = 1 &#x3C; 2;\n  return a;</code></pre>',
		);
	});

	it('keeps the markup an answer uses: paragraphs, lists, emphasis, inline code, tables, links', () => {
		const html =
			'<p><strong>Why.</strong> Use <code>SELECT</code> and <em>an index</em>.</p><ul><li>one</li></ul>' +
			'<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
			'<p><a href="https://example.com/x">x</a></p>';
		expect(ankiAnswerHtml(html)).toBe(html);
	});

	it.each([
		['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
		['an iframe', '<p>a</p><iframe src="https://example.com"></iframe>', '<p>a</p>'],
		['a style element', '<style>p{}</style><p>a</p>', '<p>a</p>'],
		['an event handler', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
		['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
		['an inline style', '<p style="color:red">a</p>', '<p>a</p>'],
	])('drops %s', (_name, html, expected) => {
		expect(ankiAnswerHtml(html)).toBe(expected);
	});

	it('makes site links absolute when the site URL is known, and leaves them alone otherwise', () => {
		const html = '<p><a href="/interviews/story-bank/#the-coverage-grid">grid</a></p>';
		expect(ankiAnswerHtml(html, 'https://handbook.example.com')).toBe(
			'<p><a href="https://handbook.example.com/interviews/story-bank/#the-coverage-grid">grid</a></p>',
		);
		expect(ankiAnswerHtml(html)).toBe(html);
	});
});
