/**
 * The reader's SQL drafts and solved exercises, kept in the progress document under `sql`
 * (`{ drafts: { id: text }, solved: { id: ms since epoch } }`), through the same session as the
 * other practice tools, so export and import carry them too.
 */
import type { SqlProgress } from '../../practice/progress-document.ts';
import { openProgressSession } from '../practice/progress-session.ts';

/** Reads and changes the SQL part of the reader's progress. */
export interface SqlProgressStore {
	draft(id: string): string | undefined;
	solvedAt(id: string): number | undefined;
	/** Stores the draft, or forgets it when `text` is empty. */
	saveDraft(id: string, text: string): void;
	markSolved(id: string, at: number): void;
}

/** Opens the reader's progress for the exercises inside `root`. */
export function openSqlProgress(root: ParentNode): SqlProgressStore {
	const session = openProgressSession(root);
	const current = (): SqlProgress => {
		const { sql } = session.document;
		return { drafts: { ...sql.drafts }, solved: { ...sql.solved } };
	};
	const save = (sql: SqlProgress): void => {
		session.save({ ...session.document, sql });
	};
	return {
		draft: (id) => current().drafts[id],
		solvedAt: (id) => current().solved[id],
		saveDraft(id, text) {
			const sql = current();
			if (text.trim() === '') delete sql.drafts[id];
			else sql.drafts[id] = text;
			save(sql);
		},
		markSolved(id, at) {
			const sql = current();
			sql.solved[id] ??= at;
			save(sql);
		},
	};
}
