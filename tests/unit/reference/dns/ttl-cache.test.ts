import { describe, expect, it } from 'vitest';
import {
	DnsTtlCache,
	negativeTtlSeconds,
	normalizeName,
	type UpstreamAnswer,
} from '../../../../src/reference/dns/ttl-cache.ts';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advanceSeconds: (seconds: number) => void } {
	let ms = 1_000_000;
	return {
		now: () => ms,
		advanceSeconds: (seconds) => {
			ms += seconds * 1000;
		},
	};
}

const records = (ttlSeconds: number, ...values: string[]): UpstreamAnswer => ({
	kind: 'records',
	values: values.length > 0 ? values : ['192.0.2.10'],
	ttlSeconds,
});

describe('DnsTtlCache positive answers', () => {
	it('answers from cache until the TTL runs out, with the TTL counting down', () => {
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now });
		expect(cache.store('api.example.com', 'A', records(300))).toBe(300);
		expect(cache.lookup('api.example.com', 'A')).toEqual({
			status: 'hit',
			values: ['192.0.2.10'],
			remainingTtlSeconds: 300,
		});
		clock.advanceSeconds(120);
		expect(cache.lookup('api.example.com', 'A')).toMatchObject({ remainingTtlSeconds: 180 });
		clock.advanceSeconds(179);
		expect(cache.lookup('api.example.com', 'A')).toMatchObject({
			status: 'hit',
			remainingTtlSeconds: 1,
		});
		// At exactly 300 s the record has expired.
		clock.advanceSeconds(1);
		expect(cache.lookup('api.example.com', 'A')).toEqual({ status: 'miss' });
		expect(cache.size).toBe(0);
	});

	it('keys by type: an A record does not answer an AAAA query', () => {
		const cache = new DnsTtlCache({ now: manualClock().now });
		cache.store('api.example.com', 'A', records(60));
		expect(cache.lookup('api.example.com', 'AAAA')).toEqual({ status: 'miss' });
		expect(cache.lookup('api.example.com', 'a').status).toBe('hit');
	});

	it('treats names case-insensitively and ignores the trailing root dot', () => {
		const cache = new DnsTtlCache({ now: manualClock().now });
		cache.store('API.Example.COM.', 'A', records(60));
		expect(cache.lookup('api.example.com', 'A').status).toBe('hit');
		expect(normalizeName('WWW.Example.com.')).toBe('www.example.com');
	});

	it('raises a TTL below the floor: a 5 s record is kept 30 s by a resolver with a 30 s minimum', () => {
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now, minTtlSeconds: 30 });
		expect(cache.store('failover.example.com', 'A', records(5))).toBe(30);
		clock.advanceSeconds(29);
		// The owner asked for 5 s; clients of this resolver still see the old address at 29 s.
		expect(cache.lookup('failover.example.com', 'A').status).toBe('hit');
		clock.advanceSeconds(1);
		expect(cache.lookup('failover.example.com', 'A').status).toBe('miss');
	});

	it('caps a TTL above the ceiling: a one-week record is kept one day by default', () => {
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now });
		expect(cache.store('static.example.com', 'A', records(604_800))).toBe(86_400);
		clock.advanceSeconds(86_400);
		expect(cache.lookup('static.example.com', 'A').status).toBe('miss');
	});

	it('does not cache a TTL of 0 unless a floor raises it', () => {
		const cache = new DnsTtlCache({ now: manualClock().now });
		expect(cache.store('volatile.example.com', 'A', records(0))).toBe(0);
		expect(cache.lookup('volatile.example.com', 'A')).toEqual({ status: 'miss' });
		const floored = new DnsTtlCache({ now: manualClock().now, minTtlSeconds: 10 });
		expect(floored.store('volatile.example.com', 'A', records(0))).toBe(10);
		expect(floored.lookup('volatile.example.com', 'A').status).toBe('hit');
	});
});

describe('DnsTtlCache negative answers (RFC 2308)', () => {
	it('uses the smaller of the SOA TTL and the SOA MINIMUM field', () => {
		expect(negativeTtlSeconds({ ttlSeconds: 3_600, minimumSeconds: 300 })).toBe(300);
		expect(negativeTtlSeconds({ ttlSeconds: 120, minimumSeconds: 900 })).toBe(120);
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now });
		const ttl = cache.store('typo.example.com', 'A', {
			kind: 'nxdomain',
			soa: { ttlSeconds: 3_600, minimumSeconds: 300 },
		});
		expect(ttl).toBe(300);
		clock.advanceSeconds(299);
		expect(cache.lookup('typo.example.com', 'A')).toEqual({
			status: 'negative',
			kind: 'nxdomain',
			remainingTtlSeconds: 1,
		});
		clock.advanceSeconds(1);
		expect(cache.lookup('typo.example.com', 'A')).toEqual({ status: 'miss' });
	});

	it('lets NXDOMAIN answer every type at the name, but NODATA only its own type', () => {
		const cache = new DnsTtlCache({ now: manualClock().now });
		const soa = { ttlSeconds: 900, minimumSeconds: 900 };
		cache.store('gone.example.com', 'A', { kind: 'nxdomain', soa });
		for (const type of ['A', 'AAAA', 'MX', 'TXT']) {
			expect(cache.lookup('gone.example.com', type), type).toMatchObject({ kind: 'nxdomain' });
		}
		cache.store('v4only.example.com', 'AAAA', { kind: 'nodata', soa });
		expect(cache.lookup('v4only.example.com', 'AAAA')).toMatchObject({ kind: 'nodata' });
		expect(cache.lookup('v4only.example.com', 'A')).toEqual({ status: 'miss' });
	});

	it('caps negative TTLs at the negative maximum', () => {
		const cache = new DnsTtlCache({ now: manualClock().now, maxNegativeTtlSeconds: 60 });
		const ttl = cache.store('typo.example.com', 'A', {
			kind: 'nxdomain',
			soa: { ttlSeconds: 86_400, minimumSeconds: 86_400 },
		});
		expect(ttl).toBe(60);
	});

	it('drops a cached NXDOMAIN once a positive answer for the name arrives', () => {
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now });
		const soa = { ttlSeconds: 300, minimumSeconds: 300 };
		cache.store('new.example.com', 'A', { kind: 'nxdomain', soa });
		cache.store('new.example.com', 'A', records(60, '192.0.2.77'));
		expect(cache.lookup('new.example.com', 'A')).toMatchObject({
			status: 'hit',
			values: ['192.0.2.77'],
		});
	});
});

describe('DnsTtlCache.resolve', () => {
	it('asks upstream once per TTL window: 1,000 lookups over 300 s with a 60 s TTL cost 5 queries', () => {
		const clock = manualClock();
		const cache = new DnsTtlCache({ now: clock.now });
		let upstreamQueries = 0;
		const upstream = (): UpstreamAnswer => {
			upstreamQueries += 1;
			return records(60);
		};
		let fromCache = 0;
		// One lookup every 300 ms for 300 s.
		for (let i = 0; i < 1_000; i++) {
			if (cache.resolve('api.example.com', 'A', upstream).source === 'cache') fromCache += 1;
			clock.advanceSeconds(0.3);
		}
		expect(upstreamQueries).toBe(5);
		expect(fromCache).toBe(995);
	});

	it('caches a negative answer too, so repeated typos do not reach the authoritative server', () => {
		const cache = new DnsTtlCache({ now: manualClock().now });
		const asked: string[] = [];
		const upstream = (name: string, type: string): UpstreamAnswer => {
			asked.push(`${name}/${type}`);
			return { kind: 'nxdomain', soa: { ttlSeconds: 900, minimumSeconds: 60 } };
		};
		expect(cache.resolve('Typo.Example.com', 'a', upstream)).toEqual({
			source: 'upstream',
			answer: { status: 'negative', kind: 'nxdomain', remainingTtlSeconds: 60 },
		});
		for (let i = 0; i < 10; i++) cache.resolve('typo.example.com', 'AAAA', upstream);
		expect(asked).toEqual(['typo.example.com/A']);
	});
});

describe('DnsTtlCache configuration errors', () => {
	it('names the option that is wrong', () => {
		const now = manualClock().now;
		expect(() => new DnsTtlCache({ now, minTtlSeconds: -1 })).toThrow(/minTtlSeconds/);
		expect(() => new DnsTtlCache({ now, maxTtlSeconds: 1.5 })).toThrow(/maxTtlSeconds/);
		expect(() => new DnsTtlCache({ now, minTtlSeconds: 600, maxTtlSeconds: 60 })).toThrow(
			/minTtlSeconds \(600\) must not exceed maxTtlSeconds \(60\)/,
		);
		const cache = new DnsTtlCache({ now });
		expect(() => cache.store('x.example.com', 'A', records(-5))).toThrow(/ttlSeconds/);
	});
});
