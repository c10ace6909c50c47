/** A clock that a test moves by hand, in milliseconds; pass `clock.now` where code wants a time. */
export interface ManualClock {
	/** The current time. */
	now: () => number;
	/** Jumps to an absolute time. */
	set: (ms: number) => void;
	/** Moves forward by `ms`. */
	advance: (ms: number) => void;
}

/** A manual clock starting at `start` milliseconds. */
export function manualClock(start = 0): ManualClock {
	let t = start;
	return {
		now: () => t,
		set: (ms) => {
			t = ms;
		},
		advance: (ms) => {
			t += ms;
		},
	};
}
