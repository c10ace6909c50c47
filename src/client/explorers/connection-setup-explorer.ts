/**
 * Brings the server-rendered connection-setup explorer to life: enables its controls and, on
 * every change, recomputes the timeline, moves the bars, and rewrites the labels, the summary
 * and the comparison table in place. The SVG keeps the same elements, so nothing shifts.
 */
import {
	connectionSetups,
	connectionTimeline,
	describeConnectionTimeline,
	findConnectionSetup,
	formatMs,
} from '../../explorers/connection-setup/connection-setup.ts';
import {
	connectionChart,
	laneNote,
	type ChartSlot,
} from '../../explorers/connection-setup/connection-setup-chart.ts';

const slots: readonly ChartSlot[] = ['transport', 'tls', 'request', 'server', 'response'];

/** Wires one explorer root (an element with `data-connection-setup-explorer`). */
export function mountConnectionSetupExplorer(root: HTMLElement): void {
	const form = root.querySelector('form');
	const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="setup"]')];
	const rtt = root.querySelector<HTMLInputElement>('input[name="rttMs"]');
	const server = root.querySelector<HTMLInputElement>('input[name="serverMs"]');
	if (!rtt || !server || radios.length === 0) return;
	const find = <T extends Element>(selector: string): T | null => root.querySelector<T>(selector);
	const setText = (element: Element | null, text: string): void => {
		// Rewriting identical text can make some screen readers announce it again.
		if (element && element.textContent !== text) element.textContent = text;
	};
	const setAttributes = (
		element: Element | null,
		values: Record<string, string | number>,
	): void => {
		if (!element) return;
		for (const [name, value] of Object.entries(values)) element.setAttribute(name, String(value));
	};

	const redraw = (): void => {
		const chosen = radios.find((radio) => radio.checked)?.value ?? connectionSetups[0]?.id ?? '';
		const setup = findConnectionSetup(chosen);
		const scenario = {
			setupId: setup.id,
			rttMs: rtt.valueAsNumber,
			serverMs: server.valueAsNumber,
		};
		for (const slider of [rtt, server]) {
			const text = `${slider.value} ms`;
			setText(root.querySelector(`output[for="${slider.id}"]`), text);
			slider.setAttribute('aria-valuetext', text);
		}
		const timeline = connectionTimeline(scenario);
		const chart = connectionChart(timeline);
		for (const slot of slots) {
			const bar = chart.bars[slot];
			const rect = find<SVGRectElement>(`[data-bar="${slot}"]`);
			setAttributes(rect, { x: bar.x, y: bar.y, width: bar.width, height: bar.height });
			rect?.classList.toggle('parallel', bar.parallel);
			const label = find<SVGTextElement>(`[data-bar-label="${slot}"]`);
			setAttributes(label, { x: bar.labelX, 'text-anchor': bar.labelAnchor });
			setText(label, bar.label);
		}
		chart.laneLabels.forEach((text, lane) => setText(find(`[data-lane-label="${lane}"]`), text));
		setText(find('[data-lane-note="transport"]'), laneNote(timeline, 'transport'));
		setText(find('[data-lane-note="tls"]'), laneNote(timeline, 'tls'));
		setAttributes(find('[data-first-byte-line]'), { x1: chart.firstByteX, x2: chart.firstByteX });
		const firstByte = find<SVGTextElement>('[data-first-byte-label]');
		setAttributes(firstByte, {
			x: chart.firstByteX + (chart.firstByteAnchor === 'end' ? -4 : 4),
			'text-anchor': chart.firstByteAnchor,
		});
		setText(firstByte, chart.firstByteLabel);
		chart.ticks.forEach((tick, index) => setText(find(`[data-tick="${index}"]`), tick.label));

		for (const candidate of connectionSetups) {
			const row = connectionTimeline({ ...scenario, setupId: candidate.id });
			setText(find(`[data-ttfb="${candidate.id}"]`), formatMs(row.timeToFirstByteMs));
			find(`[data-row="${candidate.id}"]`)?.classList.toggle('selected', candidate.id === setup.id);
		}
		const sentence = describeConnectionTimeline(timeline);
		setText(find('[data-summary]'), sentence);
		setText(find('[data-chart-desc]'), sentence);
	};

	form?.addEventListener('submit', (event) => event.preventDefault());
	for (const input of [...radios, rtt, server]) {
		input.disabled = false;
		input.addEventListener('input', redraw);
		input.addEventListener('change', redraw);
	}
	redraw();
}
