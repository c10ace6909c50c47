import { renderMermaidSVG } from 'beautiful-mermaid';
import { buildTimeDiagramTypes, parseMermaidSource } from './mermaid-source.ts';
import { cachedSvg } from './svg-cache.ts';
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

/** Widest diagram (in SVG user units) that is scaled to the column; wider ones scroll instead. */
const maxScaledWidth = 900;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/**
 * Renders one Mermaid fence to a `<figure>`: inline SVG drawn now for the types the build-time
 * renderer supports, or the source in a reserved box that the browser draws later for the rest.
 * @param source the text inside the fence
 * @param id unique within the page; prefixes the ids of the figure's title and description
 * @throws DiagramError when the diagram has no `accTitle` or cannot be drawn
 */
export function renderMermaidFigure(source: string, id: string): string {
	const { type, title, description, body } = parseMermaidSource(source);
	if (!title) {
		throw new DiagramError(
			'Mermaid diagram has no accessible title. Add a line `accTitle: What the diagram shows` right after the diagram type, and an `accDescr:` line with one sentence describing it.',
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

	let svg: string;
	try {
		svg = cachedSvg(body, rendererVersion, (text) =>
			renderMermaidSVG(text, {
				bg: 'var(--diagram-bg)',
				fg: 'var(--diagram-fg)',
				transparent: true,
			}),
		);
	} catch (error) {
		throw new DiagramError(
			`Mermaid could not draw this ${type} diagram: ${(error as Error).message}`,
			{
				cause: error,
			},
		);
	}
	const width = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) /.exec(svg)?.[1] ?? 0);
	const wide = width > maxScaledWidth;
	const cleaned = svg
		// Styling lives in src/styles/diagrams.css: scoped, theme-aware, no web-font import.
		.replace(/<style>[\s\S]*?<\/style>\s*/g, '')
		.replace(
			/<svg /,
			`<svg role="img" aria-labelledby="${titleId}"${description ? ` aria-describedby="${descId}"` : ''} `,
		)
		.replace(/ style="--bg:var\(--diagram-bg\);--fg:var\(--diagram-fg\)"/, '')
		// Marker ids must be unique per page, or two diagrams share each other's arrowheads.
		.replace(/id="([^"]+)"/g, `id="${id}-$1"`)
		.replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`)
		.replace(/>\s+</g, '><');
	const scroller = wide
		? `<div class="diagram-scroll" tabindex="0" role="group" aria-label="${escapeHtml(title)}, scrolls sideways">`
		: '<div class="diagram-scroll">';
	return (
		`<figure class="diagram${wide ? ' diagram--wide' : ''}" id="${id}" data-diagram="${escapeHtml(type)}">` +
		`${scroller}<div data-pagefind-ignore>${cleaned}</div></div>${caption}</figure>`
	);
}
