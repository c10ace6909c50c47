import type { PageWeight } from './page-weight.ts';

/** Gzip-byte budgets of one page. JS counts every script fetched until the network is idle. */
export interface PageBudget {
	html: number;
	css: number;
	js: number;
}

/** The committed budgets file, tests/e2e/budgets.json: page path (under the site root) to budget. */
export interface PageBudgets {
	/** What the numbers are and how they were set, for a reader of the file. */
	$comment?: string;
	pages: Record<string, PageBudget>;
	/** One budget for every page of the question bank, /practice/<section>/, present and future. */
	bankPages?: PageBudget;
	/**
	 * Code fetched only when a reader asks for it: the full-screen diagram view's lazy chunk,
	 * weighed on `page` from the click on its first expand control until the view is open.
	 */
	diagramDialog: { page: string; js: number };
}

/** The bytes of `weight` that the budget for `kind` counts. */
export function budgetedBytes(weight: PageWeight, kind: keyof PageBudget): number {
	if (kind === 'js') return weight.initial.js + weight.afterLoad.js;
	return weight.initial[kind] + weight.afterLoad[kind];
}

/**
 * One message per resource type over budget, naming the page, the type, the bytes, the budget
 * and the excess, and what to do about it; empty when the page is within every budget.
 */
export function findBudgetExcesses(page: string, weight: PageWeight, budget: PageBudget): string[] {
	const problems: string[] = [];
	for (const kind of ['html', 'css', 'js'] as const) {
		const bytes = budgetedBytes(weight, kind);
		if (bytes > budget[kind]) {
			problems.push(
				`${page}: ${kind.toUpperCase()} is ${bytes.toLocaleString('en')} B gzip, budget ${budget[kind].toLocaleString('en')} B, ` +
					`${(bytes - budget[kind]).toLocaleString('en')} B over. Cut the weight, or raise the budget in tests/e2e/budgets.json ` +
					'if the growth is intended (run `npm run bench -- --only=weight` to see what the page loads).',
			);
		}
	}
	return problems;
}
