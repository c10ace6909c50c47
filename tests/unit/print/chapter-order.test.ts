import { describe, expect, it } from 'vitest';
import { chapterAnchor, orderChapters } from '../../../src/print/chapter-order.ts';

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
