/** The parts of a Mermaid fence the handbook cares about before rendering. */
export interface MermaidSource {
	/** Diagram keyword from the header line, e.g. `flowchart`, `sequenceDiagram`, `pie`. */
	type: string;
	/** Text of the `accTitle:` line, if any. */
	title: string | undefined;
	/** Text of the `accDescr:` line (or `accDescr { ... }` block), if any. */
	description: string | undefined;
	/** The diagram without its accessibility lines, for renderers that do not understand them. */
	body: string;
}

/** Diagram types drawn at build time to static SVG; anything else is drawn in the browser. */
export const buildTimeDiagramTypes: ReadonlySet<string> = new Set([
	'flowchart',
	'graph',
	'sequenceDiagram',
	'stateDiagram',
	'stateDiagram-v2',
	'classDiagram',
	'erDiagram',
	'xychart-beta',
	'xychart',
]);

const accTitlePattern = /^\s*accTitle\s*:\s*(.*)$/;
const accDescrLinePattern = /^\s*accDescr\s*:\s*(.*)$/;
const accDescrBlockPattern = /^\s*accDescr\s*\{\s*(.*)$/;

/** Splits a Mermaid fence into its type, accessible title and description, and drawable body. */
export function parseMermaidSource(source: string): MermaidSource {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const headerLine =
		lines.find((line) => line.trim() !== '' && !line.trim().startsWith('%%')) ?? '';
	const type = headerLine.trim().split(/\s+/)[0] ?? '';
	let title: string | undefined;
	let description: string | undefined;
	const body: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const titleMatch = accTitlePattern.exec(line);
		const descrMatch = accDescrLinePattern.exec(line);
		const blockMatch = accDescrBlockPattern.exec(line);
		if (titleMatch) {
			title = titleMatch[1]?.trim();
		} else if (descrMatch) {
			description = descrMatch[1]?.trim();
		} else if (blockMatch) {
			// A multi-line description runs until the closing brace.
			const parts = [blockMatch[1] ?? ''];
			while (i + 1 < lines.length && !(parts.at(-1) ?? '').includes('}')) {
				parts.push(lines[++i] ?? '');
			}
			description = parts
				.join(' ')
				.replace(/\}\s*$/, '')
				.replace(/\s+/g, ' ')
				.trim();
		} else {
			body.push(line);
		}
	}
	return {
		type,
		title: title || undefined,
		description: description || undefined,
		body: body.join('\n'),
	};
}
