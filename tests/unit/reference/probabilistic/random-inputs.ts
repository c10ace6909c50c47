export { seededRandom } from '../../support/seeded-random.ts';

/** `count` distinct random keys with a prefix, so two sets with different prefixes never overlap. */
export function randomKeys(prefix: string, count: number, random: () => number): string[] {
	const keys = new Set<string>();
	while (keys.size < count) {
		const a = Math.floor(random() * 2 ** 32).toString(36);
		const b = Math.floor(random() * 2 ** 32).toString(36);
		keys.add(`${prefix}:${a}${b}`);
	}
	return [...keys];
}

/**
 * A sampler for a Zipf distribution over `items` ranks with exponent `s`: rank r is drawn with
 * probability proportional to 1 / r^s. Rank 1 is the most frequent item.
 */
export function zipfSampler(items: number, s: number, random: () => number): () => number {
	const cumulative = new Float64Array(items);
	let total = 0;
	for (let rank = 1; rank <= items; rank++) {
		total += 1 / rank ** s;
		cumulative[rank - 1] = total;
	}
	return () => {
		const target = random() * total;
		let lo = 0;
		let hi = items - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cumulative[mid]! < target) lo = mid + 1;
			else hi = mid;
		}
		return lo + 1;
	};
}
