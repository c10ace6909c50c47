import { expect, test } from 'vitest';
import { promptParts } from '../../../src/components/sql/prompt-parts.ts';

test('splits a prompt into text, code and bold runs', () => {
	expect(promptParts('Count the **completed** trips; return `city` and `trips`.')).toEqual([
		{ kind: 'text', text: 'Count the ' },
		{ kind: 'strong', text: 'completed' },
		{ kind: 'text', text: ' trips; return ' },
		{ kind: 'code', text: 'city' },
		{ kind: 'text', text: ' and ' },
		{ kind: 'code', text: 'trips' },
		{ kind: 'text', text: '.' },
	]);
});

test('leaves markup it does not support as text, to be escaped by the page', () => {
	expect(promptParts('Use <b>x</b> and a lone ` tick')).toEqual([
		{ kind: 'text', text: 'Use <b>x</b> and a lone ` tick' },
	]);
});
