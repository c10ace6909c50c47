import { closestWord } from '../text/closest-word.ts';

// Turns the Mermaid parser's token-level errors into a sentence a contributor can act on, and
// finds the line that holds the mistake (the parser often blames the end of the diagram).

/** Diagram types a fence can start with, for "did you mean" on a misspelled header. */
export const mermaidDiagramTypes = [
	'flowchart',
	'graph',
	'sequenceDiagram',
	'stateDiagram-v2',
	'classDiagram',
	'erDiagram',
	'xychart-beta',
	'pie',
	'gantt',
	'journey',
	'mindmap',
	'timeline',
	'quadrantChart',
	'gitGraph',
] as const;

/** A parse error explained: the sentence, and the 1-based line of the fence to blame. */
export interface ExplainedMermaidError {
	sentence: string;
	/** Line within the fence (1 = the diagram type line). */
	line: number;
	/** The parser's own words, one line, for reference. */
	raw: string;
}

const pairs: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}' };

/** The first line with a bracket or quote it never closes, if any. */
function unclosedLine(lines: readonly string[]): number | undefined {
	for (const [index, line] of lines.entries()) {
		if (/^\s*(%%|acc(Title|Descr))/.test(line)) continue;
		const stack: string[] = [];
		let quoted = false;
		for (const char of line) {
			if (char === '"') quoted = !quoted;
			else if (quoted) continue;
			else if (pairs[char]) stack.push(pairs[char]);
			else if (stack.at(-1) === char) stack.pop();
		}
		if (quoted || stack.length > 0) return index + 1;
	}
	return undefined;
}

function lastContentLine(lines: readonly string[]): number {
	for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? '').trim() !== '') return i + 1;
	return 1;
}

/**
 * Explains a Mermaid parse error for the diagram `source` (the text inside the fence).
 * @param message the parser's error message
 */
export function explainMermaidError(source: string, message: string): ExplainedMermaidError {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const raw = message
		.split('\n')
		.slice(0, 4)
		.join(' ')
		.replace(/\s+/g, ' ')
		.replace(/^Parse error on line \d+:/, 'Parse error:')
		.trim();
	const named = Number(/line (\d+)/i.exec(message)?.[1] ?? Number.NaN);
	const got = /got '([^']+)'/.exec(message)?.[1];
	const atEnd =
		got === 'EOF' || got === '1' || (Number.isFinite(named) && named > lastContentLine(lines));

	if (/No diagram type detected/i.test(message)) {
		const line = lines.findIndex((text) => text.trim() !== '' && !text.trim().startsWith('%%')) + 1;
		const word = (lines[line - 1] ?? '').trim().split(/\s+/)[0] ?? '';
		const close = closestWord(word, mermaidDiagramTypes);
		return {
			sentence: `the first line must name the diagram type, and "${word}" is not one. Start with flowchart, sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram or xychart-beta.${close ? ` Did you mean "${close}"?` : ''}`,
			line: Math.max(line, 1),
			raw,
		};
	}
	if (atEnd) {
		const open = unclosedLine(lines);
		if (open !== undefined) {
			return {
				sentence:
					'this line opens a bracket or quote that is never closed, so the parser read to the end of the diagram. Close it: `[text]`, `(text)`, `{text}`, `"text"`.',
				line: open,
				raw,
			};
		}
	}
	const line = Number.isFinite(named) ? Math.min(named, lastContentLine(lines)) : 1;
	const text = lines[line - 1] ?? '';
	if (
		got &&
		/^[A-Z_]+$/.test(got) &&
		new RegExp(`\\b${got}\\b`, 'i').test(text) &&
		got.length > 2
	) {
		const word = new RegExp(`\\b(${got})\\b`, 'i').exec(text)?.[1] ?? got.toLowerCase();
		return {
			sentence: `"${word}" is a Mermaid keyword, so it cannot be used as a node id here. Rename the node (e.g. "${word}Node[...]") or put the text in quotes inside brackets.`,
			line,
			raw,
		};
	}
	if (got === 'MINUS' && /[^-]->[^>]/.test(` ${text} `)) {
		return {
			sentence:
				'`->` is not a flowchart arrow. Use `-->` (arrow), `---` (line), `-.->` (dotted) or `==>` (thick).',
			line,
			raw,
		};
	}
	if (got === 'NEWLINE' && /Expecting 'TXT'/.test(message)) {
		return {
			sentence: 'a message needs a colon and its text, such as `A->>B: request`.',
			line,
			raw,
		};
	}
	return {
		sentence: `Mermaid cannot parse this line. Compare it with the syntax of this diagram type (mermaid.js.org/syntax), checking arrows, brackets and quotes.`,
		line,
		raw,
	};
}
