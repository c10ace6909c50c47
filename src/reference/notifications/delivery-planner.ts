/**
 * Delivery planner for a notification system: for one notification and one user's preferences,
 * decides which channels to use and when, or why to drop it.
 *
 * The rules, in the order they run:
 * 1. Duplicates: a key seen within the dedup window is dropped (producers retry; events replay).
 * 2. Opt-outs: channels the user turned off for this category are removed. Security messages
 *    (one-time codes, password resets) ignore opt-outs.
 * 3. Per-user rate limit: at most `maxPerWindow` non-critical notifications per window.
 * 4. Quiet hours: a non-critical notification inside the user's quiet hours, in the user's IANA
 *    time zone, is deferred to the minute quiet hours end.
 * Critical notifications (priority lane for OTPs) skip rules 3 and 4.
 */

/** A delivery channel, each with its own providers (APNs and FCM, an e-mail and an SMS vendor). */
export type Channel = 'push' | 'email' | 'sms';

/** What the notification is about; opt-outs are kept per channel and category. */
export type Category = 'security' | 'transactional' | 'social' | 'marketing';

/** Which lane it travels in: critical (OTP) is never throttled or deferred. */
export type Priority = 'critical' | 'normal' | 'bulk';

/** One notification for one user, as the fan-out stage hands it to the planner. */
export interface Notification {
	/** Idempotency key, stable across retries: for example `${eventId}:${userId}`. */
	readonly key: string;
	readonly userId: string;
	readonly category: Category;
	readonly priority: Priority;
	/** Channels the template exists for, in order of preference. */
	readonly channels: readonly Channel[];
}

/** A user's stored preferences. */
export interface Preferences {
	/** IANA time zone name, such as "Europe/Berlin". */
	readonly timeZone: string;
	/** Categories the user turned off, per channel. */
	readonly optedOut?: Partial<Record<Channel, readonly Category[]>>;
	/** Local "HH:MM" start and end; a start after the end spans midnight (22:00 to 07:00). */
	readonly quietHours?: { readonly start: string; readonly end: string };
}

/** The planner's answer for one notification. */
export type DeliveryPlan =
	| {
			readonly kind: 'send';
			readonly channels: readonly Channel[];
			/** When to hand it to the channel workers, in epoch milliseconds. */
			readonly sendAtMs: number;
			readonly deferred: boolean;
	  }
	| { readonly kind: 'drop'; readonly reason: 'duplicate' | 'opted-out' | 'rate-limited' };

/** Configuration for {@link DeliveryPlanner}. */
export interface DeliveryPlannerOptions {
	/** Clock in epoch milliseconds; injected so tests control time. */
	readonly now: () => number;
	/** How long a key is remembered. Defaults to 24 hours. */
	readonly dedupWindowMs?: number;
	/** Non-critical notifications allowed per user per window. Defaults to 10. */
	readonly maxPerWindow?: number;
	/** The rate-limit window. Defaults to 1 hour. */
	readonly rateWindowMs?: number;
}

const HOUR_MS = 3_600_000;
const DAY_SECONDS = 86_400;

/** Plans deliveries; holds the dedup keys and per-user send log in memory. */
export class DeliveryPlanner {
	private readonly now: () => number;
	private readonly dedupWindowMs: number;
	private readonly maxPerWindow: number;
	private readonly rateWindowMs: number;
	private readonly seenUntil = new Map<string, number>();
	private readonly sentAt = new Map<string, number[]>();

	/** Creates a planner with empty state. */
	constructor(options: DeliveryPlannerOptions) {
		this.now = options.now;
		this.dedupWindowMs = options.dedupWindowMs ?? 24 * HOUR_MS;
		this.maxPerWindow = options.maxPerWindow ?? 10;
		this.rateWindowMs = options.rateWindowMs ?? HOUR_MS;
	}

	/** Decides channels and send time for `notification`, or why it is dropped. */
	plan(notification: Notification, preferences: Preferences): DeliveryPlan {
		const now = this.now();
		const until = this.seenUntil.get(notification.key);
		if (until !== undefined && until > now) return { kind: 'drop', reason: 'duplicate' };
		// Decide first, record after: preferences that throw (a bad time zone) must leave no
		// trace, so the same notification plans normally once they are fixed.
		const plan = this.decide(notification, preferences, now);
		// Every decision consumes the key: a retry must not turn a drop into a send.
		this.seenUntil.set(notification.key, now + this.dedupWindowMs);
		if (plan.kind === 'send' && notification.priority !== 'critical') {
			const recent = this.recentSends(notification.userId, now);
			recent.push(now);
			this.sentAt.set(notification.userId, recent);
		}
		return plan;
	}

	/** Rules 2 to 4, without changing any state. */
	private decide(notification: Notification, preferences: Preferences, now: number): DeliveryPlan {
		const channels = notification.channels.filter(
			(channel) =>
				notification.category === 'security' ||
				!(preferences.optedOut?.[channel] ?? []).includes(notification.category),
		);
		if (channels.length === 0) return { kind: 'drop', reason: 'opted-out' };
		if (notification.priority === 'critical') {
			return { kind: 'send', channels, sendAtMs: now, deferred: false };
		}
		if (this.recentSends(notification.userId, now).length >= this.maxPerWindow) {
			return { kind: 'drop', reason: 'rate-limited' };
		}
		const sendAtMs = preferences.quietHours
			? quietHoursEnd(now, preferences.timeZone, preferences.quietHours)
			: now;
		return { kind: 'send', channels, sendAtMs, deferred: sendAtMs > now };
	}

	/** The user's non-critical sends still inside the rate window. */
	private recentSends(userId: string, now: number): number[] {
		return (this.sentAt.get(userId) ?? []).filter((at) => at > now - this.rateWindowMs);
	}
}

/** Seconds since local midnight at `ms` in `timeZone`, read through the Intl API. */
export function localSecondsOfDay(ms: number, timeZone: string): number {
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		}).formatToParts(ms);
	} catch {
		throw new RangeError(
			`preferences.timeZone "${timeZone}" is not an IANA time zone; use a name such as "Europe/Berlin".`,
		);
	}
	const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
	return part('hour') * 3600 + part('minute') * 60 + part('second');
}

function parseClock(value: string, field: string): number {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
	if (!match) {
		throw new RangeError(
			`preferences.quietHours.${field} "${value}" must be "HH:MM", 00:00 to 23:59.`,
		);
	}
	return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

/**
 * `now` if it is outside quiet hours, else the instant quiet hours end in `timeZone`.
 * A start later than the end means the window spans midnight; equal start and end means none.
 */
export function quietHoursEnd(
	now: number,
	timeZone: string,
	quietHours: { readonly start: string; readonly end: string },
): number {
	const start = parseClock(quietHours.start, 'start');
	const end = parseClock(quietHours.end, 'end');
	const local = localSecondsOfDay(now, timeZone);
	const quiet = start < end ? local >= start && local < end : local >= start || local < end;
	if (start === end || !quiet) return now;
	// Whole local seconds to go, minus the milliseconds already into this second.
	const guess = now + ((end - local + DAY_SECONDS) % DAY_SECONDS) * 1000 - (now % 1000);
	// A daylight-saving change overnight shifts the wall clock; correct by what it reads then.
	const drift = end - localSecondsOfDay(guess, timeZone);
	const wrapped = ((drift + DAY_SECONDS * 1.5) % DAY_SECONDS) - DAY_SECONDS / 2;
	return guess + wrapped * 1000;
}
