import { describe, it, expect } from 'vitest';
import { analyze } from '../../../../src/reference/search/analyzer.ts';
import { InvertedIndex, type Hit } from '../../../../src/reference/search/inverted-index.ts';

const STOP_WORDS = new Set(['the', 'a', 'of']);

describe('analyze', () => {
	it('lowercases, splits on non-letters and keeps token positions', () => {
		expect(analyze('Kafka-Connect, 2 sinks!')).toEqual([
			{ term: 'kafka', position: 0 },
			{ term: 'connect', position: 1 },
			{ term: 'sinks', position: 2 },
		]);
	});

	it('drops stop words but leaves their positions empty', () => {
		expect(analyze('The quick the fox', { stopWords: STOP_WORDS })).toEqual([
			{ term: 'quick', position: 1 },
			{ term: 'fox', position: 3 },
		]);
	});
});

describe('postings', () => {
	it('records each term occurrence with its document and positions', () => {
		const index = new InvertedIndex();
		index.upsert('a', 'fox fox dog');
		index.upsert('b', 'dog fox');
		expect(index.postings('fox')).toEqual([
			{ docId: 'a', positions: [0, 1] },
			{ docId: 'b', positions: [1] },
		]);
		expect(index.docFreq('dog')).toBe(2);
		expect(index.docFreq('cat')).toBe(0);
	});
});

describe('BM25', () => {
	// N = 3 documents, lengths 3, 2 and 4, so avgdl = 9 / 3 = 3.
	function tinyCorpus(): InvertedIndex {
		const index = new InvertedIndex();
		index.upsert('a', 'fox fox dog');
		index.upsert('b', 'fox cat');
		index.upsert('c', 'dog cat cat bird');
		return index;
	}

	it('matches scores recomputed by hand with k1 = 1.2 and b = 0.75', () => {
		const index = tinyCorpus();
		expect(index.averageLength).toBe(3);
		// "fox" is in n = 2 of N = 3 documents: idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln 1.6.
		const idfFox = Math.log(1.6);
		expect(index.idf('fox')).toBeCloseTo(idfFox, 9);
		// a: tf 2, dl 3: k1 * (1 - 0.75 + 0.75 * 3/3) = 1.2, so tf part = 2 / (2 + 1.2).
		// b: tf 1, dl 2: k1 * (0.25 + 0.75 * 2/3) = 1.2 * 0.75 = 0.9, so tf part = 1 / (1 + 0.9).
		expect(index.search('fox')).toEqual([
			{ docId: 'a', score: expect.closeTo(idfFox * (2 / 3.2), 9) as number },
			{ docId: 'b', score: expect.closeTo(idfFox * (1 / 1.9), 9) as number },
		]);
		// Two terms add: doc c has "cat" twice (n = 2, dl 4) and "bird" once (n = 1).
		// c's norm: 1.2 * (0.25 + 0.75 * 4/3) = 1.2 * 1.25 = 1.5.
		const idfBird = Math.log(1 + 2.5 / 1.5);
		const top = index.search('cat bird')[0]!;
		expect(top.docId).toBe('c');
		expect(top.score).toBeCloseTo(idfFox * (2 / 3.5) + idfBird * (1 / 2.5), 9);
	});

	it('ranks a document with a rare term above one with a common term', () => {
		const index = new InvertedIndex();
		index.upsert('rare-doc', 'postgres zookeeper');
		index.upsert('common-doc', 'postgres database');
		index.upsert('x', 'database tuning');
		index.upsert('y', 'database replicas');
		// "zookeeper" is in 1 of 4 documents, "database" in 3 of 4; both hit docs have length 2, tf 1.
		expect(index.idf('zookeeper')).toBeGreaterThan(index.idf('database'));
		expect(
			index
				.search('zookeeper database')
				.slice(0, 2)
				.map((h) => h.docId),
		).toEqual(['rare-doc', 'common-doc']);
	});

	it('keeps idf positive for a term that is in every document', () => {
		const index = new InvertedIndex();
		index.upsert('a', 'log line');
		index.upsert('b', 'log entry');
		expect(index.idf('log')).toBeGreaterThan(0);
		expect(index.idf('log')).toBeCloseTo(Math.log(1 + 0.5 / 2.5), 12);
	});

	// S says "apple" once in 2 terms; L says it twice in 16 terms. avgdl = (2 + 16 + 2 + 2) / 4.
	function lengthCorpus(b: number): InvertedIndex {
		const index = new InvertedIndex({ b });
		index.upsert('S', 'apple pie');
		index.upsert(
			'L',
			'apple apple orchard harvest season rain soil tree branch leaf root seed farm field barn cart',
		);
		index.upsert('p', 'pear tart');
		index.upsert('q', 'plum jam');
		return index;
	}

	it('with b = 0 ignores length, so the document with more occurrences wins', () => {
		const hits = lengthCorpus(0).search('apple');
		expect(hits.map((h) => h.docId)).toEqual(['L', 'S']);
		// tf parts: L 2 / (2 + 1.2) = 0.625, S 1 / (1 + 1.2) = 0.4545; idf ln 2 for both.
		expect(hits[0]!.score).toBeCloseTo(Math.LN2 * 0.625, 9);
	});

	it('with b = 0.75 penalizes the long document, so the short one wins', () => {
		const hits = lengthCorpus(0.75).search('apple');
		expect(hits.map((h) => h.docId)).toEqual(['S', 'L']);
		// S norm 1.2 * (0.25 + 0.75 * 2 / 5.5); L norm 1.2 * (0.25 + 0.75 * 16 / 5.5).
		expect(hits[0]!.score).toBeCloseTo(Math.LN2 * (1 / (1 + 1.2 * (0.25 + 1.5 / 5.5))), 9);
		expect(hits[1]!.score).toBeCloseTo(Math.LN2 * (2 / (2 + 1.2 * (0.25 + 12 / 5.5))), 9);
	});

	it('saturates term frequency: ten occurrences score far less than ten times one', () => {
		const index = new InvertedIndex({ b: 0 });
		index.upsert('once', 'spam');
		index.upsert('ten', 'spam '.repeat(10));
		index.upsert('other', 'ham');
		const [ten, once] = index.search('spam') as [Hit, Hit];
		expect(ten.docId).toBe('ten');
		// tf parts 10 / 11.2 and 1 / 2.2: a ratio of about 1.96, never more than 1 + k1 = 2.2.
		expect(ten.score / once.score).toBeCloseTo(10 / 11.2 / (1 / 2.2), 9);
		expect(ten.score / once.score).toBeLessThan(2.2);
	});

	it('refuses parameters outside their ranges, naming the parameter and the default', () => {
		expect(() => new InvertedIndex({ k1: -1 })).toThrow(/k1 .*1\.2/);
		expect(() => new InvertedIndex({ b: 1.5 })).toThrow(/b must be between 0 and 1.*0\.75/);
	});
});

describe('boolean queries', () => {
	it('OR returns documents with any term; AND only those with every term', () => {
		const index = new InvertedIndex();
		index.upsert('1', 'kafka consumer lag');
		index.upsert('2', 'kafka producer');
		index.upsert('3', 'consumer groups');
		const ids = (hits: { docId: string }[]) => hits.map((h) => h.docId).sort();
		expect(ids(index.search('kafka consumer', 'or'))).toEqual(['1', '2', '3']);
		expect(ids(index.search('kafka consumer', 'and'))).toEqual(['1']);
		expect(index.search('the', 'or')).toEqual([]);
	});
});

describe('phrase queries', () => {
	function phraseCorpus(): InvertedIndex {
		const index = new InvertedIndex({ stopWords: STOP_WORDS });
		index.upsert('adjacent', 'a quick fox jumped');
		index.upsert('apart', 'quick brown fox');
		index.upsert('reversed', 'fox quick');
		index.upsert('twice', 'quick fox and quick fox');
		return index;
	}

	it('matches only documents where the terms are adjacent and in order', () => {
		const hits = phraseCorpus().searchPhrase('quick fox');
		expect(hits.map((h) => h.docId).sort()).toEqual(['adjacent', 'twice']);
		// All four documents contain both terms, so an AND query would return every one of them.
		expect(phraseCorpus().search('quick fox', 'and')).toHaveLength(4);
	});

	it('requires every term of a longer phrase in place, not just some of them', () => {
		const index = new InvertedIndex();
		index.upsert('all', 'the quick brown fox');
		index.upsert('two-of-three', 'quick brown dog and a fox');
		expect(index.searchPhrase('quick brown fox').map((h) => h.docId)).toEqual(['all']);
	});

	it('uses the phrase count as the frequency, so two occurrences outscore one', () => {
		const index = new InvertedIndex({ b: 0 });
		index.upsert('once', 'quick fox lazy dog');
		index.upsert('twice', 'quick fox quick fox');
		index.upsert('none', 'slow cat');
		const [first, second] = index.searchPhrase('quick fox') as [Hit, Hit];
		expect(first.docId).toBe('twice');
		// idf sum: each term is in 2 of 3 documents, ln 1.6 each; tf parts 2 / 3.2 and 1 / 2.2.
		expect(first.score).toBeCloseTo(2 * Math.log(1.6) * (2 / 3.2), 9);
		expect(second.score).toBeCloseTo(2 * Math.log(1.6) * (1 / 2.2), 9);
	});

	it('treats a removed stop word as a gap on both sides of the query', () => {
		const index = phraseCorpus();
		index.upsert('gap', 'quick the fox');
		expect(index.searchPhrase('quick fox').map((h) => h.docId)).not.toContain('gap');
		// "of" is also a stop word, so "quick of fox" wants fox two positions after quick: the gap
		// matches the stop word in "gap" and any word at all, such as "brown" in "apart".
		expect(
			index
				.searchPhrase('quick of fox')
				.map((h) => h.docId)
				.sort(),
		).toEqual(['apart', 'gap']);
	});
});

describe('updates and deletes', () => {
	it('never returns a deleted document, and its terms stop counting', () => {
		const index = new InvertedIndex();
		index.upsert('keep', 'quick fox');
		index.upsert('gone', 'quick fox quick fox');
		expect(index.delete('gone')).toBe(true);
		expect(index.delete('gone')).toBe(false);
		for (const hits of [
			index.search('quick fox', 'or'),
			index.search('quick fox', 'and'),
			index.searchPhrase('quick fox'),
		]) {
			expect(hits.map((h) => h.docId)).toEqual(['keep']);
		}
		expect(index.docCount).toBe(1);
		expect(index.docFreq('quick')).toBe(1);
		expect(index.averageLength).toBe(2);
	});

	it('replaces the old text on update, so old terms no longer match', () => {
		const index = new InvertedIndex();
		index.upsert('doc', 'draft about cats');
		index.upsert('doc', 'final about dogs');
		expect(index.search('cats')).toEqual([]);
		expect(index.search('dogs').map((h) => h.docId)).toEqual(['doc']);
		expect(index.docCount).toBe(1);
		expect(index.postings('about')).toEqual([{ docId: 'doc', positions: [1] }]);
	});
});
