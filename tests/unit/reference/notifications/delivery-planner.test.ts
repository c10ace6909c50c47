import { describe, it, expect } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import {
	DeliveryPlanner,
	localSecondsOfDay,
	quietHoursEnd,
	type Notification,
	type Preferences,
} from '../../../../src/reference/notifications/delivery-planner.ts';

const at = (iso: string): number => Date.parse(iso);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let sequence = 0;
function note(overrides: Partial<Notification> = {}): Notification {
	sequence += 1;
	return {
		key: `event-${sequence}:user-1`,
		userId: 'user-1',
		category: 'social',
		priority: 'normal',
		channels: ['push', 'email'],
		...overrides,
	};
}

const berlin: Preferences = { timeZone: 'Europe/Berlin' };
const berlinQuiet: Preferences = {
	timeZone: 'Europe/Berlin',
	quietHours: { start: '22:00', end: '07:00' },
};

describe('deduplication by key', () => {
	it('drops a repeated key inside the window and plans it again once the window has passed', () => {
		const clock = manualClock(at('2026-01-15T12:00:00Z'));
		const planner = new DeliveryPlanner({ now: clock.now, dedupWindowMs: HOUR });
		const first = note();
		expect(planner.plan(first, berlin).kind).toBe('send');
		clock.advance(59 * MINUTE);
		expect(planner.plan(first, berlin)).toEqual({ kind: 'drop', reason: 'duplicate' });
		expect(planner.plan({ ...first, key: 'another-event:user-1' }, berlin).kind).toBe('send');
		clock.advance(2 * MINUTE);
		expect(planner.plan(first, berlin).kind).toBe('send');
	});

	it('keeps a dropped decision: a retry of an opted-out notification is a duplicate, not a send', () => {
		const planner = new DeliveryPlanner({ now: () => at('2026-01-15T12:00:00Z') });
		const marketing = note({ category: 'marketing', channels: ['email'] });
		const prefs: Preferences = { timeZone: 'Europe/Berlin', optedOut: { email: ['marketing'] } };
		expect(planner.plan(marketing, prefs)).toEqual({ kind: 'drop', reason: 'opted-out' });
		expect(planner.plan(marketing, { timeZone: 'Europe/Berlin' })).toEqual({
			kind: 'drop',
			reason: 'duplicate',
		});
	});
});

describe('opt-outs per channel and category', () => {
	const now = at('2026-01-15T12:00:00Z');

	it('removes only the channel the user turned off for that category', () => {
		const planner = new DeliveryPlanner({ now: () => now });
		const prefs: Preferences = { timeZone: 'Europe/Berlin', optedOut: { email: ['marketing'] } };
		const plan = planner.plan(note({ category: 'marketing', priority: 'bulk' }), prefs);
		expect(plan).toMatchObject({ kind: 'send', channels: ['push'] });
		expect(planner.plan(note({ category: 'social' }), prefs)).toMatchObject({
			channels: ['push', 'email'],
		});
	});

	it('drops when every channel is turned off, but never drops a security message for it', () => {
		const planner = new DeliveryPlanner({ now: () => now });
		const prefs: Preferences = {
			timeZone: 'Europe/Berlin',
			optedOut: { push: ['social', 'security'], email: ['social', 'security'] },
		};
		expect(planner.plan(note({ category: 'social' }), prefs)).toEqual({
			kind: 'drop',
			reason: 'opted-out',
		});
		expect(planner.plan(note({ category: 'security' }), prefs)).toMatchObject({
			kind: 'send',
			channels: ['push', 'email'],
		});
	});
});

describe('per-user rate limit', () => {
	it('allows maxPerWindow notifications per sliding window, then drops until old ones age out', () => {
		const clock = manualClock(at('2026-01-15T12:00:00Z'));
		const planner = new DeliveryPlanner({ now: clock.now, maxPerWindow: 3, rateWindowMs: HOUR });
		for (let i = 0; i < 3; i++) {
			expect(planner.plan(note(), berlin).kind).toBe('send');
			clock.advance(10 * MINUTE);
		}
		expect(planner.plan(note(), berlin)).toEqual({ kind: 'drop', reason: 'rate-limited' });
		// The first send was at 12:00; at 13:00:01 it has left the window.
		clock.set(at('2026-01-15T13:00:01Z'));
		expect(planner.plan(note(), berlin).kind).toBe('send');
		expect(planner.plan(note({ userId: 'user-2', key: 'other:user-2' }), berlin).kind).toBe('send');
	});

	it('lets critical notifications through a full limit without counting them', () => {
		const clock = manualClock(at('2026-01-15T12:00:00Z'));
		const planner = new DeliveryPlanner({ now: clock.now, maxPerWindow: 1 });
		expect(planner.plan(note(), berlin).kind).toBe('send');
		const otp = note({ category: 'security', priority: 'critical', channels: ['sms'] });
		expect(planner.plan(otp, berlin)).toMatchObject({ kind: 'send', channels: ['sms'] });
		expect(planner.plan(note(), berlin)).toEqual({ kind: 'drop', reason: 'rate-limited' });
	});
});

describe('quiet hours in the user time zone', () => {
	it('defers a notification at 23:30 Berlin time to 07:00 the next morning (across midnight)', () => {
		const now = at('2026-01-15T22:30:00Z'); // 23:30 in Berlin (UTC+1 in winter)
		const planner = new DeliveryPlanner({ now: () => now });
		expect(planner.plan(note(), berlinQuiet)).toEqual({
			kind: 'send',
			channels: ['push', 'email'],
			sendAtMs: at('2026-01-16T06:00:00Z'),
			deferred: true,
		});
	});

	it('defers a notification at 03:00 local (after midnight) to 07:00 the same day', () => {
		expect(
			quietHoursEnd(at('2026-01-16T02:00:00Z'), 'Europe/Berlin', berlinQuiet.quietHours!),
		).toBe(at('2026-01-16T06:00:00Z'));
	});

	it('treats the start as quiet and the end as not quiet, to the second', () => {
		const window = { start: '22:00', end: '07:00' };
		expect(quietHoursEnd(at('2026-01-16T06:00:00Z'), 'Europe/Berlin', window)).toBe(
			at('2026-01-16T06:00:00Z'),
		);
		expect(quietHoursEnd(at('2026-01-16T05:59:59.250Z'), 'Europe/Berlin', window)).toBe(
			at('2026-01-16T06:00:00Z'),
		);
		expect(quietHoursEnd(at('2026-01-15T21:00:00Z'), 'Europe/Berlin', window)).toBe(
			at('2026-01-16T06:00:00Z'),
		);
		expect(quietHoursEnd(at('2026-01-15T20:59:59Z'), 'Europe/Berlin', window)).toBe(
			at('2026-01-15T20:59:59Z'),
		);
	});

	it('reads the same instant differently per time zone', () => {
		const now = at('2026-01-15T22:30:00Z');
		const window = { start: '22:00', end: '07:00' };
		expect(quietHoursEnd(now, 'Europe/Berlin', window)).toBe(at('2026-01-16T06:00:00Z'));
		// 17:30 in New York: not quiet.
		expect(quietHoursEnd(now, 'America/New_York', window)).toBe(now);
		// 07:30 the next day in Tokyo: quiet hours already over.
		expect(quietHoursEnd(now, 'Asia/Tokyo', window)).toBe(now);
		expect(localSecondsOfDay(now, 'Asia/Kolkata')).toBe(4 * 3600); // UTC+5:30 reads 04:00
	});

	it('supports a window inside one day', () => {
		const lunch = { start: '12:00', end: '13:30' };
		expect(quietHoursEnd(at('2026-01-15T11:15:00Z'), 'Europe/Berlin', lunch)).toBe(
			at('2026-01-15T12:30:00Z'),
		);
		expect(quietHoursEnd(at('2026-01-15T13:15:00Z'), 'Europe/Berlin', lunch)).toBe(
			at('2026-01-15T13:15:00Z'),
		);
	});

	it('lands on 07:00 local across a daylight-saving change in the night', () => {
		// New York springs forward at 02:00 on 2026-03-08: 22:30 EST is 03:30Z; 07:00 EDT is 11:00Z.
		const window = { start: '22:00', end: '07:00' };
		expect(quietHoursEnd(at('2026-03-08T03:30:00Z'), 'America/New_York', window)).toBe(
			at('2026-03-08T11:00:00Z'),
		);
		// And falls back on 2026-11-01: 22:30 EDT is 02:30Z; 07:00 EST is 12:00Z.
		expect(quietHoursEnd(at('2026-11-01T02:30:00Z'), 'America/New_York', window)).toBe(
			at('2026-11-01T12:00:00Z'),
		);
	});

	it('never defers a critical notification', () => {
		const now = at('2026-01-15T22:30:00Z');
		const planner = new DeliveryPlanner({ now: () => now });
		const otp = note({ category: 'security', priority: 'critical', channels: ['sms'] });
		expect(planner.plan(otp, berlinQuiet)).toEqual({
			kind: 'send',
			channels: ['sms'],
			sendAtMs: now,
			deferred: false,
		});
	});

	it('records nothing when preferences are invalid, so the same key plans once they are fixed', () => {
		const planner = new DeliveryPlanner({
			now: () => at('2026-01-15T22:30:00Z'),
			maxPerWindow: 1,
		});
		const first = note();
		const broken: Preferences = {
			timeZone: 'Europe/Berlin',
			quietHours: { start: '10pm', end: '07:00' },
		};
		expect(() => planner.plan(first, broken)).toThrow('preferences.quietHours.start');
		// Neither the key nor the rate-limit slot was used by the failed attempt.
		expect(planner.plan(first, berlinQuiet)).toMatchObject({ kind: 'send', deferred: true });
	});

	it('names the field and the fix for a bad time zone or clock', () => {
		const window = { start: '22:00', end: '07:00' };
		expect(() => quietHoursEnd(0, 'Mars/Olympus', window)).toThrow(
			'preferences.timeZone "Mars/Olympus" is not an IANA time zone',
		);
		expect(() => quietHoursEnd(0, 'UTC', { start: '7pm', end: '07:00' })).toThrow(
			'preferences.quietHours.start "7pm" must be "HH:MM"',
		);
	});
});
