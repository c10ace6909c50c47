/**
 * Packing a tie-break into one sorted-set score. Redis scores are IEEE 754 doubles, exact for
 * integers only up to 2^53, so points and time must share 53 bits: points in the high bits, and
 * in the low bits the time remaining until the season ends, so that earlier achievements (more
 * time remaining) sort higher among equal points.
 */

/** 2^53: the first integer above which doubles cannot represent every integer. */
export const maxExactInteger = 2 ** 53;

/** How a composite score splits its 53 bits. */
export interface CompositeLayout {
	/** Bits for the time part; the points part gets 53 minus this. */
	readonly timeBits: number;
	/** Time units in a season; must fit in timeBits. Seconds are the usual unit. */
	readonly seasonLength: number;
}

/** Checks a layout, naming the field to change. */
export function checkLayout(layout: CompositeLayout): void {
	if (!Number.isInteger(layout.timeBits) || layout.timeBits < 1 || layout.timeBits > 52)
		throw new RangeError(`timeBits must be an integer from 1 to 52, got ${layout.timeBits}`);
	if (!Number.isInteger(layout.seasonLength) || layout.seasonLength < 1)
		throw new RangeError(`seasonLength must be a positive integer, got ${layout.seasonLength}`);
	if (layout.seasonLength > 2 ** layout.timeBits)
		throw new RangeError(
			`seasonLength ${layout.seasonLength} does not fit in ${layout.timeBits} time bits ` +
				`(max ${2 ** layout.timeBits}); raise timeBits or use a coarser time unit`,
		);
}

/** The largest points value a layout can hold exactly. */
export function maxPoints(layout: CompositeLayout): number {
	checkLayout(layout);
	return 2 ** (53 - layout.timeBits) - 1;
}

/**
 * points x 2^timeBits + (seasonLength - 1 - elapsed). Throws instead of silently rounding when
 * the points or the time do not fit.
 */
export function encodeCompositeScore(
	points: number,
	elapsed: number,
	layout: CompositeLayout,
): number {
	const limit = maxPoints(layout);
	if (!Number.isInteger(points) || points < 0 || points > limit)
		throw new RangeError(
			`points must be an integer from 0 to ${limit} with ${layout.timeBits} time bits, got ` +
				`${points}; use fewer time bits or keep the tie-break outside the score`,
		);
	if (!Number.isInteger(elapsed) || elapsed < 0 || elapsed >= layout.seasonLength)
		throw new RangeError(
			`elapsed must be an integer from 0 to ${layout.seasonLength - 1}, got ${elapsed}`,
		);
	// Multiplying by a power of two and adding a smaller integer stays exact below 2^53.
	return points * 2 ** layout.timeBits + (layout.seasonLength - 1 - elapsed);
}

/** The points and elapsed time a composite score was built from. */
export function decodeCompositeScore(
	score: number,
	layout: CompositeLayout,
): { points: number; elapsed: number } {
	checkLayout(layout);
	const scale = 2 ** layout.timeBits;
	const points = Math.floor(score / scale);
	return { points, elapsed: layout.seasonLength - 1 - (score - points * scale) };
}
