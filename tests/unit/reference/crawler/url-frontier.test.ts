import { describe, it, expect } from 'vitest';
import { UrlFrontier, type FrontierEntry } from '../../../../src/reference/crawler/url-frontier.ts';
import { manualClock } from '../../support/manual-clock.ts';
import { seededRandom } from '../../support/seeded-random.ts';

function frontierAt(delayMs = 1000, levels = 3) {
	const clock = manualClock(0);
	const frontier = new UrlFrontier({ now: clock.now, politenessDelayMs: delayMs, levels });
	return { clock, frontier };
}

const urlOf = (entry: FrontierEntry | undefined): string | undefined => entry?.url;

describe('UrlFrontier politeness', () => {
	it('hands out one URL per host per delay, however many are queued', () => {
		const { clock, frontier } = frontierAt(1000);
		frontier.add('http://a.example/1', 0);
		frontier.add('http://a.example/2', 0);
		frontier.add('http://a.example/3', 0);
		expect(urlOf(frontier.next())).toBe('http://a.example/1');
		expect(frontier.next()).toBeUndefined();
		clock.advance(999);
		expect(frontier.next()).toBeUndefined();
		expect(frontier.nextReadyAt()).toBe(1000);
		clock.advance(1);
		expect(urlOf(frontier.next())).toBe('http://a.example/2');
		clock.advance(1000);
		expect(urlOf(frontier.next())).toBe('http://a.example/3');
		expect(frontier.nextReadyAt()).toBeUndefined();
	});

	it('serves other hosts while one is inside its delay', () => {
		const { frontier } = frontierAt(1000);
		frontier.add('http://a.example/1', 0);
		frontier.add('http://a.example/2', 0);
		frontier.add('http://b.example/1', 2);
		expect(urlOf(frontier.next())).toBe('http://a.example/1');
		// a.example's next URL is more urgent, but a.example must wait; b.example need not.
		expect(urlOf(frontier.next())).toBe('http://b.example/1');
		expect(frontier.next()).toBeUndefined();
	});

	it('applies a longer per-host delay such as a robots.txt Crawl-delay, never a shorter one', () => {
		const { clock, frontier } = frontierAt(1000);
		frontier.setHostDelay('slow.example', 5000);
		frontier.setHostDelay('eager.example', 10);
		for (const path of ['1', '2']) {
			frontier.add(`http://slow.example/${path}`, 0);
			frontier.add(`http://eager.example/${path}`, 0);
		}
		expect(frontier.next()?.host).toBe('slow.example');
		expect(frontier.next()?.host).toBe('eager.example');
		clock.advance(999);
		expect(frontier.next()).toBeUndefined();
		clock.advance(1);
		expect(urlOf(frontier.next())).toBe('http://eager.example/2');
		clock.set(4999);
		expect(frontier.next()).toBeUndefined();
		clock.set(5000);
		expect(urlOf(frontier.next())).toBe('http://slow.example/2');
	});

	it('never fetches a host twice within its delay under a random workload', () => {
		const random = seededRandom(9309);
		const delays = new Map([
			['h0.example', 1000],
			['h1.example', 1000],
			['h2.example', 2500],
			['h3.example', 1000],
		]);
		const { clock, frontier } = frontierAt(1000);
		frontier.setHostDelay('h2.example', 2500);
		const lastFetch = new Map<string, number>();
		let served = 0;
		for (let step = 0; step < 5000; step += 1) {
			if (random() < 0.6) {
				const host = `h${Math.floor(random() * 4)}.example`;
				frontier.add(`http://${host}/p${step}`, Math.floor(random() * 3));
			}
			const entry = frontier.next();
			if (entry !== undefined) {
				const previous = lastFetch.get(entry.host);
				if (previous !== undefined)
					expect(clock.now() - previous).toBeGreaterThanOrEqual(delays.get(entry.host) ?? 0);
				lastFetch.set(entry.host, clock.now());
				served += 1;
			}
			clock.advance(Math.floor(random() * 400));
		}
		// The check above ran often enough to mean something.
		expect(served).toBeGreaterThan(1000);
	});
});

describe('UrlFrontier priority', () => {
	it('takes the most urgent ready URL across hosts, first come first served within a level', () => {
		const { frontier } = frontierAt(1000);
		frontier.add('http://low.example/', 2);
		frontier.add('http://mid-1.example/', 1);
		frontier.add('http://high.example/', 0);
		frontier.add('http://mid-2.example/', 1);
		const order = [1, 2, 3, 4].map(() => urlOf(frontier.next()));
		expect(order).toEqual([
			'http://high.example/',
			'http://mid-1.example/',
			'http://mid-2.example/',
			'http://low.example/',
		]);
	});

	it('lets a newly added urgent URL overtake the queued URLs of its own host and others', () => {
		const { clock, frontier } = frontierAt(1000);
		frontier.add('http://a.example/old', 2);
		frontier.add('http://b.example/old', 1);
		frontier.add('http://a.example/breaking-news', 0);
		expect(urlOf(frontier.next())).toBe('http://a.example/breaking-news');
		expect(urlOf(frontier.next())).toBe('http://b.example/old');
		clock.advance(1000);
		expect(urlOf(frontier.next())).toBe('http://a.example/old');
	});

	it('rejects a priority outside the configured levels, naming the range', () => {
		const { frontier } = frontierAt(1000, 3);
		expect(() => frontier.add('http://a.example/', 3)).toThrow(
			/priority must be an integer from 0 to 2/,
		);
		expect(() => new UrlFrontier({ now: () => 0, politenessDelayMs: -1, levels: 1 })).toThrow(
			/politenessDelayMs/,
		);
	});
});

describe('UrlFrontier deduplication', () => {
	it('queues a URL once, whichever spelling arrives first', () => {
		const { frontier } = frontierAt(0);
		expect(frontier.add('http://Example.com:80/a/./b#top', 1)).toBe(true);
		expect(frontier.add('http://example.com/a/b', 0)).toBe(false);
		expect(frontier.add('mailto:x@example.com', 0)).toBe(false);
		expect(frontier.size).toBe(1);
		expect(frontier.next()).toEqual({
			url: 'http://example.com/a/b',
			host: 'example.com',
			priority: 1,
		});
		// Seen stays seen after the URL is handed out: recrawls are scheduled elsewhere.
		expect(frontier.add('http://example.com/a/b', 0)).toBe(false);
	});
});
