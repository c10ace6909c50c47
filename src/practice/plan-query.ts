/**
 * The study-plan tracker's `?plan=<weeks>` query parameter: links (the home page's start-here
 * chooser) open the tracker with a plan already chosen.
 */
import { planLengths, type PlanLength } from '../data/plan-lengths.ts';

/** Name of the query parameter that carries the plan length in weeks. */
export const planQueryParameter = 'plan';

/** The plan length a query string asks for, or undefined when it names none the tracker has. */
export function planLengthFromSearch(search: string): PlanLength | undefined {
	const value = new URLSearchParams(search).get(planQueryParameter);
	if (value === null || !/^\d+$/.test(value)) return undefined;
	const weeks = Number(value);
	return planLengths.find((length) => length === weeks);
}

/** The query string that opens the tracker on the plan of `weeks` weeks. */
export function planSearch(weeks: PlanLength): string {
	return `?${new URLSearchParams({ [planQueryParameter]: String(weeks) }).toString()}`;
}

/** The same query string without the plan parameter (other parameters kept), for the address bar. */
export function searchWithoutPlan(search: string): string {
	const params = new URLSearchParams(search);
	params.delete(planQueryParameter);
	const rest = params.toString();
	return rest === '' ? '' : `?${rest}`;
}
