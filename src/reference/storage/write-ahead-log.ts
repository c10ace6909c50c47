import { hash32 } from '../probabilistic/hash.ts';

/** One logged change: a put of a value, or a delete (which an LSM tree stores as a tombstone). */
export type WalRecord =
	{ kind: 'put'; key: string; value: string } | { kind: 'delete'; key: string };

/**
 * A write-ahead log: every change is appended here, and made durable, before it is applied in
 * memory, so a crash loses nothing that was acknowledged. Each line carries a checksum of its body
 * (real logs use CRC32C), so recovery can tell a complete record from one torn by a crash mid-write
 * and stop there. `lines` stands for the file on disk: it survives a crash; process memory does not.
 */
export class WriteAheadLog {
	/** The log file's contents, one record per line: "<checksum> <json body>". */
	readonly lines: string[] = [];

	/** Appends a record. A real log would also fsync here (or per group of writes) before acking. */
	append(record: WalRecord): void {
		const body = JSON.stringify(record);
		this.lines.push(`${checksum(body)} ${body}`);
	}

	/**
	 * The records in order, stopping at the first line whose checksum does not match: everything
	 * after a torn write is unreliable, and none of it was acknowledged to a client.
	 */
	replay(): WalRecord[] {
		const records: WalRecord[] = [];
		for (const line of this.lines) {
			const space = line.indexOf(' ');
			const body = line.slice(space + 1);
			if (space < 0 || line.slice(0, space) !== checksum(body)) break;
			records.push(JSON.parse(body) as WalRecord);
		}
		return records;
	}

	/** Drops every record, once a flush has made them durable in a sorted run. */
	truncate(): void {
		this.lines.length = 0;
	}
}

function checksum(body: string): string {
	return hash32(body, 0x3c6ef372).toString(16).padStart(8, '0');
}
