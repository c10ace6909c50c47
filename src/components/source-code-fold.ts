/**
 * Where <SourceCode> folds a long reference file: a phone reader sees the module comment and the
 * first declarations, then a control that shows the whole file. Short files are shown whole.
 */

/** Files of this many lines or fewer are shown whole: folding them would save little. */
export const foldAboveLines = 30;
/** Nor is a file folded when fewer lines than this would be hidden. */
export const minimumHiddenLines = 10;
/** The fold never shows fewer lines than this above the control. */
export const minimumShownLines = 20;
/** Nor more than this, when no blank line falls between the two. */
export const maximumShownLines = 30;
/** Where the fold goes in a file with no blank line between the minimum and the maximum. */
const shownLinesWithoutBreak = 25;

/** The lines of a file as Expressive Code numbers them: blank lines at either end dropped. */
export function renderedLines(code: string): string[] {
	const lines = code.split(/\r?\n/).map((line) => line.trimEnd());
	while (lines.length > 0 && lines[0] === '') lines.shift();
	while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** A fold of one file: lines `from` to `to` (1-based, inclusive) start hidden. */
export interface SourceFold {
	from: number;
	to: number;
}

/**
 * The lines to hide behind the "show the whole file" control, or undefined for a short file.
 * The fold starts at the first blank line after the minimum shown (so it falls between two
 * declarations, not inside one), or after a fixed count when there is no blank line in reach.
 */
export function sourceFold(code: string): SourceFold | undefined {
	const lines = renderedLines(code);
	if (lines.length <= foldAboveLines) return undefined;
	let from = shownLinesWithoutBreak + 1;
	for (let line = minimumShownLines + 1; line <= maximumShownLines + 1; line++) {
		if (lines[line - 1] === '') {
			from = line;
			break;
		}
	}
	if (lines.length - from + 1 < minimumHiddenLines) return undefined;
	return { from, to: lines.length };
}
