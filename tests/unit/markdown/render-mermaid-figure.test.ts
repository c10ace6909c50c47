import { describe, expect, it } from 'vitest';
import { expandThresholds } from '../../../src/markdown/diagram-fit.ts';
import { DiagramError, renderMermaidFigure } from '../../../src/markdown/render-mermaid-figure.ts';

const titled = (header: string, body: string): string =>
	`${header}\n  accTitle: A test diagram\n  accDescr: Boxes and arrows for the test.\n${body}`;

const examples: Record<string, string> = {
	flowchart: titled('flowchart LR', '  client[Client] --> lb[Load balancer]\n  lb --> app[App]'),
	sequenceDiagram: titled(
		'sequenceDiagram',
		'  participant A as App\n  participant R as Redis\n  A->>R: GET key\n  R-->>A: miss',
	),
	'stateDiagram-v2': titled(
		'stateDiagram-v2',
		'  [*] --> Requested\n  Requested --> Matched: driver found\n  Matched --> [*]',
	),
	classDiagram: titled(
		'classDiagram',
		'  class Cache {\n    +get(key) Value\n  }\n  Cache <|-- LruCache',
	),
	erDiagram: titled(
		'erDiagram',
		'  RIDER ||--o{ TRIP : requests\n  RIDER {\n    string id PK\n  }',
	),
	'xychart-beta': titled(
		'xychart-beta',
		'  x-axis [L3, L4, L5]\n  y-axis "USD thousands" 0 --> 600\n  bar [150, 220, 350]',
	),
};

describe('renderMermaidFigure', () => {
	it.each(Object.entries(examples))(
		'draws a %s diagram as an accessible inline SVG figure',
		(type, source) => {
			const html = renderMermaidFigure(source, 'diagram-1');
			expect(html).toMatch(
				new RegExp(`^<figure class="diagram[^"]*" id="diagram-1" data-diagram="${type}"[ >]`),
			);
			expect(html).toContain(
				'<svg role="img" aria-labelledby="diagram-1-title" aria-describedby="diagram-1-desc"',
			);
			expect(html).toContain(
				'<span class="diagram-title" id="diagram-1-title">A test diagram</span>',
			);
			expect(html).toContain(
				'<span class="diagram-desc" id="diagram-1-desc">Boxes and arrows for the test.</span>',
			);
			expect(html).not.toContain('data-render="client"');
		},
	);

	it.each(Object.entries(examples))(
		'leaves no stylesheet, web font or accessibility source line in a %s diagram',
		(_type, source) => {
			const html = renderMermaidFigure(source, 'diagram-1');
			expect(html).not.toContain('<style');
			expect(html).not.toContain('@import');
			expect(html).not.toContain('fonts.googleapis');
			expect(html).not.toContain('accTitle');
		},
	);

	it('gives two diagrams on one page disjoint element ids, so markers and styles cannot cross', () => {
		const first = renderMermaidFigure(examples['flowchart'] ?? '', 'diagram-1');
		const second = renderMermaidFigure(examples['flowchart'] ?? '', 'diagram-2');
		const ids = (html: string): string[] =>
			[...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? '');
		const firstIds = ids(first);
		expect(firstIds.length).toBeGreaterThan(3);
		expect(firstIds.every((id) => id.startsWith('diagram-1'))).toBe(true);
		expect(ids(second).filter((id) => firstIds.includes(id))).toEqual([]);
		for (const [, target] of first.matchAll(/url\(#([^)]+)\)/g)) expect(firstIds).toContain(target);
	});

	it('refuses a diagram without accTitle, saying how to fix it', () => {
		expect(() => renderMermaidFigure('flowchart LR\n  a --> b', 'diagram-1')).toThrow(DiagramError);
		expect(() => renderMermaidFigure('flowchart LR\n  a --> b', 'diagram-1')).toThrow(/accTitle/);
	});

	it('refuses a diagram with a title but no accDescr, saying how to fix it', () => {
		const untitled = (): string =>
			renderMermaidFigure('flowchart LR\n  accTitle: Two boxes\n  a --> b', 'diagram-1');
		expect(untitled).toThrow(DiagramError);
		expect(untitled).toThrow(/no accessible description.*accDescr:/);
	});

	it('leaves types it cannot draw for the browser, with the source readable and escaped', () => {
		const html = renderMermaidFigure(
			'pie title Pay mix\n  accTitle: Pay mix\n  accDescr: Base pay against equity.\n  "Base <60%>" : 55\n  "Equity" : 45',
			'diagram-3',
		);
		expect(html).toContain('data-render="client"');
		expect(html).toContain('data-diagram="pie"');
		expect(html).toContain('&quot;Base &lt;60%&gt;&quot; : 55');
		expect(html).toContain('data-pagefind-ignore');
		expect(html).not.toContain('<svg');
	});

	it('draws a diagram that reads in every column as a plain figure, with no expand control', () => {
		const html = renderMermaidFigure(
			titled('flowchart TB', '  client[Client] --> app[App]'),
			'diagram-1',
		);
		expect(html).not.toContain('diagram--large');
		expect(html).not.toContain('data-expand');
		expect(html).not.toContain('diagram-expand');
		expect(html).toContain('<div class="diagram-scroll"><div data-pagefind-ignore><svg');
	});

	it('gives a diagram too wide for any column the expand control and a scroll hint for no-script readers', () => {
		const steps = Array.from(
			{ length: 14 },
			(_, i) => `  s${i}[Step number ${i}] --> s${i + 1}[Step number ${i + 1}]`,
		).join('\n');
		const html = renderMermaidFigure(
			`flowchart LR\n  accTitle: A long pipeline\n  accDescr: Fifteen steps in a row.\n${steps}`,
			'diagram-1',
		);
		expect(html).toMatch(/<figure class="diagram diagram--large" [^>]*data-expand="always"/);
		// Natural width, and the width at which its 11-unit labels read: no script, it scrolls there.
		expect(html).toMatch(/style="--diagram-width:\d{4}px;--diagram-readable-width:\d{4}px"/);
		expect(html).toContain(
			'<button type="button" class="diagram-expand" aria-haspopup="dialog" aria-describedby="diagram-1-title">',
		);
		expect(html).toContain('Expand diagram</button>');
		expect(html).toContain('<span class="diagram-large-label">Larger diagram</span>');
		expect(html).toContain('Scroll sideways to see the whole diagram');
		expect(html).toContain(
			'class="diagram-scroll" tabindex="0" data-scrollable role="group" aria-label="A long pipeline"',
		);
	});

	it('gives a diagram that reads only in wider columns a threshold the stylesheet knows', () => {
		const chain = Array.from(
			{ length: 4 },
			(_, i) => `  n${i}[Node ${i}] --> n${i + 1}[Node ${i + 1}]`,
		);
		const html = renderMermaidFigure(
			`flowchart LR\n  accTitle: A short chain\n  accDescr: Five nodes in a row.\n${chain.join('\n')}`,
			'diagram-1',
		);
		const threshold = Number(/data-expand="below-(\d+)"/.exec(html)?.[1]);
		expect(expandThresholds()).toContain(threshold);
	});

	it('letters entity-relationship key badges at 11 units, the readable size, not 9', () => {
		const html = renderMermaidFigure(examples['erDiagram'] ?? '', 'diagram-1');
		expect(html).toMatch(/font-size="11"[^>]*>PK</);
		expect(html).not.toContain('font-size="9"');
	});

	it('crops the empty band above the participants and below the lifelines of a sequence diagram', () => {
		const html = renderMermaidFigure(examples['sequenceDiagram'] ?? '', 'diagram-1');
		const [, top, width, height] =
			/viewBox="0 ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(html)?.map(Number) ?? [];
		// The layout puts the participants 30 units down and ends the lifelines 30 above the bottom.
		expect(top).toBe(22);
		expect(html).toContain(`width="${width}" height="${height}"`);
		const participantTop = Number(/<g class="actor"[^>]*><rect [^>]*?y="([\d.]+)"/.exec(html)?.[1]);
		expect(participantTop - (top ?? 0)).toBe(8);
		const lifelineEnd = Number(/<line class="lifeline"[^>]* y2="([\d.]+)"/.exec(html)?.[1]);
		expect((top ?? 0) + (height ?? 0) - lifelineEnd).toBe(8);
	});

	it('escapes the title and description', () => {
		const html = renderMermaidFigure(
			'flowchart LR\n  accTitle: Reads <and> "writes"\n  accDescr: One <b> & "two".\n  a --> b',
			'diagram-1',
		);
		expect(html).toContain('Reads &lt;and&gt; &quot;writes&quot;');
		expect(html).toContain('One &lt;b&gt; &amp; &quot;two&quot;.');
	});
});
