import { describe, expect, it } from 'vitest';
import {
	chapterAnchor,
	contentsBySection,
	orderChapters,
} from '../../../src/print/chapter-order.ts';

const page = (id: string, title: string, order?: number) => ({
	id,
	data: { title, sidebar: { order } },
});

describe('orderChapters', () => {
	it('puts home first, then sections in sidebar order, then sidebar.order, then title', () => {
		const ordered = orderChapters(
			[
				page('databases/sharding', 'Sharding', 3),
				page('coding/heaps', 'Heaps'),
				page('coding/graphs', 'Graphs', 2),
				page('coding/arrays', 'Arrays'),
				page('coding', 'Coding', 0),
				page('index', 'Home'),
				page('databases', 'Databases', 0),
			],
			['coding', 'databases'],
		);
		expect(ordered.map((entry) => entry.id)).toEqual([
			'index',
			'coding',
			'coding/graphs',
			'coding/arrays',
			'coding/heaps',
			'databases',
			'databases/sharding',
		]);
	});

	it('puts the About page after home and before every section', () => {
		const ordered = orderChapters(
			[page('coding', 'Coding', 0), page('about', 'About'), page('index', 'Home')],
			['coding'],
		);
		expect(ordered.map((entry) => entry.id)).toEqual(['index', 'about', 'coding']);
	});

	it('names a page that belongs to no section instead of dropping it', () => {
		expect(() => orderChapters([page('misc/notes', 'Notes')], ['coding'])).toThrow(
			/src\/content\/docs\/misc\/notes.*sections\.ts/,
		);
	});
});

describe('chapterAnchor', () => {
	it('turns a page id into one fragment id', () => {
		expect(chapterAnchor('system-design/designs/chat')).toBe('chapter-system-design-designs-chat');
	});
});

describe('contentsBySection', () => {
	const sections = [
		{ directory: 'coding', label: 'Coding' },
		{ directory: 'reliability', label: 'Reliability' },
		{ directory: 'databases', label: 'Databases' },
	];

	it('lists every section in list order, with its index and its pages, even an empty one', () => {
		const ordered = orderChapters(
			[
				page('index', 'Home'),
				page('databases/sharding', 'Sharding', 3),
				page('coding/graphs', 'Graphs', 2),
				page('coding', 'Coding', 0),
				page('databases', 'Databases', 0),
			],
			sections.map((section) => section.directory),
		);
		const contents = contentsBySection(ordered, sections);
		expect(
			contents.map(({ label, index, chapters }) => ({
				label,
				index: index?.id,
				chapters: chapters.map((entry) => entry.id),
			})),
		).toEqual([
			{ label: 'Coding', index: 'coding', chapters: ['coding/graphs'] },
			{ label: 'Reliability', index: undefined, chapters: [] },
			{ label: 'Databases', index: 'databases', chapters: ['databases/sharding'] },
		]);
	});

	it('does not take a page of a section whose folder name starts the same', () => {
		const contents = contentsBySection(
			[page('coding-extra/x', 'X')],
			[{ directory: 'coding', label: 'Coding' }],
		);
		expect(contents[0]?.chapters).toEqual([]);
	});
});
