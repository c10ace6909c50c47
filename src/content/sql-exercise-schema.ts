// The frontmatter of an SQL exercise (src/content/sql-exercises/<id>.md), shared by the
// `sqlExercises` collection in src/content.config.ts and by `npm run lint:content`.
import { z } from 'astro/zod';
import { rejectUnknownKeys } from './frontmatter-schemas.ts';

/** The topics exercises are grouped under, in the order the exercises page shows them. */
export const sqlTopics = [
	'joins',
	'aggregation',
	'nulls',
	'window-functions',
	'ctes',
	'recursive-ctes',
	'top-n',
	'gaps-and-islands',
	'deduplication',
	'date-bucketing',
] as const;

/** One of the exercise topics. */
export type SqlTopic = (typeof sqlTopics)[number];

/** One result cell as PostgreSQL prints it in text form, or null for SQL NULL. */
const cellSchema = z.union([z.string(), z.null()], {
	error: "each value is a quoted string as PostgreSQL prints it (`'42'`, `'12.50'`) or null",
});

/** The fields of an exercise file. */
export const sqlExerciseFields = z.object({
	/** Short, sentence case. */
	title: z.string().trim().min(3),
	/** The heading of the exercises page the exercise appears under. */
	topic: z.enum(sqlTopics),
	/** Position within its topic, from 1; unique per topic. */
	order: z.number().int().min(1),
	difficulty: z.enum(['easy', 'medium', 'hard']),
	/** The task, in inline Markdown (`code` and **bold** only), naming every output column. */
	prompt: z.string().trim().min(10),
	/** True only when the prompt asks for an order; the rows are then compared in sequence. */
	ordered: z.boolean(),
	/** The model solution's result: column names in order and every row as text cells. */
	expected: z.object({
		columns: z.array(z.string().min(1)).min(1),
		rows: z.array(z.array(cellSchema)),
	}),
});

/** An exercise's frontmatter as parsed. */
export type SqlExerciseData = z.infer<typeof sqlExerciseFields>;

/** The exercise fields with every row checked to be as long as `columns`. */
export const sqlExerciseRowsChecked = sqlExerciseFields.superRefine((exercise, context) => {
	exercise.expected.rows.forEach((row, index) => {
		if (row.length !== exercise.expected.columns.length) {
			context.addIssue({
				code: 'custom',
				path: ['expected', 'rows', index],
				message: `row ${index + 1} has ${row.length} values but \`expected.columns\` names ${exercise.expected.columns.length}: give every row one value per column, in the same order.`,
			});
		}
	});
});

/** The schema of an exercise file as the build reads it: unknown keys rejected too. */
export const sqlExerciseSchema = rejectUnknownKeys(sqlExerciseRowsChecked);
