// Checks every diagram in the handbook's content with the real Mermaid grammar (and for an
// accessible title), reporting `file:line: problem`. Pass files or folders to check only those.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateMermaidInFile } from '../src/markdown/validate-mermaid.ts';

function listContentFiles(path: string): string[] {
	if (statSync(path).isFile()) return /\.mdx?$/.test(path) ? [path] : [];
	return readdirSync(path).flatMap((name) => listContentFiles(join(path, name)));
}

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['src/content/docs']).flatMap(listContentFiles);
let problems = 0;
let diagrams = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	diagrams += (text.match(/^\s{0,3}(`{3,}|~{3,})\s*mermaid\b/gm) ?? []).length;
	for (const problem of await validateMermaidInFile(relative(process.cwd(), file), text)) {
		console.error(`${problem.file}:${problem.line}: ${problem.message}`);
		problems++;
	}
}
if (problems > 0) {
	console.error(
		`\n${problems} diagram problem(s) in ${files.length} files. Fix each at the line shown.`,
	);
	process.exit(1);
}
console.log(`Content lint: ${diagrams} diagrams in ${files.length} files, all valid.`);
