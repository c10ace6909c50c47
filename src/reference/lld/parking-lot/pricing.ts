/**
 * Pricing as a Strategy: the lot asks a `PricingStrategy` for the fee and never knows the rule,
 * so weekend rates, event flat fees or EV charging change by passing a different object.
 */

import type { VehicleType } from './spot.ts';

/** What a price depends on. Times are epoch milliseconds from the lot's injected clock. */
export interface PricingInput {
	readonly vehicleType: VehicleType;
	readonly enteredAtMs: number;
	readonly exitAtMs: number;
}

/** A pricing rule. Implementations must be pure: same input, same fee, in whole cents. */
export interface PricingStrategy {
	feeCents(input: PricingInput): number;
}

/** Rates for {@link HourlyPricing}. */
export interface HourlyRates {
	/** Cents per started hour, by vehicle type. */
	readonly hourlyCents: Readonly<Record<VehicleType, number>>;
	/** Most a vehicle pays for one 24-hour day. */
	readonly dailyCapCents: Readonly<Record<VehicleType, number>>;
	/** Stays up to this many minutes are free (drop-offs, a wrong turn). */
	readonly graceMinutes: number;
}

const MINUTE_MS = 60_000;

/**
 * Charges per started hour by vehicle type, capped per 24-hour day, with a free grace period.
 * 3 h 10 min for a car at 300 cents an hour is 4 started hours: 1,200 cents.
 */
export class HourlyPricing implements PricingStrategy {
	constructor(private readonly rates: HourlyRates) {}

	/** The fee in cents for one stay. */
	feeCents({ vehicleType, enteredAtMs, exitAtMs }: PricingInput): number {
		if (exitAtMs < enteredAtMs) throw new Error('HourlyPricing: exit is before entry');
		const minutes = Math.ceil((exitAtMs - enteredAtMs) / MINUTE_MS);
		if (minutes <= this.rates.graceMinutes) return 0;
		const hours = Math.ceil(minutes / 60);
		const fullDays = Math.floor(hours / 24);
		const hourly = this.rates.hourlyCents[vehicleType];
		const cap = this.rates.dailyCapCents[vehicleType];
		return fullDays * cap + Math.min((hours % 24) * hourly, cap);
	}
}

/** One fee whatever the stay, for an event night. Shows a second strategy in a few lines. */
export class FlatPricing implements PricingStrategy {
	constructor(private readonly cents: number) {}

	/** The flat fee, whatever the input. */
	feeCents(): number {
		return this.cents;
	}
}
