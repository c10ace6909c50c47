import { describe, expect, it } from 'vitest';
import {
	checkTitle,
	nextSidebarOrder,
	pageTemplate,
	parsePageId,
} from '../../../scripts/scaffold/page-scaffold.ts';
import { handbookSections } from '../../../src/config/sections.ts';

const sections = ['landscape', 'interviews', 'coding', 'system-design'];

describe('parsePageId', () => {
	it('accepts section/slug and section/folder/slug, tolerating slashes and an extension', () => {
		expect(parsePageId('coding/heaps', sections)).toEqual({
			section: 'coding',
			id: 'coding/heaps',
		});
		expect(parsePageId('/system-design/designs/chat.mdx/', sections)).toEqual({
			section: 'system-design',
			id: 'system-design/designs/chat',
		});
	});

	it('refuses an unknown section and lists the sections', () => {
		expect(() => parsePageId('algorithms/heaps', sections)).toThrow(
			/"algorithms" is not a section\. Use one of: landscape, interviews, coding, system-design/,
		);
	});

	it.each(['coding/Heaps', 'coding/heap_sort', 'coding/-heaps', 'coding/heaps--min', 'coding/a b'])(
		'refuses the bad slug %s',
		(id) => {
			expect(() => parsePageId(id, sections)).toThrow(/not a valid slug/);
		},
	);

	it('refuses a section alone, too deep a path, and index', () => {
		expect(() => parsePageId('coding', sections)).toThrow(/<section>\/<slug>/);
		expect(() => parsePageId('coding/a/b/c', sections)).toThrow(/<section>\/<slug>/);
		expect(() => parsePageId('coding/index', sections)).toThrow(/index page/);
	});
});

describe('checkTitle', () => {
	it('trims a title and refuses an empty or multi-line one', () => {
		expect(checkTitle('  Heaps ')).toBe('Heaps');
		expect(() => checkTitle(undefined)).toThrow(/title in quotes/);
		expect(() => checkTitle('One\nTwo')).toThrow(/one line/);
	});
});

describe('nextSidebarOrder', () => {
	it('is one after the highest order, or 1 in an empty folder', () => {
		expect(nextSidebarOrder([])).toBe(1);
		expect(nextSidebarOrder([0, 4, 2])).toBe(5);
	});
});

describe('pageTemplate', () => {
	const frontmatterOf = (text: string): string => text.split('\n---\n')[0] ?? '';

	it('writes the title, order, review date and section topic, and the anatomy headings', () => {
		const text = pageTemplate(
			{ section: 'coding', id: 'coding/heaps' },
			'Heaps: the basics',
			7,
			'2026-11-22',
		);
		expect(frontmatterOf(text)).toContain('title: "Heaps: the basics"');
		expect(frontmatterOf(text)).toContain('  order: 7');
		expect(frontmatterOf(text)).toContain('lastReviewed: 2026-11-22');
		expect(frontmatterOf(text)).toContain('topics: [coding]');
		expect(frontmatterOf(text)).toContain('searchTerms: []');
		for (const heading of [
			'How it works',
			'Trade-offs',
			'Numbers that matter',
			'In the interview',
			'Pitfalls',
		]) {
			expect(text).toContain(`\n## ${heading}\n`);
		}
	});

	it('writes a description (given or from the title) and a diagram with accTitle and accDescr', () => {
		const generic = pageTemplate(
			{ section: 'coding', id: 'coding/heaps' },
			'Heaps',
			1,
			'2026-11-22',
		);
		expect(frontmatterOf(generic)).toMatch(/^description: What Heaps is, how it works/m);
		const given = pageTemplate(
			{ section: 'coding', id: 'coding/heaps' },
			'Heaps',
			1,
			'2026-11-22',
			'Binary heaps: push, pop and the top-k pattern.',
		);
		expect(frontmatterOf(given)).toContain(
			'description: "Binary heaps: push, pop and the top-k pattern."',
		);
		const diagram =
			/```mermaid\n([\s\S]*?)```/.exec(generic.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''))?.[1] ?? '';
		expect(diagram).toMatch(/^ {2}accTitle: Heaps: /m);
		expect(diagram).toMatch(/^ {2}accDescr: \S/m);
	});

	it('leaves <Practice /> inside a comment, since it fails the build until a question lists the page', () => {
		const text = pageTemplate({ section: 'coding', id: 'coding/heaps' }, 'Heaps', 1, '2026-11-22');
		const lastComment = text.slice(text.lastIndexOf('{/*'));
		expect(lastComment).toContain('<Practice />');
		expect(lastComment).toContain('"coding/heaps"');
		expect(text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')).not.toContain('<Practice');
	});

	it('gives market pages an empty sources list that the build rejects, and other pages none', () => {
		const market = pageTemplate(
			{ section: 'landscape', id: 'landscape/pay' },
			'Pay',
			1,
			'2026-11-22',
		);
		expect(frontmatterOf(market)).toMatch(/^sources: \[\]$/m);
		const topic = pageTemplate({ section: 'coding', id: 'coding/heaps' }, 'Heaps', 1, '2026-11-22');
		expect(frontmatterOf(topic)).not.toMatch(/^sources:/m);
	});

	it.each(handbookSections.map((s) => [s.directory, s.market === true] as const))(
		'writes the empty sources list in %s exactly when src/config/sections.ts flags it market (%s)',
		(directory, market) => {
			const page = pageTemplate({ section: directory, id: `${directory}/x` }, 'X', 1, '2026-11-22');
			expect(/^sources: \[\]$/m.test(frontmatterOf(page))).toBe(market);
		},
	);
});
