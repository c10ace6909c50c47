// `npm run dev`: the content lint's problems (frontmatter, links and anchors, <SourceCode> paths,
// question pages, diagrams, the level bar) shown in the browser's error overlay as well as the
// terminal, from the moment a file is saved until it is fixed.
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LintProblem } from './lint-problem.ts';

/** Lints `files` (all content when empty) of the project at `root`; resolves to its problems. */
export type ContentLint = (root: string, files: readonly string[]) => Promise<LintProblem[]>;

const lintScript = fileURLToPath(new URL('../lint-content.ts', import.meta.url));

/**
 * `npm run lint:content -- --json` in its own process: the dev server's module runner cannot load
 * the lint's dependencies after start-up, and a slow diagram check never blocks a page.
 */
export const lintInChildProcess: ContentLint = (root, files) =>
	new Promise((resolvePromise, reject) => {
		execFile(
			process.execPath,
			[lintScript, '--json', ...files],
			{ cwd: root, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error) {
					reject(new Error(`${error.message}\n${stderr}`));
					return;
				}
				resolvePromise((JSON.parse(stdout) as { problems: LintProblem[] }).problems);
			},
		);
	});

/** What Vite's client hands to the error overlay (Astro's overlay reads these fields). */
export interface OverlayError {
	name: string;
	title: string;
	message: string;
	hint: string;
	stack: string;
	id: string;
	plugin: string;
	loc: { file: string; line: number; column: number };
}

const escapeHtml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The overlay's error for a non-empty list of problems in the project at `root`. */
export function overlayError(root: string, problems: readonly LintProblem[]): OverlayError {
	const first = problems[0];
	if (!first) throw new Error('overlayError needs at least one problem.');
	// The overlay shows the message as HTML: escape it, one problem per line.
	const lines = problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
	return {
		name: 'ContentError',
		title: `${problems.length} content problem${problems.length === 1 ? '' : 's'}: fix each at the line shown`,
		message: escapeHtml(lines.join('\n\n')),
		hint: 'The same checks run in <code>npm run lint:content</code>. This message goes away when the content lint passes.',
		stack: lines.join('\n'),
		id: resolve(root, first.file),
		plugin: 'handbook-content-lint',
		loc: { file: resolve(root, first.file), line: first.line, column: 1 },
	};
}

/** Whether a path (absolute or from the root) is a page or question the content lint reads. */
export function isLintedContent(root: string, path: string): boolean {
	const fromRoot = relative(root, resolve(root, path)).split(sep).join('/');
	return /^src\/content\/(docs|questions)\/.+\.mdx?$/.test(fromRoot);
}

/**
 * Problems per linted target: a full run files each problem under its own file; a saved file's
 * run replaces what that file's last run found (its own problems and those it causes elsewhere,
 * such as a section index that does not link it).
 */
export class ContentProblems {
	private readonly byTarget = new Map<string, LintProblem[]>();

	/** Records a whole-content run. */
	setAll(problems: readonly LintProblem[]): void {
		this.byTarget.clear();
		for (const problem of problems) {
			const list = this.byTarget.get(problem.file) ?? [];
			list.push(problem);
			this.byTarget.set(problem.file, list);
		}
	}

	/** Records the run of one saved (or, with no problems, deleted) file. */
	set(file: string, problems: readonly LintProblem[]): void {
		// A full run filed this file's problems under it; the new run supersedes them.
		if (problems.length === 0) this.byTarget.delete(file);
		else this.byTarget.set(file, [...problems]);
	}

	/** Every current problem once, by file and line. */
	list(): LintProblem[] {
		const seen = new Map<string, LintProblem>();
		for (const problems of this.byTarget.values()) {
			for (const problem of problems) {
				seen.set(`${problem.file}:${problem.line}:${problem.message}`, problem);
			}
		}
		return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	}
}

/** The slice of Vite's dev server the integration uses. */
export interface DevServer {
	config: { root: string };
	watcher: { on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown };
	ws: {
		send(payload: { type: 'error'; err: OverlayError }): void;
		on(
			event: 'vite:client:connect',
			listener: (
				data: unknown,
				client: { send(payload: { type: 'error'; err: OverlayError }): void },
			) => void,
		): void;
	};
}

/** Lints content as `npm run dev` serves it and sends the problems to every open page. */
export function watchContent(
	server: DevServer,
	report: (message: string) => void,
	lint: ContentLint = lintInChildProcess,
): { ready: Promise<void> } {
	const root = server.config.root.startsWith('file:')
		? fileURLToPath(server.config.root)
		: server.config.root;
	const problems = new ContentProblems();
	const current = (): OverlayError | undefined => {
		const list = problems.list();
		return list.length > 0 ? overlayError(root, list) : undefined;
	};
	const broadcast = (): void => {
		const error = current();
		if (error) server.ws.send({ type: 'error', err: error });
	};
	server.ws.on('vite:client:connect', (_data, client) => {
		const error = current();
		if (error) client.send({ type: 'error', err: error });
	});
	// Saves arrive faster than a lint of a page with diagrams; each file's latest run wins.
	const runs = new Map<string, number>();
	const lintFile = async (path: string, deleted: boolean): Promise<void> => {
		if (!isLintedContent(root, path)) return;
		const file = relative(root, resolve(root, path)).split(sep).join('/');
		const run = (runs.get(file) ?? 0) + 1;
		runs.set(file, run);
		const found = deleted ? [] : await lint(root, [file]);
		if (runs.get(file) !== run) return;
		problems.set(file, found);
		for (const problem of found) report(`${problem.file}:${problem.line}: ${problem.message}`);
		broadcast();
	};
	const onError = (error: unknown): void =>
		report(`content lint failed: ${error instanceof Error ? error.message : String(error)}`);
	server.watcher.on('add', (path) => void lintFile(path, false).catch(onError));
	server.watcher.on('change', (path) => void lintFile(path, false).catch(onError));
	server.watcher.on('unlink', (path) => void lintFile(path, true).catch(onError));
	const ready = lint(root, [])
		.then((found) => {
			problems.setAll(found);
			if (found.length > 0) {
				report(
					`${found.length} content problem(s); they show in the browser until fixed (npm run lint:content lists them).`,
				);
			}
			broadcast();
		})
		.catch(onError);
	return { ready };
}

/** The integration: only `astro dev` runs it. */
export function contentErrorsInDev(): AstroIntegration {
	return {
		name: 'handbook-content-errors-in-dev',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				watchContent(server, (message) => logger.error(message));
			},
		},
	};
}
