/**
 * Number formatting for back-of-the-envelope estimates: counts as K/M/B/T, bytes and bits per
 * second in decimal (SI) units, rates with thousands separators, and parsing of "20M"-style input.
 * Decimal units on purpose: estimates use 1 KB = 1,000 bytes so powers of ten stay mental math.
 */

const counts = ['', 'K', 'M', 'B', 'T'] as const;
const bytes = [' B', ' KB', ' MB', ' GB', ' TB', ' PB', ' EB'] as const;
const bits = [' bps', ' Kbps', ' Mbps', ' Gbps', ' Tbps', ' Pbps'] as const;

const threeDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Scales by 1,000 until below 1,000 (after rounding to three significant digits), then labels. */
function withPrefix(value: number, suffixes: readonly string[]): string {
	if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
	let scaled = Math.abs(value);
	let index = 0;
	// Round before comparing so 999,999 becomes "1M", never "1,000K".
	while (Number(scaled.toPrecision(3)) >= 1000 && index < suffixes.length - 1) {
		scaled /= 1000;
		index += 1;
	}
	const sign = value < 0 ? '-' : '';
	return `${sign}${threeDigits.format(scaled)}${suffixes[index] ?? ''}`;
}

/** A count with a K/M/B/T suffix and up to three significant digits: 40000000 -> "40M". */
export function formatCount(value: number): string {
	return withPrefix(value, counts);
}

/** A size in decimal units: 1640000000000 -> "1.64 TB". */
export function formatBytes(value: number): string {
	return withPrefix(value, bytes);
}

/** A bandwidth in bits per second, decimal units: 925925926 -> "926 Mbps". */
export function formatBitsPerSecond(value: number): string {
	return withPrefix(value, bits);
}

/**
 * A rate with thousands separators, whole from 100 up and three significant digits below,
 * so 11574.07 -> "11,574" and 0.4629 -> "0.463".
 */
export function formatRate(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
	return Math.abs(value) >= 100 ? wholeNumber.format(value) : threeDigits.format(value);
}

const multipliers: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * Reads a number as a reader types it: "20M", "1.5k", "20,000,000", "0.25". Returns NaN for
 * anything else, so validation can report it against the field.
 */
export function parseQuantity(text: string): number {
	const match = /^(\d+(?:\.\d*)?|\.\d+)\s*([kmbt]?)$/i.exec(
		text.trim().replace(/[,_\s](?=\d)/g, ''),
	);
	if (!match) return Number.NaN;
	return Number(match[1]) * (multipliers[(match[2] ?? '').toLowerCase()] ?? Number.NaN);
}
