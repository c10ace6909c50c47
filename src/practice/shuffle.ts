/**
 * An unbiased shuffle (Fisher-Yates) over an injected random source, so the flashcards can mix
 * their order in the browser with Math.random and tests can replay one order from a seed.
 */

/** A source of numbers in [0, 1), such as Math.random. */
export type RandomSource = () => number;

/** A new array with the items of `items` in random order; `items` is left unchanged. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}
