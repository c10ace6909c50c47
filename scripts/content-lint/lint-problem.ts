/** One mistake in a content file, at the line to fix. */
export interface LintProblem {
	/** Path from the project root, with forward slashes. */
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** What is wrong and how to fix it. */
	message: string;
}
