import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	foldAboveLines,
	maximumShownLines,
	minimumHiddenLines,
	minimumShownLines,
	renderedLines,
	sourceFold,
} from '../../../src/components/source-code-fold.ts';

/** A file of `count` non-blank lines, with blank lines at the given 1-based line numbers. */
function file(count: number, blankAt: readonly number[] = []): string {
	return Array.from({ length: count }, (_, index) =>
		blankAt.includes(index + 1) ? '' : `const line${index + 1} = ${index + 1};`,
	).join('\n');
}

describe('where <SourceCode> folds a reference file', () => {
	it('shows a file of up to 30 lines whole', () => {
		expect(foldAboveLines).toBe(30);
		expect(sourceFold(file(foldAboveLines, [22]))).toBeUndefined();
		expect(sourceFold(file(12))).toBeUndefined();
	});

	it('folds a longer file at the first blank line after the first 20, through its last line', () => {
		expect(sourceFold(file(41, [10, 24, 28]))).toEqual({ from: 24, to: 41 });
	});

	it('shows a file whole when the fold would hide fewer than 10 lines', () => {
		expect(minimumHiddenLines).toBe(10);
		// 33 lines folded at the blank line 25 would hide 9.
		expect(sourceFold(file(33, [25]))).toBeUndefined();
		expect(sourceFold(file(34, [25]))).toEqual({ from: 25, to: 34 });
	});

	it('never shows fewer than 20 lines, even when a blank line comes earlier', () => {
		const fold = sourceFold(file(60, [5, 20, 21]));
		expect(fold?.from).toBe(minimumShownLines + 1);
	});

	it('folds after 25 lines when no blank line falls between lines 21 and 31', () => {
		expect(sourceFold(file(80, [maximumShownLines + 2]))).toEqual({ from: 26, to: 80 });
	});

	it('counts lines as Expressive Code does: no trailing newline or blank end lines', () => {
		const code = `\n\n${file(45)}\n\n\n`;
		expect(renderedLines(code)).toHaveLength(45);
		expect(sourceFold(code)?.to).toBe(45);
		expect(renderedLines('a  \r\nb\r\n')).toEqual(['a', 'b']);
	});

	it('folds the caching page write-back cache after its constructor, and leaves single flight whole', () => {
		const writeBack = readFileSync('src/reference/cache/write-back.ts', 'utf8');
		const fold = sourceFold(writeBack);
		expect(fold?.to).toBe(renderedLines(writeBack).length);
		expect(renderedLines(writeBack)[(fold?.from ?? 0) - 2]).toBe('\t}');
		expect(
			sourceFold(readFileSync('src/reference/cache/single-flight.ts', 'utf8')),
		).toBeUndefined();
	});
});
