import { describe, it, expect } from 'vitest';
import {
	TopKTrie,
	compareCompletions,
	type Completion,
} from '../../../../src/reference/autocomplete/top-k-trie.ts';
import { seededRandom } from '../../support/seeded-random.ts';

// The answer the trie must match: scan every phrase, keep those with the prefix, sort, cut.
function bruteForce(weights: Map<string, number>, prefix: string, k: number): Completion[] {
	return [...weights]
		.filter(([phrase, weight]) => weight > 0 && phrase.startsWith(prefix))
		.map(([phrase, weight]) => ({ phrase, weight }))
		.sort(compareCompletions)
		.slice(0, k);
}

function randomPhrase(random: () => number): string {
	const length = 1 + Math.floor(random() * 6);
	let phrase = '';
	for (let i = 0; i < length; i += 1) phrase += 'abc'[Math.floor(random() * 3)];
	return phrase;
}

// Every prefix of every phrase in the model, plus the empty prefix and one that matches nothing.
function prefixesOf(weights: Map<string, number>): Set<string> {
	const prefixes = new Set(['', 'zzz']);
	for (const phrase of weights.keys())
		for (let end = 1; end <= phrase.length; end += 1) prefixes.add(phrase.slice(0, end));
	return prefixes;
}

describe('TopKTrie', () => {
	it('matches a brute-force top k for every prefix after random inserts', () => {
		const random = seededRandom(20_260_101);
		const trie = new TopKTrie(5);
		const model = new Map<string, number>();
		for (let i = 0; i < 400; i += 1) {
			const phrase = randomPhrase(random);
			const delta = 1 + Math.floor(random() * 20);
			trie.increment(phrase, delta);
			model.set(phrase, (model.get(phrase) ?? 0) + delta);
		}
		const prefixes = prefixesOf(model);
		expect(prefixes.size).toBeGreaterThan(100);
		for (const prefix of prefixes)
			expect(trie.suggest(prefix)).toEqual(bruteForce(model, prefix, 5));
	});

	it('stays equal to brute force while weights rise, fall and drop to zero', () => {
		const random = seededRandom(7);
		const trie = new TopKTrie(3);
		const model = new Map<string, number>();
		for (let step = 0; step < 1500; step += 1) {
			const phrase = randomPhrase(random);
			const weight = random() < 0.2 ? 0 : Math.floor(random() * 50);
			trie.setWeight(phrase, weight);
			model.set(phrase, weight);
			// Check the prefixes this update could have changed, and the root.
			for (let end = 0; end <= phrase.length; end += 1) {
				const prefix = phrase.slice(0, end);
				expect(trie.suggest(prefix)).toEqual(bruteForce(model, prefix, 3));
			}
		}
	});

	it('breaks ties by phrase, in code-point order', () => {
		const trie = new TopKTrie(3);
		trie.setWeight('cat', 5);
		trie.setWeight('car', 5);
		trie.setWeight('cab', 5);
		trie.setWeight('cap', 5);
		expect(trie.suggest('ca').map((c) => c.phrase)).toEqual(['cab', 'cap', 'car']);
	});

	it('promotes a phrase whose weight rises past the others', () => {
		const trie = new TopKTrie(2);
		trie.setWeight('weather', 100);
		trie.setWeight('web mail', 60);
		trie.setWeight('webcam', 40);
		expect(trie.suggest('we')).toEqual([
			{ phrase: 'weather', weight: 100 },
			{ phrase: 'web mail', weight: 60 },
		]);
		trie.increment('webcam', 70);
		expect(trie.suggest('we')).toEqual([
			{ phrase: 'webcam', weight: 110 },
			{ phrase: 'weather', weight: 100 },
		]);
	});

	it('refills a list from below when a listed phrase falls or is removed', () => {
		const trie = new TopKTrie(2);
		trie.setWeight('car', 5);
		trie.setWeight('cat', 4);
		trie.setWeight('cab', 3);
		trie.setWeight('car', 1);
		expect(trie.suggest('ca').map((c) => c.phrase)).toEqual(['cat', 'cab']);
		trie.setWeight('cat', 0);
		expect(trie.suggest('ca').map((c) => c.phrase)).toEqual(['cab', 'car']);
		expect(trie.suggest('cat')).toEqual([]);
		expect(trie.weightOf('cat')).toBe(0);
	});

	it('treats a character outside the Basic Multilingual Plane as one step', () => {
		const trie = new TopKTrie(2);
		trie.setWeight('𝄞 clef', 3);
		trie.setWeight('東京 天気', 9);
		expect(trie.suggest('𝄞')).toEqual([{ phrase: '𝄞 clef', weight: 3 }]);
		expect(trie.suggest('東')).toEqual([{ phrase: '東京 天気', weight: 9 }]);
	});

	it('rejects an empty phrase, a bad weight and a bad k, naming each', () => {
		const trie = new TopKTrie(2);
		expect(() => trie.setWeight('', 1)).toThrow(/phrase must not be empty/);
		expect(() => trie.setWeight('a', -1)).toThrow(/weight for "a"/);
		expect(() => trie.setWeight('a', Number.NaN)).toThrow(/weight for "a"/);
		expect(() => new TopKTrie(0)).toThrow(/k must be an integer/);
	});
});
