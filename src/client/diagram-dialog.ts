/**
 * The full-screen view of one diagram: a native modal `<dialog>` holding a copy of the figure's
 * drawing, with pan and zoom by @panzoom/panzoom (drag, pinch, wheel) and by keyboard. Loaded by
 * src/client/diagram-expand.ts on the first click, never before.
 */
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import {
	actualSizeView,
	openingView,
	scaleLimits,
	zoomKeyAction,
	type ZoomView,
} from './diagram-zoom-view.ts';

const icon = (path: string): string =>
	`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="${path}" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/></svg>`;

const template =
	'<div class="diagram-dialog-bar">' +
	'<h2 class="diagram-dialog-title" id="diagram-dialog-title"></h2>' +
	'<div class="diagram-dialog-tools">' +
	`<button type="button" data-zoom="zoom-out" aria-label="Zoom out" aria-keyshortcuts="-" title="Zoom out (-)">${icon('M3 8h10')}</button>` +
	`<button type="button" data-zoom="zoom-in" aria-label="Zoom in" aria-keyshortcuts="+" title="Zoom in (+)">${icon('M3 8h10M8 3v10')}</button>` +
	`<button type="button" data-zoom="reset" aria-label="Show the whole diagram" aria-keyshortcuts="0" title="Show the whole diagram (0)">${icon('M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4')}</button>` +
	'<button type="button" data-zoom="actual-size" aria-label="1:1, actual size" aria-keyshortcuts="1" title="Actual size (1)">1:1</button>' +
	`<button type="button" data-zoom="close" aria-label="Close" aria-keyshortcuts="Escape" title="Close (Esc)">${icon('M3.5 3.5l9 9M12.5 3.5l-9 9')}</button>` +
	'</div></div>' +
	'<div class="diagram-dialog-stage" tabindex="0" role="group" aria-label="Zoomable diagram" aria-describedby="diagram-dialog-help">' +
	'<div class="diagram-dialog-canvas"></div></div>' +
	'<div class="diagram-dialog-foot">' +
	'<p class="diagram-dialog-desc" id="diagram-dialog-desc"></p>' +
	'<p class="diagram-dialog-help" id="diagram-dialog-help">Drag to move, pinch or scroll to zoom. Keys: + and - zoom, arrows move, 0 shows the whole diagram, 1 its actual size, Esc closes.</p>' +
	'</div>';

/** The diagram on show, while the dialog is open. */
interface Showing {
	panzoom: PanzoomObject;
	opener: HTMLElement;
	drawing: { width: number; height: number };
}

let dialog: HTMLDialogElement | undefined;
let showing: Showing | undefined;

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

function part<T extends Element>(selector: string): T {
	const element = dialog?.querySelector<T>(selector);
	if (!element) throw new Error(`diagram dialog: ${selector} is missing`);
	return element;
}

/** A copy of the drawing whose ids (arrowhead markers) cannot clash with the original's. */
function copyDrawing(source: SVGSVGElement): SVGSVGElement {
	const copy = source.cloneNode(true) as SVGSVGElement;
	for (const element of [copy, ...copy.querySelectorAll('*')]) {
		if (element.id) element.id = `zoom-${element.id}`;
		for (const attribute of [...element.attributes]) {
			if (attribute.value.includes('url(#'))
				element.setAttribute(attribute.name, attribute.value.replaceAll('url(#', 'url(#zoom-'));
		}
	}
	copy.setAttribute('aria-labelledby', 'diagram-dialog-title');
	copy.setAttribute('aria-describedby', 'diagram-dialog-desc');
	return copy;
}

function stageView(): ZoomView | undefined {
	if (!showing) return undefined;
	const stage = part<HTMLElement>('.diagram-dialog-stage');
	return openingView({ width: stage.clientWidth, height: stage.clientHeight }, showing.drawing);
}

/** How much one press of + or - zooms: about a third in, a quarter out. */
const zoomFactor = Math.exp(0.3);

/** The zoom actions of the buttons and keys. */
type ZoomAction = 'zoom-in' | 'zoom-out' | 'reset' | 'actual-size';

const isZoomAction = (value: string | undefined): value is ZoomAction =>
	value === 'zoom-in' || value === 'zoom-out' || value === 'reset' || value === 'actual-size';

/**
 * Zooms about the middle of the stage, so what is in the middle stays there; shows the whole
 * drawing; or shows it at its natural size from its top-left corner, where it reads.
 */
function zoomTo(action: ZoomAction): void {
	if (!showing) return;
	const { panzoom } = showing;
	if (action === 'reset') {
		panzoom.reset({ animate: !reducedMotion() });
		return;
	}
	if (action === 'actual-size') {
		const view = actualSizeView();
		panzoom.zoom(view.scale, { animate: false });
		panzoom.pan(view.x, view.y, { animate: !reducedMotion() });
		return;
	}
	const stage = part<HTMLElement>('.diagram-dialog-stage').getBoundingClientRect();
	const factor = action === 'zoom-in' ? zoomFactor : 1 / zoomFactor;
	panzoom.zoomToPoint(panzoom.getScale() * factor, {
		clientX: stage.left + stage.width / 2,
		clientY: stage.top + stage.height / 2,
	});
}

function onKey(event: KeyboardEvent): void {
	if (!showing || event.altKey || event.ctrlKey || event.metaKey) return;
	const action = zoomKeyAction(event.key);
	if (!action) return;
	event.preventDefault();
	if (action.action === 'pan') {
		const scale = showing.panzoom.getScale();
		showing.panzoom.pan(action.dx / scale, action.dy / scale, {
			relative: true,
			animate: !reducedMotion(),
		});
	} else {
		zoomTo(action.action);
	}
}

/** Keeps "show the whole diagram" right when the window changes size (a phone turned). */
function onResize(): void {
	const view = stageView();
	if (!showing || !view) return;
	showing.panzoom.setOptions({
		startScale: view.scale,
		startX: view.x,
		startY: view.y,
		...scaleLimits(view.scale),
	});
}

function onWheel(event: WheelEvent): void {
	showing?.panzoom.zoomWithWheel(event);
}

function onClose(): void {
	if (!showing) return;
	const { panzoom, opener } = showing;
	showing = undefined;
	panzoom.destroy();
	part<HTMLElement>('.diagram-dialog-stage').removeEventListener('wheel', onWheel);
	window.removeEventListener('resize', onResize);
	part<HTMLElement>('.diagram-dialog-canvas').replaceChildren();
	opener.focus();
}

function createDialog(): HTMLDialogElement {
	const created = document.createElement('dialog');
	created.className = 'diagram-dialog';
	created.setAttribute('aria-labelledby', 'diagram-dialog-title');
	created.setAttribute('aria-describedby', 'diagram-dialog-desc');
	created.innerHTML = template;
	created.addEventListener('keydown', onKey);
	created.addEventListener('close', onClose);
	created.addEventListener('click', (event) => {
		const button =
			event.target instanceof Element
				? event.target.closest<HTMLElement>('[data-zoom]')
				: undefined;
		const action = button?.dataset['zoom'];
		if (action === 'close') created.close();
		else if (isZoomAction(action)) zoomTo(action);
	});
	document.body.append(created);
	return created;
}

/**
 * Shows a figure's diagram full screen, whole, and gives focus to it; closing returns focus to
 * `opener` (the figure's "Expand diagram" button).
 */
export function openDiagramDialog(figure: HTMLElement, opener: HTMLElement): void {
	const source = figure.querySelector<SVGSVGElement>('.diagram-scroll svg[role="img"]');
	if (!source || showing) return;
	dialog ??= createDialog();
	const viewBox = source.viewBox.baseVal;
	const drawing = { width: viewBox.width, height: viewBox.height };
	part<HTMLElement>('#diagram-dialog-title').textContent =
		figure.querySelector('.diagram-title')?.textContent ?? '';
	part<HTMLElement>('#diagram-dialog-desc').textContent =
		figure.querySelector('.diagram-desc')?.textContent ?? '';
	const canvas = part<HTMLElement>('.diagram-dialog-canvas');
	canvas.style.width = `${drawing.width}px`;
	canvas.style.height = `${drawing.height}px`;
	canvas.replaceChildren(copyDrawing(source));
	dialog.showModal();

	const stage = part<HTMLElement>('.diagram-dialog-stage');
	const view = openingView({ width: stage.clientWidth, height: stage.clientHeight }, drawing);
	const panzoom = Panzoom(canvas, {
		startScale: view.scale,
		startX: view.x,
		startY: view.y,
		...scaleLimits(view.scale),
		step: 0.25,
		canvas: true,
		cursor: 'grab',
	});
	showing = { panzoom, opener, drawing };
	stage.addEventListener('wheel', onWheel, { passive: false });
	window.addEventListener('resize', onResize);
	stage.focus();
}
