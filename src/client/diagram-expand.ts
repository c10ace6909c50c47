/**
 * The "Expand diagram" buttons and previews of diagrams too large to read in the column. One
 * click listener; the full-screen view and its pan-zoom library load only on the first click.
 */

/** True when the figure currently shows its expand control (its column is below its threshold). */
function expandShown(figure: Element): HTMLButtonElement | undefined {
	const button = figure.querySelector<HTMLButtonElement>('.diagram-expand');
	return button && button.checkVisibility() ? button : undefined;
}

/** Opens a figure's full-screen view when its button, or its preview, is clicked. */
export function enhanceExpandableDiagrams(root: Document = document): void {
	if (!root.querySelector('figure.diagram--large')) return;
	root.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : undefined;
		const figure = target?.closest<HTMLElement>('figure.diagram--large');
		if (!target || !figure) return;
		const onButton = target.closest('.diagram-expand') !== null;
		if (!onButton && !target.closest('.diagram-scroll')) return;
		const button = expandShown(figure);
		if (!button) return;
		import('./diagram-dialog.ts')
			.then(({ openDiagramDialog }) => openDiagramDialog(figure, button))
			.catch((error: unknown) =>
				console.error('The full-screen diagram view failed to load', error),
			);
	});
}
