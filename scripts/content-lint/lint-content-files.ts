// Runs every static content check on a set of files: frontmatter, question `pages`, links and
// anchors, <SourceCode> paths, <Practice /> blocks, Mermaid diagrams, and that the index page of
// each section a file belongs to links every page of that section; and warns about diagrams too
// wide to read in the column.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { validateMermaidInFile } from '../../src/markdown/validate-mermaid.ts';
import { checkBody } from './check-body.ts';
import { checkDiagramFit } from './check-diagram-fit.ts';
import { checkInterviewLevels } from './check-levels.ts';
import { checkPageFrontmatter, checkQuestionFrontmatter } from './check-frontmatter.ts';
import { checkSectionIndexes, sectionOf } from './check-section-index.ts';
import { lintSqlExercises } from './check-sql-exercises.ts';
import { sqlExerciseFolder } from '../../src/content/sql-exercise-checks.ts';
import { FrontmatterError, readFrontmatter } from './frontmatter-text.ts';
import type { LintProblem } from './lint-problem.ts';
import { buildSiteIndex, listFiles, pageIdOf, pageAnchors, type PageEntry } from './site-index.ts';

/** What a lint run found. */
export interface LintResult {
	problems: LintProblem[];
	/** Things worth changing that do not fail the lint (a diagram too wide to read in the column). */
	warnings: LintProblem[];
	files: number;
	diagrams: number;
}

/** The content folders checked when no files are named. */
export const contentFolders = ['src/content/docs', 'src/content/questions'];

/** Expands files and folders (relative to `root` or absolute) into content files from `root`. */
export function contentFilesOf(root: string, targets: readonly string[]): string[] {
	return (targets.length > 0 ? targets : contentFolders).flatMap((target) => {
		const absolute = resolve(root, target);
		if (!existsSync(absolute)) {
			throw new Error(`${target}: no such file or folder.`);
		}
		const path = relative(root, absolute).split(sep).join('/');
		if (statSync(absolute).isDirectory()) return listFiles(root, path, /\.mdx?$/);
		return /\.mdx?$/.test(path) ? [path] : [];
	});
}

/** Lints `targets` (default: all content) of the project at `root`; the site is indexed whole. */
export async function lintContent(
	root: string,
	targets: readonly string[] = [],
): Promise<LintResult> {
	const site = buildSiteIndex(root);
	const allFiles = contentFilesOf(root, targets);
	const isSqlExercise = (file: string): boolean => file.startsWith(`${sqlExerciseFolder}/`);
	const files = allFiles.filter((file) => !isSqlExercise(file));
	const problems: LintProblem[] = [];
	const warnings: LintProblem[] = [];
	let diagrams = 0;
	for (const file of files) {
		const text = readFileSync(join(root, file), 'utf8');
		const question = file.startsWith('src/content/questions/');
		let bodyLine = 1;
		try {
			const frontmatter = readFrontmatter(text);
			bodyLine = frontmatter.bodyLine;
			problems.push(
				...(question
					? checkQuestionFrontmatter(file, frontmatter, site)
					: checkPageFrontmatter(file, pageIdOf(file), frontmatter)),
			);
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
			problems.push({ file, line: error.line, message: error.message });
		}
		const page: PageEntry | undefined = question
			? undefined
			: (site.pagesById.get(pageIdOf(file)) ?? {
					file,
					id: pageIdOf(file),
					route: `/${pageIdOf(file)}/`,
					anchors: pageAnchors(text),
				});
		problems.push(...checkBody(file, text, page, site, bodyLine));
		if (!question) problems.push(...checkInterviewLevels(file, text));
		diagrams += (text.match(/^\s{0,3}(`{3,}|~{3,})\s*mermaid\b/gm) ?? []).length;
		problems.push(...(await validateMermaidInFile(file, text)));
		warnings.push(...checkDiagramFit(file, text));
	}
	// A section is checked when its index or any of its pages is among the files linted.
	const sections = files
		.filter((file) => file.startsWith('src/content/docs/'))
		.map((file) => pageIdOf(file))
		.map((id) => sectionOf(id) ?? id)
		.filter((section) => section !== '');
	problems.push(...checkSectionIndexes(site, sections));
	// SQL exercises are checked all together (positions and solutions span files).
	let sqlExerciseFiles = 0;
	if (targets.length === 0 || allFiles.some(isSqlExercise)) {
		const sql = lintSqlExercises(root);
		problems.push(...sql.problems);
		sqlExerciseFiles = sql.files;
	}
	const byPlace = (a: LintProblem, b: LintProblem): number =>
		a.file.localeCompare(b.file) || a.line - b.line;
	problems.sort(byPlace);
	warnings.sort(byPlace);
	return { problems, warnings, files: files.length + sqlExerciseFiles, diagrams };
}
