/**
 * What the first Run of an SQL exercise downloads (PGlite's JavaScript, its WebAssembly and its
 * data file), in megabytes, as the page states it. tests/e2e/sql-exercises.test.ts measures the
 * files the built site serves on the first Run and fails, with the measured figures, when these
 * no longer match them (compressed to the nearest half megabyte, uncompressed to the nearest one).
 */
export const sqlDownloadMegabytes = {
	/** Gzip-compressed, as a host that compresses WebAssembly and other binaries sends them. */
	compressed: 6,
	/** As stored, for hosts that send the files uncompressed. */
	uncompressed: 17,
} as const;
