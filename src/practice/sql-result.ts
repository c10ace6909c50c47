/**
 * Checks a reader's query result against an exercise's expected result. Values are compared as
 * PostgreSQL prints them in text form (NULL stays null), as a multiset of rows, or as a sequence
 * when the exercise asks for an order. Pure: the page and the tests both call it.
 */

/** One result cell: PostgreSQL's text output, or null for SQL NULL. */
export type SqlCell = string | null;

/** A result as column names and rows of text cells. */
export interface SqlRows {
	columns: readonly string[];
	rows: readonly (readonly SqlCell[])[];
}

/** What the exercise expects, and whether row order matters. */
export interface ExpectedRows extends SqlRows {
	ordered: boolean;
}

/** The outcome of a comparison; `correct` only when nothing below is wrong. */
export interface SqlVerdict {
	correct: boolean;
	/** A plain sentence about the column names when they differ from the expected ones, else null. */
	columnProblem: string | null;
	/** Expected rows the result lacks (each repeated as often as it is lacking). */
	missing: SqlCell[][];
	/** Result rows the exercise does not expect. */
	unexpected: SqlCell[][];
	/** True when the rows are the right ones but not in the order asked for. */
	wrongOrder: boolean;
}

/**
 * Turns a value from the database driver into a text cell. With every type parser set to return
 * the raw text, values are already strings; anything else is a sign a parser was missed.
 * @throws when the value is neither text nor null
 */
export function textCell(value: unknown): SqlCell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	throw new TypeError(
		`expected PostgreSQL's text output, got a ${typeof value}: a type parser returns something other than the raw text`,
	);
}

/** A key that tells rows apart exactly, NULL distinct from the text 'null'. */
function rowKey(row: readonly SqlCell[]): string {
	return JSON.stringify(row);
}

/** Rows of `from` left over after taking away, one for one, the rows of `minus`. */
function multisetDifference(
	from: readonly (readonly SqlCell[])[],
	minus: readonly (readonly SqlCell[])[],
): SqlCell[][] {
	const counts = new Map<string, number>();
	for (const row of minus) counts.set(rowKey(row), (counts.get(rowKey(row)) ?? 0) + 1);
	const left: SqlCell[][] = [];
	for (const row of from) {
		const key = rowKey(row);
		const count = counts.get(key) ?? 0;
		if (count > 0) counts.set(key, count - 1);
		else left.push([...row]);
	}
	return left;
}

function quoteList(names: readonly string[]): string {
	return names.length === 0 ? 'none' : names.map((name) => `"${name}"`).join(', ');
}

/** Describes how the actual column names differ from the expected ones, or returns null. */
export function describeColumnProblem(
	expected: readonly string[],
	actual: readonly string[],
): string | null {
	if (expected.length === actual.length && expected.every((name, i) => name === actual[i])) {
		return null;
	}
	if (expected.length !== actual.length) {
		return `The result has ${actual.length} column${actual.length === 1 ? '' : 's'} (${quoteList(actual)}); the exercise asks for ${expected.length} (${quoteList(expected)}).`;
	}
	const sameSet = [...expected].sort().join('\n') === [...actual].sort().join('\n');
	if (sameSet) {
		return `The columns are right but in another order: expected ${quoteList(expected)}, got ${quoteList(actual)}.`;
	}
	const renamed = expected
		.map((name, i) => ({ name, got: actual[i] ?? '' }))
		.filter(({ name, got }) => name !== got)
		.map(({ name, got }) => `"${got}" where "${name}" is expected`);
	return `Column names differ: ${renamed.join('; ')}. Name a column with AS.`;
}

/** Compares `actual` with `expected`: rows as a multiset, or in sequence when `ordered`. */
export function compareSqlRows(expected: ExpectedRows, actual: SqlRows): SqlVerdict {
	const columnProblem = describeColumnProblem(expected.columns, actual.columns);
	const missing = multisetDifference(expected.rows, actual.rows);
	const unexpected = multisetDifference(actual.rows, expected.rows);
	const sameRows = missing.length === 0 && unexpected.length === 0;
	const wrongOrder =
		expected.ordered &&
		sameRows &&
		expected.rows.some((row, i) => rowKey(row) !== rowKey(actual.rows[i] ?? []));
	return {
		correct: columnProblem === null && sameRows && !wrongOrder,
		columnProblem,
		missing,
		unexpected,
		wrongOrder,
	};
}
