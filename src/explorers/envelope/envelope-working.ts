/**
 * The arithmetic behind an envelope estimate, one line per result, written the way a candidate
 * says it at the whiteboard: "1B / 86,400 ≈ 11,574 QPS".
 */
import {
	daysPerYear,
	secondsPerDay,
	type EnvelopeEstimate,
	type EnvelopeInputs,
} from './envelope.ts';
import { formatBitsPerSecond, formatBytes, formatCount, formatRate } from './units.ts';

/** One result with its working. */
export interface EnvelopeLine {
	/** Stable key, the matching {@link EnvelopeEstimate} field. */
	readonly id: keyof EnvelopeEstimate;
	/** What the number sizes: request handling, disks or network. */
	readonly group: 'Traffic' | 'Storage' | 'Bandwidth';
	readonly label: string;
	readonly result: string;
	readonly working: string;
}

const plain = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const day = new Intl.NumberFormat('en-US').format(secondsPerDay);

/** "=" when the shown figure is the exact value, "≈" when display rounded it. */
function relation(value: number, shown: number): string {
	return Math.abs(value - shown) < 1e-9 * Math.max(1, Math.abs(value)) ? '=' : '≈';
}

const threeSignificant = (value: number): number => Number(value.toPrecision(3));
const rateShown = (value: number): number =>
	Math.abs(value) >= 100 ? Math.round(value) : threeSignificant(value);

/** The estimate as labeled lines with their arithmetic, in reading order. */
export function envelopeWorking(
	inputs: EnvelopeInputs,
	estimate: EnvelopeEstimate,
): EnvelopeLine[] {
	const users = formatCount(inputs.dailyActiveUsers);
	const perUser = formatCount(inputs.requestsPerUserPerDay);
	const ratio = inputs.readsPerWrite;
	const parts = `${plain.format(ratio + 1)}`;
	const count = (value: number): string =>
		`${relation(value, threeSignificant(value))} ${formatCount(value)}`;
	const bytes = (value: number): string =>
		`${relation(value, threeSignificant(value))} ${formatBytes(value)}`;
	const qps = (value: number): string =>
		`${relation(value, rateShown(value))} ${formatRate(value)} QPS`;
	const peak = inputs.peakFactor;
	const years = `${plain.format(inputs.retentionYears)} ${inputs.retentionYears === 1 ? 'year' : 'years'}`;
	const copies = `${inputs.replicationFactor} ${inputs.replicationFactor === 1 ? 'copy' : 'copies'}`;
	const perDayBytes = formatBytes(estimate.storagePerDayBytes);
	const egressPerDay = estimate.readsPerDay * inputs.readSizeKB * 1000;

	return [
		{
			id: 'readsPerDay',
			group: 'Traffic',
			label: 'Reads per day',
			result: formatCount(estimate.readsPerDay),
			working: `${users} × ${perUser} × ${plain.format(ratio)}/${parts} ${count(estimate.readsPerDay)}`,
		},
		{
			id: 'writesPerDay',
			group: 'Traffic',
			label: 'Writes per day',
			result: formatCount(estimate.writesPerDay),
			working: `${users} × ${perUser} × 1/${parts} ${count(estimate.writesPerDay)}`,
		},
		{
			id: 'averageReadQps',
			group: 'Traffic',
			label: 'Average read QPS',
			result: formatRate(estimate.averageReadQps),
			working: `${formatCount(estimate.readsPerDay)} / ${day} ${qps(estimate.averageReadQps)}`,
		},
		{
			id: 'peakReadQps',
			group: 'Traffic',
			label: 'Peak read QPS',
			result: formatRate(estimate.peakReadQps),
			working: `${formatRate(estimate.averageReadQps)} × ${plain.format(peak)} ${qps(estimate.peakReadQps)}`,
		},
		{
			id: 'averageWriteQps',
			group: 'Traffic',
			label: 'Average write QPS',
			result: formatRate(estimate.averageWriteQps),
			working: `${formatCount(estimate.writesPerDay)} / ${day} ${qps(estimate.averageWriteQps)}`,
		},
		{
			id: 'peakWriteQps',
			group: 'Traffic',
			label: 'Peak write QPS',
			result: formatRate(estimate.peakWriteQps),
			working: `${formatRate(estimate.averageWriteQps)} × ${plain.format(peak)} ${qps(estimate.peakWriteQps)}`,
		},
		{
			id: 'storagePerDayBytes',
			group: 'Storage',
			label: 'Storage per day',
			result: perDayBytes,
			working: `${formatCount(estimate.writesPerDay)} × ${formatBytes(inputs.writeSizeKB * 1000)} ${bytes(estimate.storagePerDayBytes)}`,
		},
		{
			id: 'storagePerYearBytes',
			group: 'Storage',
			label: 'Storage per year',
			result: formatBytes(estimate.storagePerYearBytes),
			working: `${perDayBytes} × ${daysPerYear} ${bytes(estimate.storagePerYearBytes)}`,
		},
		{
			id: 'totalStorageBytes',
			group: 'Storage',
			label: 'Total storage',
			result: formatBytes(estimate.totalStorageBytes),
			working: `${formatBytes(estimate.storagePerYearBytes)} × ${years} × ${copies} ${bytes(estimate.totalStorageBytes)}`,
		},
		{
			id: 'averageIngressBps',
			group: 'Bandwidth',
			label: 'Ingress, average',
			result: formatBitsPerSecond(estimate.averageIngressBps),
			working: `${perDayBytes}/day × 8 / ${day} s ≈ ${formatBitsPerSecond(estimate.averageIngressBps)}`,
		},
		{
			id: 'peakIngressBps',
			group: 'Bandwidth',
			label: 'Ingress, peak',
			result: formatBitsPerSecond(estimate.peakIngressBps),
			working: `${formatBitsPerSecond(estimate.averageIngressBps)} × ${plain.format(peak)} ≈ ${formatBitsPerSecond(estimate.peakIngressBps)}`,
		},
		{
			id: 'averageEgressBps',
			group: 'Bandwidth',
			label: 'Egress, average',
			result: formatBitsPerSecond(estimate.averageEgressBps),
			working: `${formatCount(estimate.readsPerDay)} × ${formatBytes(inputs.readSizeKB * 1000)} ${bytes(egressPerDay)}/day; × 8 / ${day} s ≈ ${formatBitsPerSecond(estimate.averageEgressBps)}`,
		},
		{
			id: 'peakEgressBps',
			group: 'Bandwidth',
			label: 'Egress, peak',
			result: formatBitsPerSecond(estimate.peakEgressBps),
			working: `${formatBitsPerSecond(estimate.averageEgressBps)} × ${plain.format(peak)} ≈ ${formatBitsPerSecond(estimate.peakEgressBps)}`,
		},
	];
}

/** The four numbers that drive a design, as one sentence for a status line. */
export function envelopeHeadline(lines: readonly EnvelopeLine[]): string {
	const result = (id: keyof EnvelopeEstimate): string =>
		lines.find((line) => line.id === id)?.result ?? '?';
	return (
		`Peak read QPS ${result('peakReadQps')}, peak write QPS ${result('peakWriteQps')}, ` +
		`total storage ${result('totalStorageBytes')}, peak egress ${result('peakEgressBps')}.`
	);
}
