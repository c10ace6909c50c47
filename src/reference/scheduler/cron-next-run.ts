/**
 * Next run time of a five-field cron schedule (minute hour day-of-month month day-of-week) in an
 * IANA time zone, using only the built-in Intl API. Fields accept `*`, numbers, `a-b` ranges,
 * comma lists and `/step`. As in Vixie cron, when both day fields are restricted a day matches
 * if either does.
 *
 * Daylight saving time, decided explicitly:
 * - Gap (spring forward): a wall time that does not exist, such as 02:30 on the day clocks jump
 *   from 02:00 to 03:00, runs at the same distance past the jump (03:30) with `gap: 'shift'`,
 *   the default, or is skipped for that day with `gap: 'skip'`.
 * - Overlap (fall back): a wall time that happens twice, such as 01:30 when clocks go from 02:00
 *   back to 01:00, runs once, at its first occurrence.
 */

/** What to do with a wall time that a spring-forward transition skips. */
export type GapPolicy = 'shift' | 'skip';

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of `zone` at `instant`, in milliseconds (positive east of Greenwich). */
function offsetAt(zone: string, instant: number): number {
	let format = formatters.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(zone, format);
	}
	const part = (parts: Intl.DateTimeFormatPart[], type: string): number =>
		Number(parts.find((p) => p.type === type)?.value);
	const parts = format.formatToParts(instant);
	const wall = Date.UTC(
		part(parts, 'year'),
		part(parts, 'month') - 1,
		part(parts, 'day'),
		part(parts, 'hour'),
		part(parts, 'minute'),
		part(parts, 'second'),
	);
	return wall - Math.floor(instant / 1000) * 1000;
}

/** Parses one cron field into the sorted list of values it allows. */
function parseField(text: string, min: number, max: number, name: string): number[] {
	const values = new Set<number>();
	for (const item of text.split(',')) {
		const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
		if (!match)
			throw new Error(`cron ${name} field: cannot read "${item}"; use *, 5, 1-5, */15 or 1,2`);
		const from = match[1] === '*' ? min : Number(match[2]);
		const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : from;
		const step = match[4] !== undefined ? Number(match[4]) : 1;
		if (from < min || to > max || from > to || step < 1) {
			throw new Error(`cron ${name} field: "${item}" is outside ${min}-${max}`);
		}
		for (let v = from; v <= to; v += step) values.add(name === 'day-of-week' && v === 7 ? 0 : v);
	}
	return [...values].sort((a, b) => a - b);
}

/** A parsed schedule. */
export interface CronSchedule {
	readonly minutes: readonly number[];
	readonly hours: readonly number[];
	readonly days: readonly number[];
	readonly months: readonly number[];
	readonly weekdays: readonly number[];
	readonly dayRestricted: boolean;
	readonly weekdayRestricted: boolean;
}

/** Parses "30 2 * * *" style expressions; throws naming the field and the accepted forms. */
export function parseCron(expression: string): CronSchedule {
	const fields = expression.trim().split(/\s+/);
	if (fields.length !== 5) {
		throw new Error(
			`cron expression "${expression}" needs 5 fields (minute hour day month weekday)`,
		);
	}
	const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
	return {
		minutes: parseField(minute, 0, 59, 'minute'),
		hours: parseField(hour, 0, 23, 'hour'),
		days: parseField(day, 1, 31, 'day-of-month'),
		months: parseField(month, 1, 12, 'month'),
		weekdays: parseField(weekday, 0, 7, 'day-of-week'),
		dayRestricted: day !== '*',
		weekdayRestricted: weekday !== '*',
	};
}

/** Instants at which the zone's clock reads `wall` (a wall time written as if it were UTC). */
function instantsFor(zone: string, wall: number): number[] {
	// Offsets half a day either side cover both sides of any transition near `wall`.
	const offsets = new Set([offsetAt(zone, wall - DAY / 2), offsetAt(zone, wall + DAY / 2)]);
	return [...offsets]
		.map((offset) => wall - offset)
		.filter((instant) => instant + offsetAt(zone, instant) === wall)
		.sort((a, b) => a - b);
}

/**
 * The first run strictly after `after` (epoch milliseconds) for `expression` in `zone`,
 * or throws if none falls in the next eight years (for example "0 0 30 2 *").
 */
export function nextRun(
	expression: string,
	zone: string,
	after: number,
	gap: GapPolicy = 'shift',
): number {
	const schedule = parseCron(expression);
	const localNow = after + offsetAt(zone, after);
	const firstDay = Math.floor(localNow / DAY) * DAY;
	for (let day = firstDay; day < firstDay + 8 * 366 * DAY; day += DAY) {
		const date = new Date(day);
		if (!schedule.months.includes(date.getUTCMonth() + 1)) continue;
		const dayOk = schedule.days.includes(date.getUTCDate());
		const weekdayOk = schedule.weekdays.includes(date.getUTCDay());
		const matches =
			schedule.dayRestricted && schedule.weekdayRestricted
				? dayOk || weekdayOk
				: dayOk && weekdayOk;
		if (!matches) continue;
		for (const hour of schedule.hours) {
			for (const minute of schedule.minutes) {
				const wall = day + hour * 60 * MINUTE + minute * MINUTE;
				const instants = instantsFor(zone, wall);
				let run: number | undefined = instants[0];
				if (run === undefined && gap === 'shift') {
					// Apply the offset in force before the jump: 02:30 EST is 03:30 EDT.
					run = wall - offsetAt(zone, wall - DAY / 2);
				}
				if (run !== undefined && run > after) return run;
			}
		}
	}
	throw new Error(`cron expression "${expression}" has no run in the next eight years`);
}
