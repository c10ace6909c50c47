// Checks the SQL exercise files (src/content/sql-exercises): each file's frontmatter against the
// collection's schema, then what spans files: a model solution for every exercise and one
// exercise per topic position.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	checkSqlExercises,
	sqlExerciseFolder,
	sqlSolutionPath,
	type SqlExerciseRecord,
} from '../../src/content/sql-exercise-checks.ts';
import {
	sqlExerciseRowsChecked,
	type SqlExerciseData,
} from '../../src/content/sql-exercise-schema.ts';
import { schemaProblems } from './check-frontmatter.ts';
import { FrontmatterError, lineOfField, readFrontmatter } from './frontmatter-text.ts';
import type { LintProblem } from './lint-problem.ts';
import { listFiles } from './site-index.ts';

/** Lints every exercise under `root`; returns the problems and how many files were read. */
export function lintSqlExercises(root: string): { problems: LintProblem[]; files: number } {
	const files = existsSync(join(root, sqlExerciseFolder))
		? listFiles(root, sqlExerciseFolder, /\.md$/)
		: [];
	const problems: LintProblem[] = [];
	const records: SqlExerciseRecord[] = [];
	const lineOf = new Map<string, (field: string) => number>();
	for (const file of files) {
		const id = file.slice(sqlExerciseFolder.length + 1).replace(/\.md$/, '');
		try {
			const frontmatter = readFrontmatter(readFileSync(join(root, file), 'utf8'));
			lineOf.set(file, (field) => lineOfField(frontmatter, [field]));
			const result = schemaProblems(file, frontmatter, sqlExerciseRowsChecked);
			problems.push(...result.problems);
			const data = result.data as SqlExerciseData | undefined;
			if (data) records.push({ id, data });
			else if (!existsSync(join(root, sqlSolutionPath(id)))) {
				// The other checks need valid fields; a missing solution is worth reporting anyway.
				problems.push({
					file,
					line: 1,
					message: `no model solution: add ${sqlSolutionPath(id)}, one SELECT whose result is \`expected\`.`,
				});
			}
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
			problems.push({ file, line: error.line, message: error.message });
		}
	}
	for (const problem of checkSqlExercises(records, (id) =>
		existsSync(join(root, sqlSolutionPath(id))),
	)) {
		problems.push({
			file: problem.file,
			line: lineOf.get(problem.file)?.(problem.field) ?? 1,
			message: problem.message,
		});
	}
	return { problems, files: files.length };
}
