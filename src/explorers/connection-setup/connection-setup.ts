/**
 * Time to first byte for the ways a client can open an HTTPS connection. Each setup is a list of
 * handshakes, counted in round trips as the RFCs specify them: the ones that must finish before
 * the request leaves (blocking) and the one that runs alongside a 0-RTT request (parallel). The
 * request itself then costs one round trip plus the server's own time.
 */

/** A handshake step and where its round-trip count comes from. */
export interface Handshake {
	/** Lane in the timeline: the transport (TCP or QUIC) or the TLS layer over TCP. */
	readonly lane: 'transport' | 'tls';
	/** Short label shown on the timeline. */
	readonly label: string;
	/** Round trips the step costs. */
	readonly roundTrips: number;
	/** The specification that fixes the count. */
	readonly source: string;
}

/** One way to reach the first byte of a response. */
export interface ConnectionSetup {
	readonly id: ConnectionSetupId;
	/** Label for the form control and the comparison table. */
	readonly label: string;
	/** Handshakes that must complete before the request can be sent, in order. */
	readonly blocking: readonly Handshake[];
	/** A handshake that completes while a 0-RTT request is already in flight, if any. */
	readonly parallel: Handshake | null;
	/** What the reader should know about this setup, in one sentence. */
	readonly note: string;
}

/** Identifiers of the setups the explorer offers. */
export type ConnectionSetupId =
	'tcp-tls12' | 'tcp-tls13' | 'tcp-tls13-0rtt' | 'quic' | 'quic-0rtt' | 'reused';

const tcp: Handshake = {
	lane: 'transport',
	label: 'TCP handshake',
	roundTrips: 1,
	source: 'RFC 9293',
};

/** Every setup, slowest first; the order of the form's options and the table's rows. */
export const connectionSetups: readonly ConnectionSetup[] = [
	{
		id: 'tcp-tls12',
		label: 'TCP + TLS 1.2',
		blocking: [
			tcp,
			{ lane: 'tls', label: 'TLS 1.2 full handshake', roundTrips: 2, source: 'RFC 5246' },
		],
		parallel: null,
		note: 'The client must see the server Finished message before it may send data.',
	},
	{
		id: 'tcp-tls13',
		label: 'TCP + TLS 1.3',
		blocking: [tcp, { lane: 'tls', label: 'TLS 1.3 handshake', roundTrips: 1, source: 'RFC 8446' }],
		parallel: null,
		note: 'The request travels with the client Finished message, one round trip after ClientHello.',
	},
	{
		id: 'tcp-tls13-0rtt',
		label: 'TCP + resumed TLS 1.3, 0-RTT',
		blocking: [tcp],
		parallel: {
			lane: 'tls',
			label: 'TLS 1.3 resumption',
			roundTrips: 1,
			source: 'RFC 8446',
		},
		note: 'The request rides in early data beside ClientHello, so it can be replayed: only for idempotent requests.',
	},
	{
		id: 'quic',
		label: 'QUIC (HTTP/3)',
		blocking: [
			{
				lane: 'transport',
				label: 'QUIC + TLS 1.3 handshake',
				roundTrips: 1,
				source: 'RFC 9000, RFC 9001',
			},
		],
		parallel: null,
		note: 'Transport and cryptographic handshakes are one exchange over UDP.',
	},
	{
		id: 'quic-0rtt',
		label: 'QUIC 0-RTT (resumed)',
		blocking: [],
		parallel: {
			lane: 'transport',
			label: 'QUIC resumption',
			roundTrips: 1,
			source: 'RFC 9000, RFC 9001',
		},
		note: 'The request leaves with the first packet; the same replay caveat as TLS early data.',
	},
	{
		id: 'reused',
		label: 'Reused connection (keep-alive, pool)',
		blocking: [],
		parallel: null,
		note: 'No handshake at all: the reason connection pools exist.',
	},
];

/** The setup the page shows before any interaction. */
export const defaultConnectionSetupId: ConnectionSetupId = 'tcp-tls13';

/** What the reader controls. */
export interface ConnectionScenario {
	readonly setupId: ConnectionSetupId;
	/** Round-trip time between client and server, in milliseconds (above 0). */
	readonly rttMs: number;
	/** Time the server spends before the first response byte leaves it, in milliseconds. */
	readonly serverMs: number;
}

/** A span on the timeline, in milliseconds from the moment the client starts connecting. */
export interface TimelineSpan {
	readonly startMs: number;
	readonly endMs: number;
}

/** The computed timeline for one scenario. */
export interface ConnectionTimeline {
	readonly setup: ConnectionSetup;
	readonly scenario: ConnectionScenario;
	/** Each handshake with its span; a parallel one overlaps the request. */
	readonly handshakes: readonly (Handshake & TimelineSpan & { readonly parallel: boolean })[];
	/** The request's trip to the server. */
	readonly requestFlight: TimelineSpan;
	/** The server's work. */
	readonly serverWork: TimelineSpan;
	/** The first response byte's trip back. */
	readonly responseFlight: TimelineSpan;
	/** Round trips spent before the request can leave. */
	readonly roundTripsBeforeRequest: number;
	/** Round trips until the first byte, counting the request's own. */
	readonly roundTripsToFirstByte: number;
	/** Time to first byte in milliseconds. */
	readonly timeToFirstByteMs: number;
}

/** Finds a setup by id; throws a RangeError listing the valid ids for an unknown one. */
export function findConnectionSetup(id: string): ConnectionSetup {
	const setup = connectionSetups.find((candidate) => candidate.id === id);
	if (!setup) {
		const known = connectionSetups.map((candidate) => candidate.id).join(', ');
		throw new RangeError(`Connection setup "${id}" is unknown; use one of: ${known}.`);
	}
	return setup;
}

/** Throws a RangeError naming the field when a scenario cannot be drawn. */
export function assertValidConnectionScenario(scenario: ConnectionScenario): void {
	const problems: string[] = [];
	if (!(Number.isFinite(scenario.rttMs) && scenario.rttMs > 0)) {
		problems.push('rttMs must be a number above 0');
	}
	if (!(Number.isFinite(scenario.serverMs) && scenario.serverMs >= 0)) {
		problems.push('serverMs must be a number, 0 or more');
	}
	if (problems.length > 0) throw new RangeError(`Connection scenario: ${problems.join('; ')}.`);
}

/** Lays out one scenario on a timeline and computes its time to first byte. */
export function connectionTimeline(scenario: ConnectionScenario): ConnectionTimeline {
	assertValidConnectionScenario(scenario);
	const setup = findConnectionSetup(scenario.setupId);
	const { rttMs, serverMs } = scenario;
	let clock = 0;
	const handshakes: (Handshake & TimelineSpan & { parallel: boolean })[] = [];
	for (const step of setup.blocking) {
		const startMs = clock;
		clock += step.roundTrips * rttMs;
		handshakes.push({ ...step, startMs, endMs: clock, parallel: false });
	}
	const requestStart = clock;
	if (setup.parallel) {
		const step = setup.parallel;
		handshakes.push({
			...step,
			startMs: requestStart,
			endMs: requestStart + step.roundTrips * rttMs,
			parallel: true,
		});
	}
	const roundTripsBeforeRequest = setup.blocking.reduce((sum, step) => sum + step.roundTrips, 0);
	// Half a round trip each way: the request reaches the server, the first byte comes back.
	const requestFlight = { startMs: requestStart, endMs: requestStart + rttMs / 2 };
	const serverWork = { startMs: requestFlight.endMs, endMs: requestFlight.endMs + serverMs };
	const responseFlight = { startMs: serverWork.endMs, endMs: serverWork.endMs + rttMs / 2 };
	return {
		setup,
		scenario,
		handshakes,
		requestFlight,
		serverWork,
		responseFlight,
		roundTripsBeforeRequest,
		roundTripsToFirstByte: roundTripsBeforeRequest + 1,
		timeToFirstByteMs: responseFlight.endMs,
	};
}

/** Formats milliseconds for display: whole numbers, or one decimal below 10 ms. */
export function formatMs(ms: number): string {
	const rounded = ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms);
	return `${rounded.toLocaleString('en-US')} ms`;
}

/** One sentence for the live region and the chart's description. */
export function describeConnectionTimeline(timeline: ConnectionTimeline): string {
	const { setup, scenario } = timeline;
	const steps = [
		...setup.blocking.map((step) => `${step.label} ${step.roundTrips}`),
		'request 1',
	].join(', ');
	const trips = timeline.roundTripsToFirstByte === 1 ? 'round trip' : 'round trips';
	const alongside = setup.parallel
		? `; the ${setup.parallel.label} finishes alongside the request`
		: '';
	return (
		`${setup.label} at ${formatMs(scenario.rttMs)} round-trip time: ` +
		`${timeline.roundTripsToFirstByte} ${trips} to the first byte (${steps}${alongside}), ` +
		`first byte at ${formatMs(timeline.timeToFirstByteMs)} including ` +
		`${formatMs(scenario.serverMs)} of server time.`
	);
}
