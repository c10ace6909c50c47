/**
 * Draws diagrams the build-time renderer cannot (pie, gantt, mindmap, timeline, ...) with
 * Mermaid's own browser build, which the build copies under /_astro/ rather than bundling
 * (src/integrations/mermaid-browser-bundle.ts). Loaded only on pages that contain one; the
 * figure's box is already sized, so swapping the source text for the drawing shifts nothing.
 */
import type { Mermaid } from 'mermaid';
import { pieThemeVariables } from './pie-palette.ts';

let loaded: Promise<Mermaid> | undefined;

/** Mermaid's browser module, fetched once, from the site's own origin and base path. */
function loadMermaid(): Promise<Mermaid> {
	const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${__MERMAID_MODULE_PATH__}`;
	loaded ??= (import(/* @vite-ignore */ url) as Promise<{ default: Mermaid }>).then(
		(module) => module.default,
	);
	return loaded;
}

function currentTheme(): 'dark' | 'light' {
	return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

async function drawAll(figures: HTMLElement[]): Promise<void> {
	const mermaid = await loadMermaid();
	const theme = currentTheme();
	mermaid.initialize({
		startOnLoad: false,
		theme: theme === 'dark' ? 'dark' : 'default',
		themeVariables: pieThemeVariables(theme),
		securityLevel: 'strict',
		fontFamily: 'inherit',
	});
	for (const figure of figures) {
		const canvas = figure.querySelector<HTMLElement>('.diagram-canvas');
		const source =
			figure.dataset['source'] ?? figure.querySelector('.diagram-source')?.textContent ?? '';
		if (!canvas || source === '') continue;
		figure.dataset['source'] = source;
		try {
			const { svg } = await mermaid.render(`${figure.id}-svg`, source);
			canvas.innerHTML = svg;
			canvas.querySelector('svg')?.setAttribute('aria-hidden', 'true');
			figure.dataset['rendered'] = 'true';
		} catch (error) {
			// Leave the readable source in place; the build already validated the grammar.
			console.warn(`Diagram ${figure.id} could not be drawn`, error);
		}
	}
}

/** Renders every browser-drawn diagram on the page, and again whenever the theme changes. */
export async function renderClientDiagrams(): Promise<void> {
	const figures = Array.from(
		document.querySelectorAll<HTMLElement>('figure[data-render="client"]'),
	);
	if (figures.length === 0) return;
	await drawAll(figures);
	new MutationObserver(() => void drawAll(figures)).observe(document.documentElement, {
		attributes: true,
		attributeFilter: ['data-theme'],
	});
}
