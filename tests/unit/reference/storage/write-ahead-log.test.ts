import { describe, it, expect } from 'vitest';
import { WriteAheadLog } from '../../../../src/reference/storage/write-ahead-log.ts';

describe('WriteAheadLog', () => {
	it('replays records in the order they were appended', () => {
		const wal = new WriteAheadLog();
		wal.append({ kind: 'put', key: 'a', value: '1' });
		wal.append({ kind: 'delete', key: 'a' });
		wal.append({ kind: 'put', key: 'b', value: 'with space and "quotes"' });
		expect(wal.replay()).toEqual([
			{ kind: 'put', key: 'a', value: '1' },
			{ kind: 'delete', key: 'a' },
			{ kind: 'put', key: 'b', value: 'with space and "quotes"' },
		]);
	});

	it('stops at a torn last record and keeps everything before it', () => {
		const wal = new WriteAheadLog();
		for (let i = 0; i < 3; i++) wal.append({ kind: 'put', key: `k${i}`, value: `v${i}` });
		// A crash mid-write leaves half a line.
		wal.lines[2] = wal.lines[2]!.slice(0, 20);
		expect(wal.replay().map((r) => r.key)).toEqual(['k0', 'k1']);
	});

	it('rejects a record whose body changed after it was written', () => {
		const wal = new WriteAheadLog();
		wal.append({ kind: 'put', key: 'balance', value: '100' });
		wal.lines[0] = wal.lines[0]!.replace('100', '900');
		expect(wal.replay()).toEqual([]);
	});

	it('is empty after truncate', () => {
		const wal = new WriteAheadLog();
		wal.append({ kind: 'put', key: 'a', value: '1' });
		wal.truncate();
		expect(wal.replay()).toEqual([]);
	});
});
