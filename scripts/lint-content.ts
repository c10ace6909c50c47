// `npm run lint:content [files or folders]`: every check on the handbook's content that needs no
// build, in a second or two, reported as `file:line: problem and fix`. With no arguments it checks
// src/content/docs and src/content/questions; links and question `pages` are resolved against
// the whole site either way. `--json` prints the problems as JSON instead (for `npm run dev`).
import { lintContent } from './content-lint/lint-content-files.ts';

const started = performance.now();
const json = process.argv.includes('--json');
try {
	const { problems, warnings, files, diagrams } = await lintContent(
		process.cwd(),
		process.argv.slice(2).filter((arg) => arg !== '--json'),
	);
	if (json) {
		console.log(JSON.stringify({ problems }));
		process.exit(0);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	for (const warning of warnings) {
		console.warn(`${warning.file}:${warning.line}: warning: ${warning.message}`);
	}
	if (warnings.length > 0) {
		console.warn(
			`\n${warnings.length} warning(s): worth fixing, but they do not fail the lint (see "Diagrams" in CONTRIBUTING.md).\n`,
		);
	}
	for (const problem of problems) {
		console.error(`${problem.file}:${problem.line}: ${problem.message}`);
	}
	if (problems.length > 0) {
		console.error(
			`\n${problems.length} problem(s) in ${files} files (${seconds} s). Fix each at the line shown.`,
		);
		process.exit(1);
	}
	console.log(`Content lint: ${files} files and ${diagrams} diagrams, no problems (${seconds} s).`);
} catch (error) {
	console.error(`lint:content: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
