import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	codeFiles,
	fileImports,
	folderCycles,
	folderEdges,
	folderOf,
	scriptText,
	type FileImport,
} from './folder-graph.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Imports that break the rules below and are on their way out, as `{ from: file, toUnder: folder }`;
 * none today. Delete an entry when its import goes; the last test fails while an entry matches
 * nothing.
 */
const knownExceptions: { from: string; toUnder: string }[] = [];

const isKnownException = (fileImport: FileImport): boolean =>
	knownExceptions.some(
		(exception) =>
			fileImport.from === exception.from && fileImport.to?.startsWith(exception.toUnder) === true,
	);

// The pages (MDX and Markdown) import only components; every code file is read.
const allImports = codeFiles(root, ['src', 'scripts', 'tests'], []).flatMap((path) =>
	fileImports(root, path),
);
const imports = allImports.filter((fileImport) => !isKnownException(fileImport));

const where = (fileImport: FileImport): string =>
	`${fileImport.from}:${fileImport.line} imports '${fileImport.specifier}'`;

describe('folder dependencies', () => {
	it('reads the imports of the whole repository, components and globs included', () => {
		const edges = folderEdges(imports);
		expect(new Set(allImports.map((fileImport) => fileImport.from)).size).toBeGreaterThan(100);
		// A page's code comes from src/reference through import.meta.glob in <SourceCode>.
		expect(edges.get('src/components')?.has('src/reference')).toBe(true);
		// Components load their browser scripts from <script> tags.
		expect(edges.get('src/components')?.has('src/client')).toBe(true);
		expect(edges.get('tests/unit')?.has('src/reference')).toBe(true);
	});

	it('has no cycle between folders (src/<folder>, scripts, tests/unit, tests/e2e)', () => {
		const edges = folderEdges(imports);
		const report = folderCycles(edges).map((cycle) => {
			const steps = cycle.slice(1).map((to, step) => {
				const from = cycle[step]!;
				const files = (edges.get(from)?.get(to) ?? []).map(
					(fileImport) => `    ${where(fileImport)}`,
				);
				return [`  ${from} → ${to}:`, ...files].join('\n');
			});
			return [
				`Folders import each other in a cycle: ${cycle.join(' → ')}`,
				...steps,
				'Imports must run one way: move what both folders need into one of them, or into a folder both import, so that the other stops importing back.',
			].join('\n');
		});
		expect(report.join('\n\n')).toBe('');
	});

	it('never imports tests from src/ or scripts/', () => {
		const report = imports
			.filter((fileImport) => {
				const from = folderOf(fileImport.from);
				const to = fileImport.to === undefined ? '' : folderOf(fileImport.to);
				return (
					(from === 'src' || from.startsWith('src/') || from === 'scripts') &&
					to.startsWith('tests/')
				);
			})
			.map(
				(fileImport) =>
					`${where(fileImport)}: src/ and scripts/ must not depend on tests. Move the code both need into src/ or scripts/ and import it from the tests.`,
			);
		expect(report.join('\n')).toBe('');
	});

	// The ESLint rule does the same for import statements; this also sees import() and globs.
	it('keeps src/reference to its own files and node: built-ins', () => {
		const report = imports
			.filter((fileImport) => fileImport.from.startsWith('src/reference/'))
			.filter((fileImport) =>
				fileImport.to === undefined
					? !fileImport.specifier.startsWith('node:')
					: !fileImport.to.startsWith('src/reference/'),
			)
			.map(
				(fileImport) =>
					`${where(fileImport)}: src/reference imports only its own files and Node built-ins (\`node:*\`). Move the code this file needs into src/reference, or move this file out of src/reference.`,
			);
		expect(report.join('\n')).toBe('');
	});

	it('has no known exception left that matches no import', () => {
		const unused = knownExceptions.filter(
			(exception) =>
				!allImports.some(
					(fileImport) =>
						fileImport.from === exception.from &&
						fileImport.to?.startsWith(exception.toUnder) === true,
				),
		);
		expect(
			unused.map(
				(exception) =>
					`${exception.from} no longer imports from ${exception.toUnder}: delete its entry in knownExceptions (tests/unit/architecture/folder-dependencies.test.ts).`,
			),
		).toEqual([]);
	});
});

describe('the folder graph', () => {
	const edgesOf = (pairs: [string, string][]): Map<string, Map<string, FileImport[]>> =>
		folderEdges(
			pairs.map(([from, to]) => ({
				from: `${from}/a.ts`,
				line: 1,
				specifier: '',
				to: `${to}/b.ts`,
			})),
		);

	it('finds a cycle, reported from its first folder back to it', () => {
		const edges = edgesOf([
			['src/data', 'src/practice'],
			['src/practice', 'src/reference'],
			['src/reference', 'src/data'],
			['src/client', 'src/practice'],
		]);
		expect(folderCycles(edges)).toEqual([
			['src/data', 'src/practice', 'src/reference', 'src/data'],
		]);
	});

	it('finds one cycle per group of folders that import each other, and none in a one-way graph', () => {
		const edges = edgesOf([
			['scripts', 'tests/e2e'],
			['tests/e2e', 'scripts'],
			['src/client', 'src/practice'],
			['src/practice', 'src/client'],
			['tests/unit', 'src/practice'],
		]);
		expect(folderCycles(edges)).toEqual(
			expect.arrayContaining([
				['scripts', 'tests/e2e', 'scripts'],
				['src/client', 'src/practice', 'src/client'],
			]),
		);
		expect(
			folderCycles(
				edgesOf([
					['tests/unit', 'src/practice'],
					['src/practice', 'src/data'],
				]),
			),
		).toEqual([]);
	});

	it('names the folder of a file, of a file directly in src/, and of a glob', () => {
		expect(folderOf('src/practice/schedule.ts')).toBe('src/practice');
		expect(folderOf('src/client/practice/flashcards.ts')).toBe('src/client');
		expect(folderOf('src/content.config.ts')).toBe('src');
		expect(folderOf('src/reference/')).toBe('src/reference');
		expect(folderOf('tests/e2e/support/site.ts')).toBe('tests/e2e');
		expect(folderOf('scripts/scaffold/page-scaffold.ts')).toBe('scripts');
	});

	it('reads the frontmatter and scripts of a component, not its template, on their own lines', () => {
		const component = [
			'---',
			"import Card from './Card.astro';",
			'---',
			'<p>import your progress from a file</p>',
			'<script>',
			"\timport { enhance } from '../client/enhance.ts';",
			'</script>',
		].join('\n');
		const text = scriptText('src/components/X.astro', component);
		expect(text).toHaveLength(component.length);
		expect(text.split('\n')[1]).toBe("import Card from './Card.astro';");
		expect(text.split('\n')[3]?.trim()).toBe('');
		expect(text.split('\n')[5]).toBe("\timport { enhance } from '../client/enhance.ts';");
	});
});
