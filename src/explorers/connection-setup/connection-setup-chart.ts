/**
 * Geometry for the connection-setup timeline: three fixed lanes (transport, TLS, request), one
 * bar per slot, an axis and a first-byte marker. The SVG always has the same elements and the
 * same height, so switching setups moves bars but never changes the layout. Pure, so the server
 * renders the default and the browser redraws with the same code.
 */
import {
	connectionSetups,
	connectionTimeline,
	formatMs,
	type ConnectionTimeline,
} from './connection-setup.ts';

/** Fixed geometry in SVG user units (the viewBox is `0 0 width height`). */
export const connectionChartLayout = {
	width: 360,
	height: 190,
	plotLeft: 66,
	plotRight: 348,
	laneTop: 30,
	laneHeight: 40,
	barHeight: 18,
	lanes: 3,
	axisY: 156,
} as const;

/** The named bars every chart has; an unused one has zero width. */
export type ChartSlot = 'transport' | 'tls' | 'request' | 'server' | 'response';

/** Where one bar goes and what it says. */
export interface ChartBar {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	/** Text beside the bar (its duration), empty when the slot is unused. */
	readonly label: string;
	/** x of the label and its anchor, chosen so the label stays inside the chart. */
	readonly labelX: number;
	readonly labelAnchor: 'start' | 'end';
	/** Whether the bar overlaps the request (a handshake finishing during 0-RTT). */
	readonly parallel: boolean;
}

/** Everything the SVG needs for one scenario. */
export interface ConnectionChart {
	/** Lane titles, top to bottom. */
	readonly laneLabels: readonly [string, string, string];
	readonly bars: Readonly<Record<ChartSlot, ChartBar>>;
	/** Right end of the time axis, in milliseconds. */
	readonly axisMaxMs: number;
	/** Tick positions and labels along the axis. */
	readonly ticks: readonly { readonly x: number; readonly label: string }[];
	/** x of the first-byte marker and its caption. */
	readonly firstByteX: number;
	readonly firstByteLabel: string;
	readonly firstByteAnchor: 'start' | 'end';
}

const layout = connectionChartLayout;
const round = (value: number): number => Math.round(value * 100) / 100;

/** The smallest of 1, 2, 4, 5, 10, 20, 40 ... that is at least `value` (and at least 1). */
export function niceAxisMax(value: number): number {
	if (value <= 1) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 4, 5, 10]) {
		if (step * magnitude >= value) return step * magnitude;
	}
	return 10 * magnitude;
}

/** The slowest setup's time to first byte for this RTT and server time: the shared axis. */
export function slowestTimeToFirstByteMs(rttMs: number, serverMs: number): number {
	return Math.max(
		...connectionSetups.map(
			(setup) => connectionTimeline({ setupId: setup.id, rttMs, serverMs }).timeToFirstByteMs,
		),
	);
}

function laneY(lane: number): number {
	return layout.laneTop + lane * layout.laneHeight + (layout.laneHeight - layout.barHeight) / 2;
}

/** Computes the chart for a timeline, on an axis shared by every setup at the same RTT. */
export function connectionChart(timeline: ConnectionTimeline): ConnectionChart {
	const { rttMs, serverMs } = timeline.scenario;
	// One axis for all setups, so switching setup shows the difference in length.
	const axisMaxMs = niceAxisMax(slowestTimeToFirstByteMs(rttMs, serverMs));
	const plotWidth = layout.plotRight - layout.plotLeft;
	const x = (ms: number): number => layout.plotLeft + (ms / axisMaxMs) * plotWidth;
	const empty = (lane: number): ChartBar => ({
		x: layout.plotLeft,
		y: laneY(lane),
		width: 0,
		height: layout.barHeight,
		label: '',
		labelX: layout.plotLeft,
		labelAnchor: 'start',
		parallel: false,
	});
	const bar = (
		lane: number,
		startMs: number,
		endMs: number,
		label: string,
		parallel: boolean,
	): ChartBar => {
		const left = x(startMs);
		const right = x(endMs);
		// Labels sit after the bar unless that would run off the right edge.
		const roomAfter = layout.plotRight - right > 56;
		return {
			x: round(left),
			y: laneY(lane),
			width: round(right - left),
			height: layout.barHeight,
			label,
			labelX: round(roomAfter ? right + 4 : left - 4),
			labelAnchor: roomAfter ? 'start' : 'end',
			parallel,
		};
	};

	const transport = timeline.handshakes.find((step) => step.lane === 'transport');
	const tls = timeline.handshakes.find((step) => step.lane === 'tls');
	const requestLabel = formatMs(timeline.responseFlight.endMs - timeline.requestFlight.startMs);
	const bars: Record<ChartSlot, ChartBar> = {
		transport: transport
			? bar(
					0,
					transport.startMs,
					transport.endMs,
					formatMs(transport.endMs - transport.startMs),
					transport.parallel,
				)
			: empty(0),
		tls: tls
			? bar(1, tls.startMs, tls.endMs, formatMs(tls.endMs - tls.startMs), tls.parallel)
			: empty(1),
		request: bar(2, timeline.requestFlight.startMs, timeline.requestFlight.endMs, '', false),
		server: bar(2, timeline.serverWork.startMs, timeline.serverWork.endMs, '', false),
		response: bar(
			2,
			timeline.responseFlight.startMs,
			timeline.responseFlight.endMs,
			requestLabel,
			false,
		),
	};
	// The request lane carries one label, after the response bar, for the whole exchange.
	const responseBar = bars.response;
	if (responseBar.labelAnchor === 'end') {
		bars.response = { ...responseBar, labelX: round(x(timeline.requestFlight.startMs) - 4) };
	}

	const transportLabel = transport
		? transport.label.startsWith('QUIC')
			? 'QUIC'
			: 'TCP'
		: 'Transport';
	const tlsLabel = tls ? (tls.label.startsWith('TLS 1.2') ? 'TLS 1.2' : 'TLS 1.3') : 'TLS';
	const firstByteX = round(x(timeline.timeToFirstByteMs));
	const firstByteLabel = `First byte: ${formatMs(timeline.timeToFirstByteMs)}`;
	const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => ({
		x: round(layout.plotLeft + fraction * plotWidth),
		label: formatMs(fraction * axisMaxMs),
	}));
	return {
		laneLabels: [transportLabel, tlsLabel, 'Request'],
		bars,
		axisMaxMs,
		ticks,
		firstByteX,
		firstByteLabel,
		firstByteAnchor: firstByteX > layout.plotLeft + plotWidth / 2 ? 'end' : 'start',
	};
}

/** What an empty lane means for the chosen setup, shown in place of a bar. */
export function laneNote(timeline: ConnectionTimeline, lane: 'transport' | 'tls'): string {
	const used = timeline.handshakes.some((step) => step.lane === lane);
	if (used) return '';
	if (timeline.setup.id === 'reused') return 'none: connection reused';
	if (lane === 'tls') return 'inside QUIC';
	return '';
}
