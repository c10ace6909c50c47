/**
 * The leaderboard design's estimate, as calculator inputs: a write is one score event, a read is
 * one leaderboard view (top 100 or "my rank"). A unit test checks the design page's figures
 * against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/** 50M daily players, 10 finished matches and 20 board views each a day. */
export const leaderboardEstimate: EnvelopeInputs = {
	dailyActiveUsers: 50_000_000,
	requestsPerUserPerDay: 30,
	readsPerWrite: 2,
	// A score event in the log: player id, match id, points, timestamps, signature, about 200 B.
	writeSizeKB: 0.2,
	// A page of 100 entries with names and scores, about 5 KB.
	readSizeKB: 5,
	peakFactor: 3,
	retentionYears: 1,
	replicationFactor: 3,
};
