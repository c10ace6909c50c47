import { renderMermaidSVG } from 'beautiful-mermaid';
import { buildTimeDiagramTypes, parseMermaidSource } from './mermaid-source.ts';
import { cachedSvg } from './svg-cache.ts';
import {
	decideFit,
	measureDrawing,
	readableLabelPx,
	type DrawingSize,
	type FitDecision,
} from './diagram-fit.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown for a diagram a contributor must fix; `line` is relative to the fence's first line. */
export class DiagramError extends Error {
	override name = 'DiagramError';
}

/** The renderer's version, part of the cache key, so an upgrade redraws every diagram. */
const rendererVersion = ((): string => {
	try {
		const manifest = readFileSync(
			join(process.cwd(), 'node_modules', 'beautiful-mermaid', 'package.json'),
			'utf8',
		);
		const { version } = JSON.parse(manifest) as { version?: unknown };
		return typeof version === 'string' ? version : 'unknown';
	} catch {
		return 'unknown';
	}
})();

/** The expand icon: four corners pointing outwards. */
const expandIcon =
	'<svg class="diagram-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>';

/**
 * Attributes that tell src/styles/diagrams.css below which column width the figure shows its
 * preview and expand control, and how wide it scrolls when script is off.
 */
function fitAttributes(fit: FitDecision, width: number): string {
	if (fit.kind === 'fits') return '';
	const expand = fit.kind === 'expand' ? 'always' : `below-${fit.columnPx}`;
	return ` data-expand="${expand}" style="--diagram-width:${Math.ceil(width)}px;--diagram-readable-width:${fit.readableWidthPx}px"`;
}

/**
 * The bar under a drawing that does not read whole at every width: with script, a "Larger
 * diagram" mark and the button that opens it full screen (src/client/diagram-expand.ts); without,
 * a hint that the drawing scrolls sideways.
 */
function largeDiagramBar(titleId: string): string {
	return (
		'<div class="diagram-large" data-pagefind-ignore>' +
		'<span class="diagram-large-label">Larger diagram</span>' +
		'<span class="diagram-scroll-hint">Scroll sideways to see the whole diagram</span>' +
		`<button type="button" class="diagram-expand" aria-haspopup="dialog" aria-describedby="${titleId}">${expandIcon}Expand diagram</button>` +
		'</div>'
	);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/**
 * Draws the body of a build-time diagram to the SVG a page shows, before its ids are made unique
 * to the page: cached, with the renderer's stylesheet removed and small badge text enlarged.
 * @throws whatever the renderer throws for a diagram it cannot draw
 */
function drawDiagram(body: string, type: string): string {
	const svg = cachedSvg(body, rendererVersion, (text) =>
		renderMermaidSVG(text, {
			bg: 'var(--diagram-bg)',
			fg: 'var(--diagram-fg)',
			transparent: true,
		}),
	);
	const cleaned = svg
		// Styling lives in src/styles/diagrams.css: scoped, theme-aware, no web-font import.
		.replace(/<style>[\s\S]*?<\/style>\s*/g, '')
		.replace(/ style="--bg:var\(--diagram-bg\);--fg:var\(--diagram-fg\)"/, '')
		// Entity-relationship key badges (PK, FK) are lettered at 9 units; 11 fits the same badge.
		.replace(
			/(fill="var\(--_key-badge\)"\s*\/>\s*<text [^>]*?)font-size="9"/g,
			`$1font-size="${readableLabelPx}"`,
		)
		.replace(/>\s+</g, '><');
	return type === 'sequenceDiagram' ? trimSequencePadding(cleaned) : cleaned;
}

/** What the sequence layout leaves above its participants and below its lifelines. */
const sequencePadding = 30;
/** What is kept of it: the figure around the drawing already spaces it from the text. */
const sequenceMargin = 8;

/**
 * Crops the empty band the sequence layout leaves above the participant row and below the
 * lifelines (30 units each, on top of the figure's own margin), down to a thin margin. Only when
 * the drawing is laid out as expected: participants at the top padding, lifelines ending at the
 * bottom one; anything else is left alone.
 */
function trimSequencePadding(svg: string): string {
	const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
	const width = Number(viewBox?.[1]);
	const height = Number(viewBox?.[2]);
	const lifelineEnds = [...svg.matchAll(/<line class="lifeline"[^>]* y2="([\d.]+)"/g)].map(
		(match) => Number(match[1]),
	);
	const actorTops = [...svg.matchAll(/<g class="actor"[^>]*><rect [^>]*?y="([\d.]+)"/g)].map(
		(match) => Number(match[1]),
	);
	const expected =
		viewBox !== null &&
		actorTops.length > 0 &&
		actorTops.every((top) => top === sequencePadding) &&
		lifelineEnds.length > 0 &&
		lifelineEnds.every((end) => Math.abs(end - (height - sequencePadding)) < 0.01);
	if (!expected) return svg;
	const trim = sequencePadding - sequenceMargin;
	const trimmedHeight = height - 2 * trim;
	return svg.replace(
		/viewBox="0 0 [\d.]+ [\d.]+" width="([\d.]+)" height="[\d.]+"/,
		`viewBox="0 ${trim} ${width} ${trimmedHeight}" width="$1" height="${trimmedHeight}"`,
	);
}

/**
 * The size of a Mermaid fence as the page will draw it, or undefined for a type the browser
 * draws. The content lint uses it to warn about diagrams that will not read in the column.
 * @throws whatever the renderer throws for a diagram it cannot draw
 */
export function measureMermaidDiagram(source: string): DrawingSize | undefined {
	const { type, body } = parseMermaidSource(source);
	if (!buildTimeDiagramTypes.has(type)) return undefined;
	return measureDrawing(drawDiagram(body, type));
}

/**
 * Renders one Mermaid fence to a `<figure>`: inline SVG drawn now for the types the build-time
 * renderer supports, or the source in a reserved box that the browser draws later for the rest.
 * @param source the text inside the fence
 * @param id unique within the page; prefixes the ids of the figure's title and description
 * @throws DiagramError when the diagram has no `accTitle` or `accDescr`, or cannot be drawn
 */
export function renderMermaidFigure(source: string, id: string): string {
	const { type, title, description, body } = parseMermaidSource(source);
	if (!title || !description) {
		throw new DiagramError(
			`Mermaid diagram has no ${title ? 'accessible description' : description ? 'accessible title' : 'accessible title or description'}. Add a line \`accTitle: What the diagram shows\` right after the diagram type, and an \`accDescr:\` line with one sentence describing it.`,
		);
	}
	const titleId = `${id}-title`;
	const descId = `${id}-desc`;
	const caption =
		`<figcaption><span class="diagram-title" id="${titleId}">${escapeHtml(title)}</span>` +
		(description
			? `<span class="diagram-desc" id="${descId}">${escapeHtml(description)}</span>`
			: '') +
		'</figcaption>';

	if (!buildTimeDiagramTypes.has(type)) {
		// Drawn in the browser by src/client/mermaid-fallback.ts; the source stays readable without JS.
		return (
			`<figure class="diagram diagram--client" id="${id}" data-diagram="${escapeHtml(type)}" data-render="client">` +
			`<div class="diagram-canvas" role="img" aria-labelledby="${titleId}"${description ? ` aria-describedby="${descId}"` : ''}>` +
			`<pre class="diagram-source" data-pagefind-ignore>${escapeHtml(source.trim())}</pre></div>${caption}</figure>`
		);
	}

	let drawn: string;
	try {
		drawn = drawDiagram(body, type);
	} catch (error) {
		throw new DiagramError(
			`Mermaid could not draw this ${type} diagram: ${(error as Error).message}`,
			{
				cause: error,
			},
		);
	}
	const cleaned = drawn
		.replace(
			/<svg /,
			`<svg role="img" aria-labelledby="${titleId}"${description ? ` aria-describedby="${descId}"` : ''} `,
		)
		// Marker ids must be unique per page, or two diagrams share each other's arrowheads.
		.replace(/id="([^"]+)"/g, `id="${id}-$1"`)
		.replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`);
	const size = measureDrawing(cleaned);
	const fit = decideFit(size);
	const large = fit.kind !== 'fits';
	// Keyboard users can scroll it when script is off; src/client/scrollable-focus.ts drops the tab
	// stop wherever it does not overflow.
	const scroller = large
		? `<div class="diagram-scroll" tabindex="0" data-scrollable role="group" aria-label="${escapeHtml(title)}">`
		: '<div class="diagram-scroll">';
	return (
		`<figure class="diagram${large ? ' diagram--large' : ''}" id="${id}" data-diagram="${escapeHtml(type)}"${fitAttributes(fit, size.width)}>` +
		`${scroller}<div data-pagefind-ignore>${cleaned}</div></div>${large ? largeDiagramBar(titleId) : ''}${caption}</figure>`
	);
}
