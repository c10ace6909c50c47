import { describe, expect, it } from 'vitest';
import {
	findDanglingQuestionPages,
	bankPagesFor,
	groupQuestionsBySection,
	questionsForPage,
} from '../../../src/content/question-index.ts';
import { findMissingMarketFields } from '../../../src/content/market-page-rules.ts';
import { handbookSections } from '../../../src/config/sections.ts';

const question = (id: string, pages: string[], levels: string[]) => ({
	id,
	data: { pages, levels },
});

describe('questionsForPage', () => {
	it('keeps only the questions that list the page, easiest level first, then by id', () => {
		const bank = [
			question('b/senior', ['api-design/pagination'], ['L6']),
			question('a/other-page', ['databases/indexes'], ['L3']),
			question('c/junior', ['api-design/pagination', 'databases/indexes'], ['L5', 'L3']),
			question('a/junior-too', ['api-design/pagination'], ['L3']),
		];
		expect(questionsForPage(bank, 'api-design/pagination').map((q) => q.id)).toEqual([
			'a/junior-too',
			'c/junior',
			'b/senior',
		]);
		expect(questionsForPage(bank, 'coding/hash-maps')).toEqual([]);
	});
});

describe('findDanglingQuestionPages', () => {
	it('names the question file and the page id that does not exist', () => {
		const problems = findDanglingQuestionPages(
			[question('api-design/x', ['api-design/pagination', 'api-design/nope'], ['L4'])],
			new Set(['api-design/pagination']),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('src/content/questions/api-design/x.md');
		expect(problems[0]).toContain('"api-design/nope"');
	});
});

describe('findMissingMarketFields', () => {
	it('requires lastReviewed and sources on landscape and interview pages only', () => {
		expect(
			findMissingMarketFields('landscape/pay', {}, 'src/content/docs/landscape/pay.mdx'),
		).toMatch(/landscape\/pay\.mdx.*lastReviewed.*sources/);
		expect(
			findMissingMarketFields(
				'interviews/google',
				{ lastReviewed: new Date(), sources: [] },
				undefined,
			),
		).toMatch(/sources/);
		expect(
			findMissingMarketFields(
				'interviews/google',
				{ lastReviewed: new Date(), sources: [{}] },
				undefined,
			),
		).toBeUndefined();
		expect(findMissingMarketFields('coding/hash-maps', {}, undefined)).toBeUndefined();
	});

	it.each(handbookSections.map((s) => [s.directory, s.market === true] as const))(
		'applies to %s exactly when src/config/sections.ts flags it market (%s)',
		(directory, market) => {
			const problem = findMissingMarketFields(`${directory}/a-page`, {}, undefined);
			expect(problem !== undefined).toBe(market);
		},
	);
});

describe('groupQuestionsBySection', () => {
	it('puts each question under the section of its first page, in section order, by id', () => {
		const bank = [
			{ id: 'designs/chat', data: { pages: ['system-design/designs/chat', 'networking/tls'] } },
			{ id: 'networking/b', data: { pages: ['networking/tls'] } },
			{ id: 'networking/a', data: { pages: ['networking/dns'] } },
		];
		const groups = groupQuestionsBySection(bank, bankPagesFor(handbookSections));
		expect(groups.map((group) => group.section.directory)).toEqual([
			'networking',
			'designs-services',
		]);
		expect(groups[0]?.questions.map((q) => q.id)).toEqual(['networking/a', 'networking/b']);
		expect(groups[1]?.questions.map((q) => q.id)).toEqual(['designs/chat']);
	});

	it("gives a section's bank part its own page, the most specific prefix winning", () => {
		const bank = [
			{ id: 'designs/chat', data: { pages: ['system-design/designs/chat'] } },
			{ id: 'system-design/lb', data: { pages: ['system-design/load-balancing'] } },
			{ id: 'system-design/index', data: { pages: ['system-design'] } },
		];
		const pages = bankPagesFor(handbookSections);
		const designs = pages.find((page) => page.directory === 'designs-services');
		expect(designs).toMatchObject({ home: 'system-design' });
		expect(designs?.pagePrefixes).toContain('system-design/designs/chat/');
		// Right after its section, so the bank reads in the sidebar's order.
		expect(pages[pages.findIndex((page) => page.directory === 'system-design') + 2]).toBe(designs);
		const groups = groupQuestionsBySection(bank, pages);
		expect(
			groups.map((group) => [group.section.directory, group.questions.map((q) => q.id)]),
		).toEqual([
			['system-design', ['system-design/index', 'system-design/lb']],
			['designs-services', ['designs/chat']],
		]);
		// A design no part names stays on its section's page.
		const unnamed = [{ id: 'designs/new', data: { pages: ['system-design/designs/new-design'] } }];
		expect(groupQuestionsBySection(unnamed, pages)[0]?.section.directory).toBe('system-design');
	});

	it('leaves out a question whose first page is in no section', () => {
		const groups = groupQuestionsBySection(
			[{ id: 'x/y', data: { pages: ['nowhere/page'] } }],
			bankPagesFor(handbookSections),
		);
		expect(groups).toEqual([]);
	});
});
