import { describe, expect, it } from 'vitest';
import { closestWord, didYouMean, editDistance } from '../../../src/text/closest-word.ts';

describe('closestWord', () => {
	it('counts single-character edits', () => {
		expect(editDistance('level', 'levels')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});

	it('suggests the near candidate and nothing for an unrelated word', () => {
		expect(closestWord('level', ['title', 'levels', 'topics'])).toBe('levels');
		expect(closestWord('zzzzzz', ['title', 'levels'])).toBeUndefined();
		expect(didYouMean('folowUps', ['followUps'])).toBe(' Did you mean "followUps"?');
		expect(didYouMean('banana', ['followUps'])).toBe('');
	});
});
