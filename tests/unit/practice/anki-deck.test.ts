import { describe, expect, it } from 'vitest';
import {
	questionTags,
	readAnkiDeck,
	writeAnkiDeck,
	type AnkiNote,
} from '../../../src/practice/anki-deck.ts';

const notes: AnkiNote[] = [
	{
		id: 'databases/mvcc',
		question: 'Why does a long transaction make <MVCC> tables grow & slow down?',
		answerHtml:
			'<p>Old row versions stay "visible"\tto it.</p>\n# kept as text\n<pre><code>VACUUM;</code></pre>',
		tags: questionTags({
			section: 'databases',
			levels: ['L4', 'L5'],
			kind: 'concept',
			topics: ['mvcc', 'query tuning'],
		}),
	},
	{
		id: 'coding/lru',
		question: '# An LRU cache?',
		answerHtml: '<p>A map and a list.</p>',
		tags: [],
	},
];

describe('Anki deck files', () => {
	it('writes the documented headers: tab separator, HTML, Basic note type, deck, columns, tags column', () => {
		const { headers } = readAnkiDeck(writeAnkiDeck({ name: 'Handbook::Databases', notes }));
		expect(headers).toEqual({
			separator: 'tab',
			html: 'true',
			notetype: 'Basic',
			deck: 'Handbook::Databases',
			columns: 'Front\tBack\tTags',
			'tags column': '3',
		});
	});

	it('reads back every note with its fields intact: tabs, line breaks, quotes and leading #', () => {
		const { rows } = readAnkiDeck(writeAnkiDeck({ name: 'D', notes }));
		expect(rows).toEqual([
			[
				'Why does a long transaction make &lt;MVCC&gt; tables grow &amp; slow down?',
				notes[0]!.answerHtml,
				'section-databases level-L4 level-L5 kind-concept topic-mvcc topic-query-tuning',
			],
			['# An LRU cache?', '<p>A map and a list.</p>', ''],
		]);
	});

	it('starts every note row with a quote, so Anki never reads a row as a comment', () => {
		const body = writeAnkiDeck({ name: 'D', notes }).split('\n').slice(6);
		expect(body[0]).toMatch(/^"/);
		expect(body[3]).toMatch(/^"# An LRU cache\?"/);
		// A line inside a quoted field may start with #: it is field text, not a comment.
		expect(body.filter((line) => line.startsWith('#'))).toEqual(['# kept as text']);
	});

	it('makes tags from section, levels, kind and topics with no spaces', () => {
		const tags = questionTags({
			section: 'system-design',
			levels: ['L6'],
			kind: 'design',
			topics: ['load  balancing'],
		});
		expect(tags).toEqual([
			'section-system-design',
			'level-L6',
			'kind-design',
			'topic-load-balancing',
		]);
	});

	it('refuses a tag with a space, naming the deck and question', () => {
		expect(() =>
			writeAnkiDeck({ name: 'D', notes: [{ ...notes[1]!, tags: ['topic-load balancing'] }] }),
		).toThrow('Anki deck "D", question coding/lru: the tag "topic-load balancing"');
	});

	it('reports an unclosed quote by line when reading', () => {
		expect(() => readAnkiDeck('#separator:tab\n"a\tb\n')).toThrow(
			'line 2: a quoted field is never closed',
		);
	});
});
