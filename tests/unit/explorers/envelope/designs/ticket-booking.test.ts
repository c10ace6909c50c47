import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { ticketBookingEstimate } from '../../../../../src/explorers/envelope/designs/ticket-booking.ts';

const { page, result, estimate } = designEstimate('ticket-booking', ticketBookingEstimate);

/** The estimates table row whose first cell starts with `label`. */
function row(label: string): string {
	const match = page.match(new RegExp(`^\\|\\s*${label}[^|]*\\|.*$`, 'm'));
	if (!match) throw new Error(`ticket-booking.mdx: no estimates row labelled "${label}"`);
	return match[0];
}

describe('ticket booking estimate', () => {
	it('squeezes a day into the 10-minute on-sale window', () => {
		expect(ticketBookingEstimate.peakFactor).toBe(86_400 / 600);
		expect(estimate.peakReadQps).toBeCloseTo(58e6 / 600, 6);
		expect(estimate.peakWriteQps).toBeCloseTo(2e6 / 600, 6);
	});

	it('agrees with the figures the page prints', () => {
		expect(row('Reads')).toContain(`| ${result('readsPerDay')} `);
		expect(row('Writes')).toContain(`| ${result('writesPerDay')} `);
		expect(row('Read rate over 10 min')).toContain(`≈ ${result('averageReadQps')}/s`);
		expect(row('Read rate over 10 min')).toContain(`${result('peakReadQps')}/s`);
		expect(row('Write rate over 10 min')).toContain(`≈ ${result('averageWriteQps')}/s`);
		expect(row('Write rate over 10 min')).toContain(`${result('peakWriteQps')}/s`);
		expect(row('Seat map egress')).toContain(result('peakEgressBps'));
		expect(row('Rows written')).toContain(result('storagePerDayBytes'));
		expect(page).toContain(
			`**${result('peakReadQps')} reads/s and ${result('peakWriteQps')} writes/s**`,
		);
	});
});
