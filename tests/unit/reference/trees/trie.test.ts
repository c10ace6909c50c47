import { describe, it, expect } from 'vitest';
import { Trie } from '../../../../src/reference/trees/trie.ts';
import { seededRandom } from '../../support/seeded-random.ts';

function randomWord(random: () => number): string {
	let word = '';
	const length = 1 + Math.floor(random() * 5);
	for (let i = 0; i < length; i++) word += 'abcd'[Math.floor(random() * 4)];
	return word;
}

describe('Trie', () => {
	it('answers has and startsWith, including a prefix that is not a word', () => {
		const trie = new Trie();
		for (const word of ['car', 'cart', 'care', 'dog']) trie.insert(word);
		expect(trie.has('car')).toBe(true);
		expect(trie.has('ca')).toBe(false);
		expect(trie.startsWith('ca')).toBe(true);
		expect(trie.startsWith('cat')).toBe(false);
		expect(trie.startsWith('')).toBe(true);
		expect(trie.wordsWithPrefix('car')).toEqual(['car', 'care', 'cart']);
		expect(trie.wordsWithPrefix('c', 2)).toEqual(['car', 'care']);
	});

	it('deletes a word and prunes only the nodes nothing else uses', () => {
		const trie = new Trie();
		trie.insert('car');
		trie.insert('cart');
		// root + c, a, r, t
		expect(trie.nodeCount).toBe(5);
		expect(trie.delete('cart')).toBe(true);
		expect(trie.nodeCount).toBe(4);
		expect(trie.delete('ca')).toBe(false);
		expect(trie.has('car')).toBe(true);
		expect(trie.delete('car')).toBe(true);
		expect(trie.nodeCount).toBe(1);
		expect(trie.startsWith('c')).toBe(false);
	});

	it('agrees with a word list over random inserts and deletes', () => {
		const random = seededRandom(77);
		const trie = new Trie();
		const counts = new Map<string, number>();
		for (let step = 0; step < 3000; step++) {
			const word = randomWord(random);
			if (random() < 0.7) {
				trie.insert(word);
				counts.set(word, (counts.get(word) ?? 0) + 1);
			} else {
				expect(trie.delete(word)).toBe(counts.has(word));
				counts.delete(word);
			}
		}
		const words = [...counts.keys()].sort();
		for (const prefix of ['', 'a', 'ab', 'dca', 'bbbb']) {
			const matching = words.filter((w) => w.startsWith(prefix));
			expect(trie.wordsWithPrefix(prefix)).toEqual(matching);
			expect(trie.startsWith(prefix)).toBe(matching.length > 0);
			const ranked = matching
				.map((word) => ({ word, count: counts.get(word) as number }))
				.sort((x, y) => y.count - x.count || (x.word < y.word ? -1 : 1))
				.slice(0, 3);
			expect(trie.topCompletions(prefix, 3)).toEqual(ranked);
		}
		// Pruning keeps memory to the words present: at most one node per character stored, plus the root.
		const characters = words.reduce((sum, w) => sum + w.length, 0);
		expect(trie.nodeCount).toBeLessThanOrEqual(characters + 1);
	});

	it('treats a character outside the BMP as one edge', () => {
		const trie = new Trie();
		trie.insert('a😀');
		expect(trie.nodeCount).toBe(3);
		expect(trie.startsWith('a\uD83D')).toBe(false);
	});

	it('lists and ranks in code-point order, not UTF-16 code-unit order', () => {
		const trie = new Trie();
		// U+E000 comes before U+1F600 as code points, but after its lead surrogate 0xD83D as code units.
		trie.insert('a\u{1F600}');
		trie.insert('a\uE000');
		expect(trie.wordsWithPrefix('a')).toEqual(['a\uE000', 'a\u{1F600}']);
		expect(trie.topCompletions('a', 2).map((c) => c.word)).toEqual(['a\uE000', 'a\u{1F600}']);
	});
});
