import { Window } from 'happy-dom';
import { findMermaidFences } from './find-mermaid-fences.ts';
import { explainMermaidError } from './explain-mermaid-error.ts';
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

/**
 * Checks every Mermaid fence in a file with the real mermaid grammar, and that each has an
 * accessible title and description. Lines are reported in the file, pointing at the offending line where the
 * parser names one and at the opening fence otherwise.
 */
export async function validateMermaidInFile(file: string, text: string): Promise<DiagramProblem[]> {
	const fences = findMermaidFences(text);
	if (fences.length === 0) return [];
	const mermaid = await loadMermaid();
	const problems: DiagramProblem[] = [];
	for (const fence of fences) {
		const { title, description } = parseMermaidSource(fence.source);
		const missing = [
			...(title ? [] : ['`accTitle: What the diagram shows` (its accessible name and caption)']),
			...(description ? [] : ['`accDescr: One sentence on what the reader should see`']),
		];
		if (missing.length > 0) {
			problems.push({
				file,
				line: fence.line,
				message: `diagram has no ${[title ? '' : 'accessible title', description ? '' : 'accessible description'].filter(Boolean).join(' and no ')}. Add ${missing.join(' and ')} right after the diagram type line.`,
			});
		}
		try {
			await mermaid.parse(fence.source);
		} catch (error) {
			const explained = explainMermaidError(
				fence.source,
				(error as Error).message ?? String(error),
			);
			problems.push({
				file,
				line: fence.line + explained.line,
				message: `invalid Mermaid: ${explained.sentence} (Mermaid's parser said: ${explained.raw})`,
			});
		}
	}
	return problems;
}
