import { describe, expect, it } from 'vitest';
import {
	chapterAnchor,
	contentsBySection,
	editionChapters,
	orderChapters,
} from '../../../src/print/chapter-order.ts';

const page = (id: string, title: string, order?: number, print?: boolean) => ({
	id,
	data: { title, sidebar: { order }, print },
});

describe('orderChapters', () => {
	it('puts home first, then sections in sidebar order, then sidebar.order, then page id', () => {
		const ordered = orderChapters(
			[
				page('databases/sharding', 'Sharding', 3),
				page('coding/heaps', 'A heap'),
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

	it('lists the sections in list order, with their index and pages, leaving out an empty one', () => {
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
			{ label: 'Databases', index: 'databases', chapters: ['databases/sharding'] },
		]);
	});

	it('does not take a page of a section whose folder name starts the same', () => {
		const contents = contentsBySection(
			[page('coding-extra/x', 'X'), page('coding/y', 'Y')],
			[{ directory: 'coding', label: 'Coding' }],
		);
		expect(contents[0]?.chapters.map((entry) => entry.id)).toEqual(['coding/y']);
	});

	it('keeps a section that has pages but no index page', () => {
		const contents = contentsBySection([page('coding/y', 'Y')], sections);
		expect(contents.map(({ label, index }) => ({ label, index }))).toEqual([
			{ label: 'Coding', index: undefined },
		]);
	});
});

describe('editionChapters', () => {
	const ordered = [
		page('index', 'Home'),
		page('about', 'About'),
		page('coding', 'Coding', 0),
		page('coding/graphs', 'Graphs', 1),
		page('practice', 'Practice', 0, false),
		page('practice/notes', 'Notes', 1),
		page('databases', 'Databases', 0),
		page('databases/sharding', 'Sharding', 1),
		page('contributing', 'Contributing', 0),
		page('contributing/diagrams', 'Diagrams', 1),
	];
	const readerSections = ['coding', 'practice', 'databases'];
	const ids = (entries: readonly { id: string }[]): string[] => entries.map((entry) => entry.id);

	it('prints the whole handbook: front matter and reader sections, without tools or the contributor guide', () => {
		expect(ids(editionChapters(ordered, readerSections))).toEqual([
			'index',
			'about',
			'coding',
			'coding/graphs',
			'practice/notes',
			'databases',
			'databases/sharding',
		]);
	});

	it('prints one section: its own printable pages in the order given, and nothing else', () => {
		expect(ids(editionChapters(ordered, readerSections, 'databases'))).toEqual([
			'databases',
			'databases/sharding',
		]);
		expect(ids(editionChapters(ordered, readerSections, 'practice'))).toEqual(['practice/notes']);
	});

	it('has no edition for a section outside the reader sections', () => {
		expect(editionChapters(ordered, readerSections, 'contributing')).toEqual([]);
	});
});
