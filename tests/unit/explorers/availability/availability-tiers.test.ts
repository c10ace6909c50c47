import { describe, it, expect } from 'vitest';
import {
	defaultTiers,
	describeTiers,
	evaluateTiers,
	formatAvailability,
	formatDuration,
	formatNines,
	parseTiers,
	tierLimits,
	tierToText,
	type TierText,
} from '../../../../src/explorers/availability/availability-tiers.ts';
import { availabilityOf, replicas } from '../../../../src/reference/availability/availability.ts';

const defaultTexts = (): TierText[] => defaultTiers.map(tierToText);

describe('the default system', () => {
	it('is the page worked example: 99.9400%, about 25.9 minutes a month', () => {
		const outcome = evaluateTiers(defaultTiers);
		const expected = 0.9999 * (1 - 0.005 ** 3) * 0.9995;
		expect(outcome.availability).toBeCloseTo(expected, 12);
		expect(formatAvailability(outcome.availability)).toBe('99.9400%');
		expect(outcome.downtime.perMonth).toBeCloseTo((1 - expected) * 43_200, 9);
		expect(formatDuration(outcome.downtime.perMonth)).toBe('25.9 min');
		expect(formatDuration(outcome.downtime.perYear)).toBe('5.3 h');
		expect(formatNines(outcome.nines)).toBe('3.2');
	});

	it('names the single database as the weakest tier, with 83% of the downtime', () => {
		const outcome = evaluateTiers(defaultTiers);
		expect(outcome.weakest).toBe(2);
		expect(outcome.weakestShare).toBeCloseTo(0.0005 / (0.0001 + 0.005 ** 3 + 0.0005), 9);
		expect(describeTiers(outcome)).toBe(
			'Overall 99.9400%: 25.9 min down a 30-day month, 5.3 h a year. Database is the weakest tier at 99.9500%, 83% of the expected downtime.',
		);
	});

	it('round-trips through the text the inputs hold', () => {
		const parsed = parseTiers(defaultTexts());
		expect(parsed.problems).toEqual([]);
		expect(parsed.tiers).toEqual(defaultTiers);
	});
});

describe('evaluating tiers', () => {
	it('agrees with the reference calculator for a tier that needs 2 of 3', () => {
		const outcome = evaluateTiers([{ name: 'Quorum', availability: 0.99, replicas: 3, needed: 2 }]);
		expect(outcome.availability).toBeCloseTo(0.999702, 9);
		expect(outcome.tiers[0]?.tierAvailability).toBe(
			availabilityOf({ kind: 'k-of-n', name: 'Quorum', k: 2, parts: replicas('q', 0.99, 3) }),
		);
	});

	it('treats replicas that must all be up as a series', () => {
		const outcome = evaluateTiers([
			{ name: 'Shards', availability: 0.999, replicas: 4, needed: 4 },
		]);
		expect(outcome.availability).toBeCloseTo(0.999 ** 4, 12);
	});

	it('says only the total for a single tier or a system that is never down', () => {
		const single = evaluateTiers([{ name: 'One', availability: 0.999, replicas: 1, needed: 1 }]);
		expect(describeTiers(single)).toBe(
			'Overall 99.9000%: 43.2 min down a 30-day month, 8.8 h a year.',
		);
		const perfect = evaluateTiers([
			{ name: 'A', availability: 1, replicas: 1, needed: 1 },
			{ name: 'B', availability: 1, replicas: 2, needed: 1 },
		]);
		expect(perfect.weakestShare).toBe(0);
		expect(describeTiers(perfect)).toBe('Overall 100.0000%: 0 s down a 30-day month, 0 s a year.');
		expect(formatNines(perfect.nines)).toBe('no downtime');
	});

	it('makes a second database replica move the weakness to the load balancer', () => {
		const tiers = defaultTiers.map((tier) =>
			tier.name === 'Database' ? { ...tier, replicas: 2 } : tier,
		);
		const outcome = evaluateTiers(tiers);
		expect(outcome.weakest).toBe(0);
		expect(outcome.availability).toBeGreaterThan(evaluateTiers(defaultTiers).availability);
	});
});

describe('parsing what the reader typed', () => {
	it('accepts a trailing percent sign, spaces and thousands commas', () => {
		const parsed = parseTiers([
			{ name: '  Edge  ', availabilityPercent: ' 99.99 % ', replicas: '2', needed: '1' },
		]);
		expect(parsed.tiers).toEqual([{ name: 'Edge', availability: 0.9999, replicas: 2, needed: 1 }]);
	});

	it('names an unnamed tier by its position', () => {
		const texts = defaultTexts();
		texts[1] = { ...texts[1]!, name: ' ' };
		expect(parseTiers(texts).tiers?.[1]?.name).toBe('Tier 2');
	});

	it('reports every wrong field with its tier and how to fix it', () => {
		const parsed = parseTiers([
			{ name: 'A', availabilityPercent: '101', replicas: '3', needed: '4' },
			{ name: 'B', availabilityPercent: 'high', replicas: '0', needed: '1' },
			{ name: 'C', availabilityPercent: '99.9', replicas: '2.5', needed: '' },
		]);
		expect(parsed.tiers).toBeUndefined();
		expect(parsed.problems).toEqual([
			{
				tier: 0,
				field: 'availabilityPercent',
				message: 'Availability must be a percentage from 0 to 100, such as 99.95.',
			},
			{
				tier: 0,
				field: 'needed',
				message: 'Needed up must be a whole number from 1 to 3, the replica count.',
			},
			{
				tier: 1,
				field: 'availabilityPercent',
				message: 'Availability must be a percentage from 0 to 100, such as 99.95.',
			},
			{
				tier: 1,
				field: 'replicas',
				message: `Replicas must be a whole number from 1 to ${tierLimits.maxReplicas}.`,
			},
			{
				tier: 2,
				field: 'replicas',
				message: `Replicas must be a whole number from 1 to ${tierLimits.maxReplicas}.`,
			},
			{ tier: 2, field: 'needed', message: 'Needed up must be a whole number from 1 to 9.' },
		]);
	});

	it('refuses more tiers than the explorer offers', () => {
		const many = Array.from({ length: tierLimits.maxTiers + 1 }, () => defaultTexts()[0]!);
		expect(() => parseTiers(many)).toThrow(`the explorer takes 1 to ${tierLimits.maxTiers} tiers`);
		expect(() => parseTiers([])).toThrow(/got 0/);
	});
});

describe('formatting', () => {
	it('shows four decimals and never 100% before it is', () => {
		expect(formatAvailability(0.9994)).toBe('99.9400%');
		expect(formatAvailability(0.99999996)).toBe('99.9999%');
		expect(formatAvailability(1)).toBe('100.0000%');
		expect(formatAvailability(0.5)).toBe('50.0000%');
	});

	it('picks a unit for durations', () => {
		expect(formatDuration(0)).toBe('0 s');
		expect(formatDuration(0.001)).toBe('under 1 s');
		expect(formatDuration(2.592 / 60)).toBe('2.6 s');
		expect(formatDuration(0.432)).toBe('26 s');
		expect(formatDuration(43.2)).toBe('43.2 min');
		expect(formatDuration(525.6)).toBe('8.8 h');
		expect(formatDuration(10_080)).toBe('7.0 days');
	});

	it('moves to the larger unit where rounding would reach the boundary', () => {
		expect(formatDuration(9.96 / 60)).toBe('10 s');
		expect(formatDuration(59.7 / 60)).toBe('1.0 min');
		expect(formatDuration(119.97)).toBe('2.0 h');
		expect(formatDuration(47.97 * 60)).toBe('2.0 days');
	});
});
