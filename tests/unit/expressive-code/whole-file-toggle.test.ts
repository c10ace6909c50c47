import { describe, expect, it } from 'vitest';
import {
	showFirstLinesLabel,
	showWholeFileLabel,
} from '../../../src/expressive-code/whole-file-toggle.ts';

describe('the labels of the control that folds a long file', () => {
	it('says, while folded, how many lines are hidden and that it shows the whole file', () => {
		expect(showWholeFileLabel(22)).toBe('Show the whole file (22 more lines)');
		expect(showWholeFileLabel(1)).toBe('Show the whole file (1 more line)');
	});

	it('says, while open, that it goes back to the first lines', () => {
		expect(showFirstLinesLabel(24)).toBe('Show only the first 24 lines');
	});
});
