// What to change in a Mermaid diagram that is too wide to read in the column, from its source.
import { parseMermaidSource } from '../../src/markdown/mermaid-source.ts';

/** Arrows and links between flowchart nodes, with an optional `|label|` after them. */
const flowchartLink =
	/\s*(?:<?-->|<?==>|<?-\.->|---|===|-\.-|--\s[^>]*?-->|==\s[^>]*?==>|--[ox]|<-->)\s*(?:\|[^|]*\|)?\s*/;

/** The node ids at the start of each `&`-joined part of a flowchart statement segment. */
function nodeIds(segment: string): string[] {
	return segment
		.split('&')
		.map((part) => /^\s*([\p{L}\p{N}_]+)/u.exec(part)?.[1])
		.filter((id): id is string => id !== undefined);
}

/** The number of nodes on the longest chain of links in a flowchart body (cycles cut). */
export function longestFlowchartChain(body: string): number {
	const next = new Map<string, Set<string>>();
	for (const line of body.split('\n')) {
		const statement = line.trim();
		if (
			/^(?:flowchart|graph|subgraph|end\b|direction|classDef|class |style |linkStyle|click |%%)/.test(
				statement,
			)
		)
			continue;
		const segments = statement.split(flowchartLink).map(nodeIds);
		for (let i = 0; i + 1 < segments.length; i++) {
			for (const from of segments[i] ?? []) {
				for (const to of segments[i + 1] ?? []) {
					if (!next.has(from)) next.set(from, new Set());
					next.get(from)?.add(to);
				}
			}
		}
	}
	const memo = new Map<string, number>();
	const onPath = new Set<string>();
	const chainFrom = (node: string): number => {
		const known = memo.get(node);
		if (known !== undefined) return known;
		onPath.add(node);
		let longest = 1;
		for (const to of next.get(node) ?? []) {
			if (!onPath.has(to)) longest = Math.max(longest, 1 + chainFrom(to));
		}
		onPath.delete(node);
		memo.set(node, longest);
		return longest;
	};
	let longest = 0;
	for (const node of next.keys()) longest = Math.max(longest, chainFrom(node));
	return longest;
}

const count = (body: string, pattern: RegExp): number => new Set(body.match(pattern) ?? []).size;

/**
 * One sentence on what to change so the diagram reads in the column: the diagram type, what
 * makes it wide, and the usual fixes.
 */
export function diagramFitAdvice(source: string): string {
	const { type, body } = parseMermaidSource(source);
	const header = body
		.split('\n')
		.find((line) => line.trim() !== '' && !line.trim().startsWith('%%'));
	const direction =
		/^\s*(?:flowchart|graph)\s+(\w+)/.exec(header ?? '')?.[1]?.toUpperCase() ?? 'TB';
	if (type === 'flowchart' || type === 'graph') {
		const chain = longestFlowchartChain(body);
		if ((direction === 'LR' || direction === 'RL') && chain > 4) {
			return `flowchart ${direction} with ${chain} nodes in a chain: use TB, or shorten labels, or split it.`;
		}
		return `flowchart ${direction} too wide side by side: shorten the labels, run it ${direction === 'LR' || direction === 'RL' ? 'TB' : 'with fewer nodes on one row (subgraphs stacked, `direction TB` inside them)'}, or split it into two diagrams.`;
	}
	if (type === 'sequenceDiagram') {
		const participants = count(body, /^\s*(?:participant|actor)\s+[^\s]+/gm);
		return `sequenceDiagram with ${participants || 'several'} participants: use fewer (merge or drop those the point does not need), shorter participant names, and shorter messages (long message text spreads the lifelines), or split the exchange in two.`;
	}
	if (type === 'erDiagram') {
		const entities = new Set<string>();
		for (const match of body.matchAll(/^\s*([\p{L}_][\p{L}\p{N}_-]*)\s*\{/gmu))
			entities.add(match[1] ?? '');
		for (const match of body.matchAll(
			/^\s*([\p{L}_][\p{L}\p{N}_-]*)\s+\S{2}(?:--|\.\.)\S{2}\s+([\p{L}_][\p{L}\p{N}_-]*)/gmu,
		)) {
			entities.add(match[1] ?? '');
			entities.add(match[2] ?? '');
		}
		return `erDiagram with ${entities.size || 'several'} entities side by side: split the model into two diagrams, or keep only the attributes the text discusses.`;
	}
	if (type === 'stateDiagram' || type === 'stateDiagram-v2') {
		return 'stateDiagram too wide: shorten the transition labels, add `direction TB`, or split it.';
	}
	if (type === 'xychart-beta' || type === 'xychart') {
		return 'xychart too wide: use fewer or shorter x-axis labels.';
	}
	if (type === 'classDiagram') {
		return 'classDiagram too wide: put fewer classes side by side, shorten member names, or split it.';
	}
	return 'Shorten its labels or split it into two diagrams.';
}
