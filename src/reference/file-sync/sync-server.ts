/**
 * The server side of a block-based sync protocol, in memory. Blocks live in a content-addressed
 * store keyed by their SHA-256; file metadata (a path's revision and ordered block list) lives
 * apart from them. A client uploads a new version in three steps:
 *
 * 1. ask which of its block hashes the server lacks (`missingBlocks`);
 * 2. upload only those (`putBlock`, idempotent: the same bytes always have the same name);
 * 3. commit the block list against the revision it last saw (`commit`).
 *
 * The commit is a compare-and-set on the revision: if another device committed first, the
 * client gets a conflict and keeps its edit as a conflicted copy instead of overwriting.
 */
import { sha256Hex } from './chunking.ts';

/** One committed version of a path. */
export interface FileVersion {
	readonly path: string;
	/** Increases by one on every commit to this path; 0 means "the path did not exist". */
	readonly revision: number;
	/** Block hashes in file order; the same hash may appear more than once. */
	readonly blocks: readonly string[];
}

/** The outcome of {@link SyncServer.commit}. */
export type CommitResult =
	| { readonly status: 'committed'; readonly version: FileVersion }
	| { readonly status: 'missing-blocks'; readonly missing: readonly string[] }
	| { readonly status: 'conflict'; readonly current: FileVersion };

/**
 * The hashes in `blocks` that `has` does not report, each once, in first-appearance order:
 * exactly what a client must upload. A block repeated inside the file is sent once.
 */
export function missingBlocks(blocks: readonly string[], has: (hash: string) => boolean): string[] {
	const missing = new Set<string>();
	for (const hash of blocks) if (!missing.has(hash) && !has(hash)) missing.add(hash);
	return [...missing];
}

/** Block store plus metadata store; a stand-in for object storage and a database. */
export class SyncServer {
	private readonly blockStore = new Map<string, Uint8Array>();
	private readonly files = new Map<string, FileVersion>();

	/** Whether the block store holds a block with this hash. */
	hasBlock(hash: string): boolean {
		return this.blockStore.has(hash);
	}

	/** Which of a client's block hashes must be uploaded before a commit can succeed. */
	missingBlocks(blocks: readonly string[]): string[] {
		return missingBlocks(blocks, (hash) => this.hasBlock(hash));
	}

	/** Stores a block under its hash; throws if the bytes do not hash to the claimed name. */
	putBlock(hash: string, bytes: Uint8Array): void {
		const actual = sha256Hex(bytes);
		// Never trust the client's name for the bytes: a wrong name would corrupt every file using it.
		if (actual !== hash)
			throw new Error(`block claimed as ${hash} hashes to ${actual}; re-read and re-upload it`);
		this.blockStore.set(hash, bytes);
	}

	/** The current version of a path, or undefined if it was never committed. */
	current(path: string): FileVersion | undefined {
		return this.files.get(path);
	}

	/**
	 * Commits a new block list for `path` if the caller's `parentRevision` is still current
	 * and every block is stored; otherwise says what is missing or who won.
	 */
	commit(path: string, parentRevision: number, blocks: readonly string[]): CommitResult {
		const missing = this.missingBlocks(blocks);
		if (missing.length > 0) return { status: 'missing-blocks', missing };
		const current = this.files.get(path) ?? { path, revision: 0, blocks: [] };
		// Compare-and-set: a commit based on an older revision would silently drop the other edit.
		if (current.revision !== parentRevision) return { status: 'conflict', current };
		const version: FileVersion = {
			path,
			revision: parentRevision + 1,
			blocks: [...blocks],
		};
		this.files.set(path, version);
		return { status: 'committed', version };
	}

	/** Reassembles a committed file from its blocks, as a downloading device would. */
	read(path: string): Uint8Array | undefined {
		const version = this.files.get(path);
		if (!version) return undefined;
		const parts = version.blocks.map((hash) => this.blockStore.get(hash) ?? new Uint8Array());
		const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		let offset = 0;
		for (const part of parts) {
			out.set(part, offset);
			offset += part.length;
		}
		return out;
	}
}
