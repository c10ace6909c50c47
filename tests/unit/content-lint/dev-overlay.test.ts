import { describe, expect, it } from 'vitest';
import {
	ContentProblems,
	isLintedContent,
	overlayError,
	watchContent,
	type ContentLint,
	type DevServer,
	type OverlayError,
} from '../../../scripts/content-lint/dev-overlay.ts';
import type { LintProblem } from '../../../scripts/content-lint/lint-problem.ts';

const page = 'src/content/docs/databases/indexes.mdx';
const other = 'src/content/docs/databases/index.mdx';
const problem = (file: string, line: number, message = 'wrong'): LintProblem => ({
	file,
	line,
	message,
});

describe('overlayError', () => {
	it('lists every problem as file:line, escaped for the overlay, and points at the first', () => {
		const error = overlayError('/site', [
			problem(page, 3, 'unknown key `level`: did you mean `levels`? <fix>'),
			problem(other, 9),
		]);
		expect(error.title).toBe('2 content problems: fix each at the line shown');
		expect(error.message).toBe(
			`${page}:3: unknown key \`level\`: did you mean \`levels\`? &lt;fix&gt;\n\n${other}:9: wrong`,
		);
		expect(error.loc).toEqual({ file: `/site/${page}`, line: 3, column: 1 });
	});
});

describe('isLintedContent', () => {
	it('takes pages and questions, absolute or relative, and nothing else', () => {
		expect(isLintedContent('/site', `/site/${page}`)).toBe(true);
		expect(isLintedContent('/site', 'src/content/questions/coding/q.md')).toBe(true);
		expect(isLintedContent('/site', '/site/src/components/Practice.astro')).toBe(false);
		expect(isLintedContent('/site', '/site/src/content/docs/notes.txt')).toBe(false);
	});
});

describe('ContentProblems', () => {
	it("replaces a saved file's problems, keeps the others and lists each once in order", () => {
		const problems = new ContentProblems();
		problems.setAll([problem(other, 9), problem(page, 3)]);
		problems.set(page, [problem(page, 5), problem(other, 9)]);
		expect(problems.list()).toEqual([problem(other, 9), problem(page, 5)]);
		problems.set(page, []);
		expect(problems.list()).toEqual([problem(other, 9)]);
	});
});

/** A dev server whose watcher and HMR channel the test drives and reads. */
function fakeServer(): {
	server: DevServer;
	sent: OverlayError[];
	emit: (event: 'add' | 'change' | 'unlink', path: string) => void;
	connect: () => OverlayError[];
} {
	const sent: OverlayError[] = [];
	const listeners = new Map<string, (path: string) => void>();
	let onConnect: Parameters<DevServer['ws']['on']>[1] = () => undefined;
	return {
		sent,
		server: {
			config: { root: '/site' },
			watcher: { on: (event, listener) => listeners.set(event, listener) },
			ws: {
				send: (payload) => sent.push(payload.err),
				on: (_event, listener) => (onConnect = listener),
			},
		},
		emit: (event, path) => listeners.get(event)?.(path),
		connect: () => {
			const received: OverlayError[] = [];
			onConnect(undefined, { send: (payload) => received.push(payload.err) });
			return received;
		},
	};
}

/** Settles the lint promises the watcher started. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchContent', () => {
	it('shows the first run to every page, a saved mistake at once, and nothing once fixed', async () => {
		let found: Record<string, LintProblem[]> = { all: [problem(other, 9)] };
		const lint: ContentLint = (_root, files) => Promise.resolve(found[files[0] ?? 'all'] ?? []);
		const reported: string[] = [];
		const fake = fakeServer();
		const { ready } = watchContent(fake.server, (message) => reported.push(message), lint);
		await ready;
		expect(fake.sent.at(-1)?.message).toBe(`${other}:9: wrong`);
		expect(fake.connect()).toHaveLength(1);

		found = { [page]: [problem(page, 2, 'unknown key')] };
		fake.emit('change', `/site/${page}`);
		await settle();
		expect(fake.sent.at(-1)?.message).toBe(`${other}:9: wrong\n\n${page}:2: unknown key`);
		expect(reported).toContain(`${page}:2: unknown key`);

		// Both fixed: a page that loads now gets no overlay.
		found = { [page]: [], [other]: [] };
		fake.emit('change', `/site/${page}`);
		fake.emit('change', `/site/${other}`);
		await settle();
		expect(fake.connect()).toEqual([]);
	});

	it('ignores files the content lint does not read', async () => {
		const linted: string[][] = [];
		const lint: ContentLint = (_root, files) => {
			linted.push([...files]);
			return Promise.resolve([]);
		};
		const fake = fakeServer();
		await watchContent(fake.server, () => undefined, lint).ready;
		fake.emit('change', '/site/src/components/Practice.astro');
		fake.emit('unlink', `/site/${page}`);
		await settle();
		expect(linted).toEqual([[]]);
	});
});
