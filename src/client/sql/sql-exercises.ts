/**
 * Brings the SQL exercises to life: an editor per exercise whose Run sends the query to
 * PostgreSQL in the browser and shows the rows and the verdict. PGlite is imported only when the
 * reader first presses Run. Drafts and solved exercises go to the reader's progress.
 */
import { compareSqlRows, type ExpectedRows, type SqlRows } from '../../practice/sql-result.ts';
import type { SqlRunOutcome } from './sql-runner.ts';
import { openSqlProgress, type SqlProgressStore } from './sql-progress.ts';

/** Result rows shown at most; the verdict always covers every row. */
const rowsShown = 50;

let runnerLoaded = false;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function resultTable(result: SqlRows, caption: string): HTMLElement {
	const wrap = element('div', undefined, 'table-wrap sql-table');
	const table = element('table');
	const captionElement = element('caption', caption, 'sr-only');
	const head = element('tr');
	for (const column of result.columns) {
		const th = element('th', column);
		th.scope = 'col';
		head.append(th);
	}
	const body = element('tbody');
	for (const row of result.rows.slice(0, rowsShown)) {
		const tr = element('tr');
		for (const cell of row)
			tr.append(cell === null ? element('td', 'NULL', 'sql-null') : element('td', cell));
		body.append(tr);
	}
	const thead = element('thead');
	thead.append(head);
	table.append(captionElement, thead, body);
	wrap.append(table);
	return wrap;
}

function rowList(
	title: string,
	columns: readonly string[],
	rows: (string | null)[][],
): HTMLElement {
	const block = element('div', undefined, 'sql-diff');
	block.append(element('p', title));
	block.append(resultTable({ columns, rows }, title));
	return block;
}

/** Renders a run's outcome into `output`; returns whether the answer is correct. */
function showOutcome(
	output: HTMLElement,
	outcome: SqlRunOutcome,
	expected: ExpectedRows,
	sql: string,
): boolean {
	output.replaceChildren();
	if (!outcome.ok) {
		if ('error' in outcome) {
			const { message, position, hint, detail } = outcome.error;
			const box = element('div', undefined, 'sql-error');
			box.append(element('p', `ERROR: ${message}`));
			if (position !== null) {
				const before = sql.slice(0, position - 1).split('\n');
				const line = before.length;
				const column = (before.at(-1) ?? '').length + 1;
				box.append(
					element('p', `Position: character ${position} (line ${line}, column ${column})`),
				);
			}
			if (detail) box.append(element('p', `DETAIL: ${detail}`));
			if (hint) box.append(element('p', `HINT: ${hint}`));
			output.append(box);
		} else output.append(element('p', outcome.message, 'sql-error'));
		return false;
	}
	const { result } = outcome;
	const verdict = compareSqlRows(expected, result);
	const status = element(
		'p',
		undefined,
		verdict.correct ? 'sql-verdict sql-correct' : 'sql-verdict sql-wrong',
	);
	status.textContent = verdict.correct ? 'Correct' : 'Not yet';
	output.append(status);
	if (verdict.columnProblem) output.append(element('p', verdict.columnProblem));
	if (verdict.wrongOrder) {
		output.append(element('p', 'Right rows, wrong order: check the ORDER BY the task asks for.'));
	}
	if (verdict.missing.length > 0) {
		output.append(
			rowList(
				`Missing rows (${verdict.missing.length}), expected but not returned:`,
				expected.columns,
				verdict.missing,
			),
		);
	}
	if (verdict.unexpected.length > 0) {
		output.append(
			rowList(
				`Unexpected rows (${verdict.unexpected.length}), returned but not expected:`,
				result.columns,
				verdict.unexpected,
			),
		);
	}
	const count = result.rows.length;
	output.append(
		element(
			'p',
			result.columns.length === 0
				? 'The last statement returned no result set.'
				: `Your result: ${count} row${count === 1 ? '' : 's'}${count > rowsShown ? `, the first ${rowsShown} shown` : ''}.`,
		),
	);
	if (result.columns.length > 0) output.append(resultTable(result, 'Your result'));
	return verdict.correct;
}

function setUp(root: HTMLElement, progress: SqlProgressStore): void {
	const id = root.dataset['sqlExercise'] ?? '';
	const expected = JSON.parse(root.dataset['expected'] ?? '{}') as ExpectedRows;
	const input = root.querySelector<HTMLTextAreaElement>('[data-sql-input]');
	const run = root.querySelector<HTMLButtonElement>('[data-sql-run]');
	const reset = root.querySelector<HTMLButtonElement>('[data-sql-reset]');
	const output = root.querySelector<HTMLElement>('[data-sql-output]');
	const solved = root.querySelector<HTMLElement>('[data-sql-solved]');
	if (!input || !run || !reset || !output || !solved) return;
	input.value = progress.draft(id) ?? '';
	solved.hidden = progress.solvedAt(id) === undefined;

	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(saveTimer);
		saveTimer = setTimeout(() => progress.saveDraft(id, input.value), 400);
	});

	const execute = async (): Promise<void> => {
		const sql = input.value;
		if (sql.trim() === '') {
			output.replaceChildren(element('p', 'Write a query first.'));
			return;
		}
		clearTimeout(saveTimer);
		progress.saveDraft(id, sql);
		run.disabled = true;
		output.setAttribute('aria-busy', 'true');
		output.replaceChildren(
			element(
				'p',
				runnerLoaded
					? 'Running…'
					: 'Starting PostgreSQL in this page (downloading it the first time)…',
			),
		);
		try {
			const { runSql } = await import('./sql-runner.ts');
			runnerLoaded = true;
			const outcome = await runSql(sql);
			for (const note of document.querySelectorAll('[data-sql-download-note]')) {
				note.textContent = 'PostgreSQL runs in this page.';
			}
			if (showOutcome(output, outcome, expected, sql)) {
				progress.markSolved(id, Date.now());
				solved.hidden = false;
			}
		} catch (error) {
			output.replaceChildren(
				element(
					'p',
					`PostgreSQL could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection and press Run again.`,
					'sql-error',
				),
			);
		} finally {
			run.disabled = false;
			output.removeAttribute('aria-busy');
		}
	};

	run.addEventListener('click', () => void execute());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			void execute();
		}
	});
	reset.addEventListener('click', () => {
		clearTimeout(saveTimer);
		input.value = '';
		progress.saveDraft(id, '');
		output.replaceChildren();
		input.focus();
	});
}

/** Enhances every exercise inside `root`. */
export function enhanceSqlExercises(root: ParentNode): void {
	const exercises = root.querySelectorAll<HTMLElement>('[data-sql-exercise]');
	if (exercises.length === 0) return;
	const progress = openSqlProgress(root);
	for (const exercise of exercises) setUp(exercise, progress);
}
