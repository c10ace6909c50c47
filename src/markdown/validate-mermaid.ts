import { Window } from 'happy-dom';
import { findMermaidFences } from './find-mermaid-fences.ts';
import { parseMermaidSource } from './mermaid-source.ts';

/** A problem with one diagram, located in its file. */
export interface DiagramProblem {
	file: string;
	/** 1-based line in the file (not in the fence). */
	line: number;
	message: string;
}

type MermaidApi = typeof import('mermaid').default;
let mermaidApi: Promise<MermaidApi> | undefined;

/** Loads mermaid once, under a happy-dom window: its parser needs a DOM to exist. */
function loadMermaid(): Promise<MermaidApi> {
	mermaidApi ??= (async () => {
		const window = new Window();
		const globals = globalThis as Record<string, unknown>;
		globals['window'] ??= window;
		globals['document'] ??= window.document;
		globals['DOMParser'] ??= window.DOMParser;
		const { default: mermaid } = await import('mermaid');
		mermaid.initialize({ startOnLoad: false });
		return mermaid;
	})();
	return mermaidApi;
}

/** Line offset inside the fence that mermaid's message points at, if it names one. */
function lineInFence(message: string): number | undefined {
	const match = /line (\d+)/i.exec(message);
	return match ? Number(match[1]) : undefined;
}

/**
 * Checks every Mermaid fence in a file with the real mermaid grammar, and that each has an
 * accessible title. Lines are reported in the file, pointing at the offending line where the
 * parser names one and at the opening fence otherwise.
 */
export async function validateMermaidInFile(file: string, text: string): Promise<DiagramProblem[]> {
	const fences = findMermaidFences(text);
	if (fences.length === 0) return [];
	const mermaid = await loadMermaid();
	const problems: DiagramProblem[] = [];
	for (const fence of fences) {
		const { title } = parseMermaidSource(fence.source);
		if (!title) {
			problems.push({
				file,
				line: fence.line,
				message:
					'diagram has no accessible title. Add `accTitle: What the diagram shows` and `accDescr: One sentence describing it` right after the diagram type line.',
			});
		}
		try {
			await mermaid.parse(fence.source);
		} catch (error) {
			const message = (error as Error).message ?? String(error);
			const offset = lineInFence(message);
			problems.push({
				file,
				line: offset === undefined ? fence.line : fence.line + offset,
				message: `invalid Mermaid: ${message.split('\n').slice(0, 4).join(' ').replace(/\s+/g, ' ')}`,
			});
		}
	}
	return problems;
}
