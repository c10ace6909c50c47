import { describe, expect, it } from 'vitest';
import {
	planLengthFromSearch,
	planSearch,
	searchWithoutPlan,
} from '../../../src/practice/plan-query.ts';
import { planLengths } from '../../../src/data/plan-lengths.ts';

describe('the tracker plan query parameter', () => {
	it('round-trips every plan length the tracker has', () => {
		for (const weeks of planLengths) expect(planLengthFromSearch(planSearch(weeks))).toBe(weeks);
		expect(planSearch(3)).toBe('?plan=3');
	});

	it('ignores a missing, unknown or malformed plan', () => {
		for (const search of [
			'',
			'?level=L5',
			'?plan=6',
			'?plan=',
			'?plan=3.0',
			'?plan=+3',
			'?plan=abc',
		])
			expect(planLengthFromSearch(search), search).toBeUndefined();
	});

	it('drops only the plan parameter from the address', () => {
		expect(searchWithoutPlan('?plan=3')).toBe('');
		expect(searchWithoutPlan('?level=L5&plan=3')).toBe('?level=L5');
	});
});
