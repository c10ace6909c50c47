/**
 * The web crawler design's estimate as calculator inputs. The crawler is the only "user": its
 * day is one fetch (a read of the web) and one store (a write) per page. A unit test checks the
 * figures the design page prints against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/** 1 billion pages a month: 100 KB of HTML downloaded per page, about 25 KB stored compressed. */
export const webCrawlerEstimate: EnvelopeInputs = {
	// 1B pages / 30 days.
	dailyActiveUsers: 1e9 / 30,
	// One fetch and one store per page.
	requestsPerUserPerDay: 2,
	readsPerWrite: 1,
	// 100 KB of HTML compressed about 4:1 before it is stored.
	writeSizeKB: 25,
	readSizeKB: 100,
	// The crawler sets its own pace; 2x leaves room to catch up after an outage.
	peakFactor: 2,
	retentionYears: 1,
	replicationFactor: 3,
};
