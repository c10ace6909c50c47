import { describe, expect, it } from 'vitest';
import {
	diagramFitAdvice,
	longestFlowchartChain,
} from '../../../scripts/content-lint/diagram-fit-advice.ts';

const fence = (header: string, body: string): string =>
	`${header}\n  accTitle: T\n  accDescr: D.\n${body}`;

describe('longestFlowchartChain', () => {
	it('counts the nodes on the longest path, across chained and labelled links', () => {
		expect(longestFlowchartChain('a[A] --> b --> c\n  c -->|yes| d[(D)]\n  b -.-> e')).toBe(4);
	});

	it('follows links from every node of an & group and cuts cycles', () => {
		expect(longestFlowchartChain('a & b --> c\n  c --> d\n  d -->|again| a')).toBe(3);
	});

	it('ignores subgraph, style and direction lines', () => {
		expect(
			longestFlowchartChain(
				'subgraph s [Group]\n  direction TB\n  a --> b\n  end\n  style a fill:#fff',
			),
		).toBe(2);
	});
});

describe('diagramFitAdvice', () => {
	it('tells a long left-to-right chain to run top to bottom', () => {
		const source = fence('flowchart LR', '  a --> b --> c --> d --> e --> f');
		expect(diagramFitAdvice(source)).toBe(
			'flowchart LR with 6 nodes in a chain: use TB, or shorten labels, or split it.',
		);
	});

	it('tells a wide fan-out to shorten its labels or stack its rows', () => {
		expect(diagramFitAdvice(fence('flowchart TD', '  a --> b\n  a --> c\n  a --> d'))).toMatch(
			/^flowchart TD too wide side by side: shorten the labels/,
		);
	});

	it('counts the participants of a sequence diagram', () => {
		const source = fence(
			'sequenceDiagram',
			'  participant A as App\n  participant B as Broker\n  actor U as User\n  A->>B: hi',
		);
		expect(diagramFitAdvice(source)).toMatch(/^sequenceDiagram with 3 participants: use fewer/);
	});

	it('counts the entities of an entity-relationship diagram', () => {
		const source = fence(
			'erDiagram',
			'  A ||--o{ B : has\n  A {\n    int id PK\n  }\n  B {\n    int id PK\n  }',
		);
		expect(diagramFitAdvice(source)).toMatch(/^erDiagram with 2 entities side by side/);
	});

	it('counts entities named only in relationships', () => {
		const source = fence(
			'erDiagram',
			'  RIDER ||--o{ TRIP : requests\n  TRIP ||--o| PAYMENT : "paid by"',
		);
		expect(diagramFitAdvice(source)).toMatch(/^erDiagram with 3 entities/);
	});
});
