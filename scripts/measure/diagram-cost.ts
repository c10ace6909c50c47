// Measures what build-time diagrams cost: render time per 100 diagrams and gzip bytes of SVG per
// diagram, over every Mermaid fence in the handbook's content. Prints a table; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { findMermaidFences } from '../../src/markdown/find-mermaid-fences.ts';
import { renderMermaidFigure } from '../../src/markdown/render-mermaid-figure.ts';
import { buildTimeDiagramTypes, parseMermaidSource } from '../../src/markdown/mermaid-source.ts';

function listContentFiles(path: string): string[] {
	if (statSync(path).isFile()) return /\.mdx?$/.test(path) ? [path] : [];
	return readdirSync(path).flatMap((name) => listContentFiles(join(path, name)));
}

const sources = listContentFiles('src/content/docs')
	.flatMap((file) => findMermaidFences(readFileSync(file, 'utf8')).map((fence) => fence.source))
	.filter((source) => buildTimeDiagramTypes.has(parseMermaidSource(source).type));

const percentile = (values: number[], p: number): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

// Every diagram is drawn afresh: the build's on-disk cache of drawn diagrams would hide the cost.
process.env['HANDBOOK_DIAGRAM_CACHE'] = 'off';

// One warm-up pass so module loading and JIT do not count against the first diagrams.
for (const source of sources.slice(0, 5)) renderMermaidFigure(source, 'warm-up');

const times: number[] = [];
const gzipBytes: number[] = [];
const rawBytes: number[] = [];
const rounds = 3;
for (let round = 0; round < rounds; round++) {
	sources.forEach((source, index) => {
		const started = performance.now();
		const html = renderMermaidFigure(source, `diagram-${index}`);
		times.push(performance.now() - started);
		if (round === 0) {
			rawBytes.push(Buffer.byteLength(html));
			gzipBytes.push(gzipSync(html).length);
		}
	});
}
const total = times.reduce((sum, t) => sum + t, 0) / rounds;
const rows: [string, string][] = [
	['diagrams drawn at build time', String(sources.length)],
	['render time, all diagrams (mean of 3 passes)', `${total.toFixed(0)} ms`],
	['render time per 100 diagrams', `${((total / sources.length) * 100).toFixed(0)} ms`],
	[
		'render time per diagram, median / p90',
		`${percentile(times, 50).toFixed(1)} / ${percentile(times, 90).toFixed(1)} ms`,
	],
	[
		'figure HTML per diagram, median / p90 (raw)',
		`${percentile(rawBytes, 50)} / ${percentile(rawBytes, 90)} B`,
	],
	[
		'figure HTML per diagram, median / p90 (gzip alone)',
		`${percentile(gzipBytes, 50)} / ${percentile(gzipBytes, 90)} B`,
	],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
