import { describe, expect, it } from 'vitest';
import {
	FlatPricing,
	HourlyPricing,
} from '../../../../../src/reference/lld/parking-lot/pricing.ts';

const MIN = 60_000;
const pricing = new HourlyPricing({
	hourlyCents: { motorcycle: 100, car: 300, van: 500 },
	dailyCapCents: { motorcycle: 1_000, car: 2_500, van: 4_000 },
	graceMinutes: 15,
});

function fee(vehicleType: 'motorcycle' | 'car' | 'van', minutes: number): number {
	return pricing.feeCents({ vehicleType, enteredAtMs: 0, exitAtMs: minutes * MIN });
}

describe('HourlyPricing', () => {
	it('is free within the grace period and charges a full hour just past it', () => {
		expect(fee('car', 15)).toBe(0);
		expect(fee('car', 16)).toBe(300);
	});

	it('charges per started hour by vehicle type', () => {
		expect(fee('car', 190)).toBe(1_200);
		expect(fee('motorcycle', 190)).toBe(400);
		expect(fee('van', 60)).toBe(500);
		expect(fee('van', 61)).toBe(1_000);
	});

	it('caps each 24-hour day and charges the remainder hourly', () => {
		// 10 started hours at 300 would be 3,000; the cap is 2,500.
		expect(fee('car', 10 * 60)).toBe(2_500);
		// 26 hours: one capped day plus 2 hours.
		expect(fee('car', 26 * 60)).toBe(2_500 + 600);
	});

	it('refuses an exit before the entry', () => {
		expect(() => pricing.feeCents({ vehicleType: 'car', enteredAtMs: 10, exitAtMs: 0 })).toThrow(
			/exit is before entry/,
		);
	});
});

describe('FlatPricing', () => {
	it('charges the same fee for any stay', () => {
		const flat = new FlatPricing(2_000);
		expect(flat.feeCents()).toBe(2_000);
	});
});
