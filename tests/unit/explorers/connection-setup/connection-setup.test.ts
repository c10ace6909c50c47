import { describe, expect, it } from 'vitest';
import {
	connectionSetups,
	connectionTimeline,
	describeConnectionTimeline,
	findConnectionSetup,
	formatMs,
	type ConnectionSetupId,
} from '../../../../src/explorers/connection-setup/connection-setup.ts';
import {
	connectionChart,
	connectionChartLayout,
	laneNote,
	niceAxisMax,
	slowestTimeToFirstByteMs,
} from '../../../../src/explorers/connection-setup/connection-setup-chart.ts';

const at = (setupId: ConnectionSetupId, rttMs = 100, serverMs = 0) =>
	connectionTimeline({ setupId, rttMs, serverMs });

describe('connectionTimeline round trips (as the page and the RFCs state them)', () => {
	it('counts round trips to the first byte for every setup', () => {
		const counts = Object.fromEntries(
			connectionSetups.map((setup) => [setup.id, at(setup.id).roundTripsToFirstByte]),
		);
		// TCP 1 (RFC 9293) + TLS 1.2 full 2 (RFC 5246) + request 1; TLS 1.3 is 1 (RFC 8446);
		// QUIC folds transport and TLS into 1 (RFC 9000/9001); 0-RTT adds nothing before the request.
		expect(counts).toEqual({
			'tcp-tls12': 4,
			'tcp-tls13': 3,
			'tcp-tls13-0rtt': 2,
			quic: 2,
			'quic-0rtt': 1,
			reused: 1,
		});
	});

	it('computes time to first byte as round trips times RTT plus server time', () => {
		for (const setup of connectionSetups) {
			for (const [rttMs, serverMs] of [
				[100, 20],
				[1, 0],
				[37, 150],
			] as const) {
				const timeline = connectionTimeline({ setupId: setup.id, rttMs, serverMs });
				expect(timeline.timeToFirstByteMs, setup.id).toBeCloseTo(
					timeline.roundTripsToFirstByte * rttMs + serverMs,
					9,
				);
			}
		}
		expect(at('tcp-tls12', 100).timeToFirstByteMs).toBe(400);
		expect(
			connectionTimeline({ setupId: 'tcp-tls13', rttMs: 100, serverMs: 20 }).timeToFirstByteMs,
		).toBe(320);
	});

	it('places blocking handshakes back to back and the request after them', () => {
		const timeline = at('tcp-tls12', 80);
		expect(timeline.handshakes.map((step) => [step.label, step.startMs, step.endMs])).toEqual([
			['TCP handshake', 0, 80],
			['TLS 1.2 full handshake', 80, 240],
		]);
		expect(timeline.requestFlight).toEqual({ startMs: 240, endMs: 280 });
		expect(timeline.responseFlight.endMs).toBe(320);
	});

	it('runs the 0-RTT handshake alongside the request instead of before it', () => {
		const quic = at('quic-0rtt', 50);
		expect(quic.requestFlight.startMs).toBe(0);
		expect(quic.handshakes).toHaveLength(1);
		expect(quic.handshakes[0]).toMatchObject({ parallel: true, startMs: 0, endMs: 50 });
		const tls = at('tcp-tls13-0rtt', 50);
		expect(tls.handshakes.map((step) => [step.lane, step.parallel, step.startMs])).toEqual([
			['transport', false, 0],
			['tls', true, 50],
		]);
		expect(tls.requestFlight.startMs).toBe(50);
	});

	it('has no handshake at all on a reused connection', () => {
		const reused = at('reused', 100, 20);
		expect(reused.handshakes).toEqual([]);
		expect(reused.timeToFirstByteMs).toBe(120);
	});

	it('cites the RFC behind every handshake it counts', () => {
		for (const setup of connectionSetups) {
			for (const step of [...setup.blocking, ...(setup.parallel ? [setup.parallel] : [])]) {
				expect(step.source, `${setup.id} ${step.label}`).toMatch(/^RFC \d{4}/);
			}
		}
	});

	it('rejects impossible input with the field named, and unknown setups with the valid ids', () => {
		expect(() => connectionTimeline({ setupId: 'quic', rttMs: 0, serverMs: 0 })).toThrow(/rttMs/);
		expect(() => connectionTimeline({ setupId: 'quic', rttMs: 10, serverMs: -1 })).toThrow(
			/serverMs/,
		);
		expect(() => findConnectionSetup('tcp-tls11')).toThrow(/unknown; use one of: tcp-tls12/);
	});
});

describe('describeConnectionTimeline and formatMs', () => {
	it('says the round trips, each step and the first-byte time in one sentence', () => {
		const text = describeConnectionTimeline(
			connectionTimeline({ setupId: 'tcp-tls13', rttMs: 100, serverMs: 20 }),
		);
		expect(text).toBe(
			'TCP + TLS 1.3 at 100 ms round-trip time: 3 round trips to the first byte ' +
				'(TCP handshake 1, TLS 1.3 handshake 1, request 1), first byte at 320 ms including 20 ms of server time.',
		);
		expect(describeConnectionTimeline(at('reused'))).toContain('1 round trip to the first byte');
		expect(describeConnectionTimeline(at('quic-0rtt'))).toContain(
			'(request 1; the QUIC resumption finishes alongside the request)',
		);
	});

	it('formats whole milliseconds with separators and one decimal below 10 ms', () => {
		expect([0, 2.5, 12.4, 1234].map(formatMs)).toEqual(['0 ms', '2.5 ms', '12 ms', '1,234 ms']);
	});
});

describe('connectionChart', () => {
	const layout = connectionChartLayout;

	it('shares one axis across setups, so a faster setup draws a shorter request bar', () => {
		expect(slowestTimeToFirstByteMs(100, 20)).toBe(420);
		const slow = connectionChart(at('tcp-tls12', 100, 20));
		const fast = connectionChart(at('quic-0rtt', 100, 20));
		expect(slow.axisMaxMs).toBe(500);
		expect(fast.axisMaxMs).toBe(500);
		expect(fast.bars.request.x).toBeLessThan(slow.bars.request.x);
		expect(fast.firstByteX).toBeLessThan(slow.firstByteX);
		expect(slow.firstByteX).toBeLessThanOrEqual(layout.plotRight);
	});

	it('keeps every bar and label inside the plot for every setup and extreme settings', () => {
		for (const setup of connectionSetups) {
			for (const [rttMs, serverMs] of [
				[1, 0],
				[1, 200],
				[300, 0],
				[300, 200],
			] as const) {
				const chart = connectionChart(connectionTimeline({ setupId: setup.id, rttMs, serverMs }));
				for (const [slot, bar] of Object.entries(chart.bars)) {
					const where = `${setup.id} ${rttMs}/${serverMs} ${slot}`;
					expect(bar.x, where).toBeGreaterThanOrEqual(layout.plotLeft);
					expect(bar.x + bar.width, where).toBeLessThanOrEqual(layout.plotRight + 0.01);
					expect(bar.labelX, where).toBeGreaterThanOrEqual(0);
					expect(bar.labelX, where).toBeLessThanOrEqual(layout.width);
				}
			}
		}
	});

	it('leaves unused lanes empty and says why', () => {
		const quic = at('quic');
		const chart = connectionChart(quic);
		expect(chart.bars.tls.width).toBe(0);
		expect(chart.bars.tls.label).toBe('');
		expect(chart.laneLabels).toEqual(['QUIC', 'TLS', 'Request']);
		expect(laneNote(quic, 'tls')).toBe('inside QUIC');
		expect(laneNote(at('reused'), 'transport')).toBe('none: connection reused');
		expect(laneNote(at('tcp-tls13'), 'tls')).toBe('');
	});

	it('marks the 0-RTT handshake bar as parallel', () => {
		expect(connectionChart(at('tcp-tls13-0rtt')).bars.tls.parallel).toBe(true);
		expect(connectionChart(at('tcp-tls13')).bars.tls.parallel).toBe(false);
	});

	it('rounds the axis up to 1, 2, 4 or 5 times a power of ten', () => {
		expect([0.5, 3, 10, 11, 420, 1_201].map(niceAxisMax)).toEqual([1, 4, 10, 20, 500, 2_000]);
	});
});
