/** A ```mermaid fence found in a Markdown or MDX file. */
export interface MermaidFence {
	/** 1-based line of the opening fence in the file. */
	line: number;
	/** The text between the fences. */
	source: string;
}

const openingFence = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;

/**
 * Finds every Mermaid fence in a file's text, with the line of its opening fence, in document
 * order. Fences of other languages are skipped whole, so a Mermaid example shown inside a
 * ````md block is not mistaken for a diagram.
 */
export function findMermaidFences(text: string): MermaidFence[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const fences: MermaidFence[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = openingFence.exec(lines[i] ?? '');
		if (!open) continue;
		const marker = open[1] ?? '```';
		const closing = new RegExp(`^\\s{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
		const body: string[] = [];
		let j = i + 1;
		while (j < lines.length && !closing.test(lines[j] ?? '')) {
			body.push(lines[j] ?? '');
			j++;
		}
		if (open[2] === 'mermaid') fences.push({ line: i + 1, source: body.join('\n') });
		i = j;
	}
	return fences;
}
