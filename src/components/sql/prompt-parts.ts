/** An exercise prompt's inline Markdown, split into the parts the page renders. */
export type PromptPart =
	| { kind: 'text'; text: string }
	| { kind: 'code'; text: string }
	| { kind: 'strong'; text: string };

/**
 * Splits a prompt into plain text, `code` and **bold** runs: the only inline Markdown a prompt
 * may use. Anything else stays as written, so no markup from a prompt reaches the page unescaped.
 */
export function promptParts(prompt: string): PromptPart[] {
	const parts: PromptPart[] = [];
	for (const piece of prompt.split(/(`[^`]+`|\*\*[^*]+\*\*)/)) {
		if (piece === '') continue;
		if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 2) {
			parts.push({ kind: 'code', text: piece.slice(1, -1) });
		} else if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4) {
			parts.push({ kind: 'strong', text: piece.slice(2, -2) });
		} else parts.push({ kind: 'text', text: piece });
	}
	return parts;
}
