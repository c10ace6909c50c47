import { describe, expect, it } from 'vitest';
import { budgetedBytes, findBudgetExcesses } from '../../../scripts/harness/budget-check.ts';
import type { PageWeight } from '../../../scripts/harness/page-weight.ts';

const zero = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
const weight: PageWeight = {
	url: 'http://127.0.0.1/practice/',
	initial: { ...zero, html: 5000, css: 1200, js: 900 },
	initialTotal: 7100,
	afterLoad: { ...zero, js: 300, other: 50 },
	afterLoadTotal: 350,
	floor: 400,
	requests: [],
};

describe('page-weight budget check', () => {
	it('counts scripts fetched after load towards the JS budget', () => {
		expect(budgetedBytes(weight, 'js')).toBe(1200);
		expect(budgetedBytes(weight, 'html')).toBe(5000);
	});

	it('passes a page within every budget', () => {
		expect(findBudgetExcesses('/practice/', weight, { html: 5000, css: 1200, js: 1200 })).toEqual(
			[],
		);
	});

	it('names the page, the type, the bytes, the budget and the excess of each overrun', () => {
		const problems = findBudgetExcesses('/practice/', weight, { html: 4000, css: 2000, js: 1000 });
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('/practice/: HTML is 5,000 B gzip, budget 4,000 B, 1,000 B over');
		expect(problems[1]).toContain('/practice/: JS is 1,200 B gzip, budget 1,000 B, 200 B over');
		expect(problems[0]).toContain('tests/e2e/budgets.json');
	});
});
