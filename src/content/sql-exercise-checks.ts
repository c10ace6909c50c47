// Checks that span exercise files, which a per-file schema cannot make: every exercise has its
// model solution, and no two exercises claim the same place in a topic. Used by the
// exercises component during the build and by `npm run lint:content`.
import type { SqlExerciseData } from './sql-exercise-schema.ts';

/** Where exercise files and their model solutions live, relative to the project root. */
export const sqlExerciseFolder = 'src/content/sql-exercises';
export const sqlSolutionFolder = 'src/reference/sql/exercises';

/** The model solution's path for an exercise id. */
export function sqlSolutionPath(id: string): string {
	return `${sqlSolutionFolder}/${id}.sql`;
}

/** An exercise as the checks need it. */
export interface SqlExerciseRecord {
	id: string;
	data: Pick<SqlExerciseData, 'topic' | 'order'>;
}

/** A problem in one exercise file, naming the field and the fix. */
export interface SqlExerciseProblem {
	file: string;
	field: string;
	message: string;
}

/** Finds exercises without a solution file and topic positions claimed twice. */
export function checkSqlExercises(
	exercises: readonly SqlExerciseRecord[],
	hasSolution: (id: string) => boolean,
): SqlExerciseProblem[] {
	const problems: SqlExerciseProblem[] = [];
	const places = new Map<string, string>();
	for (const { id, data } of [...exercises].sort((a, b) => a.id.localeCompare(b.id))) {
		const file = `${sqlExerciseFolder}/${id}.md`;
		if (!hasSolution(id)) {
			problems.push({
				file,
				field: 'id',
				message: `no model solution: add ${sqlSolutionPath(id)}, one SELECT whose result is \`expected\`.`,
			});
		}
		const place = `${data.topic}#${data.order}`;
		const other = places.get(place);
		if (other === undefined) places.set(place, id);
		else {
			problems.push({
				file,
				field: 'order',
				message: `order ${data.order} in topic ${data.topic} is taken by ${sqlExerciseFolder}/${other}.md: give each exercise of a topic its own order.`,
			});
		}
	}
	return problems;
}
