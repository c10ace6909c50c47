/**
 * The repository's imports as a graph between folders, for the architecture tests: which files
 * import which, which folder each file belongs to, and the cycles between folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import in one file, with paths relative to the repository root. */
export interface FileImport {
	/** The importing file, e.g. `src/data/study-plan.ts`. */
	from: string;
	/** Line of the import in the importing file, from 1. */
	line: number;
	/** The specifier as written, e.g. `../practice/progress-document.ts`. */
	specifier: string;
	/**
	 * The imported file, e.g. `src/practice/progress-document.ts`, or a glob's folder with `/`;
	 * undefined for a package, a `node:` built-in or a virtual module such as `astro:content`.
	 */
	to: string | undefined;
}

/** Extensions whose imports are read. */
const codeExtensions = ['.ts', '.mts', '.mjs', '.js', '.astro'];

/** Every code file under `folders` (relative to `root`), skipping `skip` and build output. */
export function codeFiles(
	root: string,
	folders: readonly string[],
	skip: readonly string[],
): string[] {
	const files: string[] = [];
	const walk = (folder: string): void => {
		for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
			const path = `${folder}/${entry.name}`;
			if (skip.some((skipped) => path === skipped || path.startsWith(`${skipped}/`))) continue;
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
			} else if (codeExtensions.some((extension) => entry.name.endsWith(extension))) {
				files.push(path);
			}
		}
	};
	for (const folder of folders) walk(folder);
	return files.sort();
}

/**
 * The script parts of a file, the rest blanked with spaces so offsets and lines stay those of the
 * file: all of a TypeScript or JavaScript file; the frontmatter and `<script>` bodies of an .astro
 * component (its template is HTML, where the word "import" is prose).
 */
export function scriptText(path: string, text: string): string {
	if (!path.endsWith('.astro')) return text;
	const blank = text.replace(/[^\n]/g, ' ');
	const parts: [number, number][] = [];
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (frontmatter?.[1] !== undefined) parts.push([4, 4 + frontmatter[1].length]);
	for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const body = script[1] ?? '';
		const start = script.index + script[0].indexOf('>') + 1;
		parts.push([start, start + body.length]);
	}
	let kept = blank;
	for (const [start, end] of parts) {
		kept = kept.slice(0, start) + text.slice(start, end) + kept.slice(end);
	}
	return kept;
}

/**
 * The imports of one file: import and export statements, `import()` and `require()` calls, and
 * `import.meta.glob`. Relative paths and the `~/` alias for src/ are resolved to repository paths.
 */
export function fileImports(root: string, path: string): FileImport[] {
	const text = scriptText(path, readFileSync(join(root, path), 'utf8'));
	const found: { specifier: string; pos: number }[] = ts
		.preProcessFile(text, true, true)
		.importedFiles.map((file) => ({ specifier: file.fileName, pos: file.pos }));
	for (const glob of text.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*['"`]([^'"`]+)['"`]/g)) {
		// The folder the glob starts in: what a fixed path prefix names.
		const prefix = (glob[1] ?? '').replace(/[*{[?].*$/, '');
		found.push({ specifier: prefix, pos: glob.index });
	}
	return found.map(({ specifier, pos }) => ({
		from: path,
		line: text.slice(0, pos).split('\n').length,
		specifier,
		to: resolveSpecifier(root, path, specifier),
	}));
}

function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
	const withoutQuery = specifier.replace(/\?.*$/, '');
	let absolute: string;
	if (withoutQuery.startsWith('./') || withoutQuery.startsWith('../')) {
		absolute = resolve(root, dirname(from), withoutQuery);
	} else if (withoutQuery.startsWith('~/')) {
		absolute = resolve(root, 'src', withoutQuery.slice(2));
	} else {
		return undefined;
	}
	const path = relative(root, absolute).split(sep).join('/');
	// A glob's folder keeps its trailing slash, so `folderOf` reads it as a folder.
	return withoutQuery.endsWith('/') ? `${path}/` : path;
}

/**
 * The folder a repository path belongs to in the dependency rules: `src/<top-level folder>` (files
 * directly in src/ are `src`), `tests/<folder>` (`tests/unit`, `tests/e2e`), or the path's first
 * folder (`scripts`).
 */
export function folderOf(path: string): string {
	const parts = path.split('/');
	const [top, second] = parts;
	if ((top === 'src' || top === 'tests') && parts.length > 2 && second) return `${top}/${second}`;
	return parts.length > 1 && top ? top : '.';
}

/**
 * Folder-to-folder edges, each with the file imports behind it. Imports within a folder and of
 * packages are left out.
 */
export function folderEdges(
	imports: readonly FileImport[],
): Map<string, Map<string, FileImport[]>> {
	const edges = new Map<string, Map<string, FileImport[]>>();
	for (const fileImport of imports) {
		if (fileImport.to === undefined) continue;
		const from = folderOf(fileImport.from);
		const to = folderOf(fileImport.to);
		if (from === to) continue;
		const targets = edges.get(from) ?? new Map<string, FileImport[]>();
		targets.set(to, [...(targets.get(to) ?? []), fileImport]);
		edges.set(from, targets);
	}
	return edges;
}

/**
 * One cycle through each group of folders that import each other (each strongly connected
 * component of two or more folders), as the list of folders with the first repeated at the end.
 */
export function folderCycles(edges: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
	const next = (folder: string): string[] => [...(edges.get(folder)?.keys() ?? [])].sort();
	const folders = new Set([...edges].flatMap(([from, targets]) => [from, ...targets.keys()]));
	// Tarjan's algorithm: folders in one component reach each other.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (folder: string): void => {
		index.set(folder, index.size);
		low.set(folder, index.get(folder)!);
		stack.push(folder);
		onStack.add(folder);
		for (const target of next(folder)) {
			if (!index.has(target)) {
				visit(target);
				low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
			} else if (onStack.has(target)) {
				low.set(folder, Math.min(low.get(folder)!, index.get(target)!));
			}
		}
		if (low.get(folder) === index.get(folder)) {
			const component: string[] = [];
			let member: string | undefined;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== folder);
			if (component.length > 1) components.push(component);
		}
	};
	for (const folder of [...folders].sort()) if (!index.has(folder)) visit(folder);

	// Inside a component every folder reaches every other, so a walk back to the start exists.
	return components.map((component) => {
		const members = new Set(component);
		const start = [...component].sort()[0]!;
		return shortestPath(start, start, (folder) => next(folder).filter((f) => members.has(f)));
	});
}

/** The shortest walk from `start` to `goal` (at least one step), by breadth-first search. */
function shortestPath(start: string, goal: string, next: (folder: string) => string[]): string[] {
	const cameFrom = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const folder = queue.shift()!;
		for (const target of next(folder)) {
			if (target === goal) {
				const path = [goal, folder];
				for (let step = folder; step !== start;) {
					step = cameFrom.get(step)!;
					path.push(step);
				}
				return path.reverse();
			}
			if (!cameFrom.has(target) && target !== start) {
				cameFrom.set(target, folder);
				queue.push(target);
			}
		}
	}
	return [];
}
