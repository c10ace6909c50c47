/**
 * The free-spot display as an Observer: the lot announces every change in a free count and the
 * boards (one per level, one at the entrance) keep their own copy. The lot does not know how
 * many boards exist or what they show.
 */

import type { SpotType } from './spot.ts';

/** One changed count: `free` spots of `spotType` on `level` after the change. */
export interface FreeCountChange {
	readonly level: number;
	readonly spotType: SpotType;
	readonly free: number;
}

/** Anything that wants to hear about free counts. Must not throw and must not block. */
export interface FreeCountObserver {
	freeCountChanged(change: FreeCountChange): void;
}

/** A board that shows free spots by type for the levels it covers. */
export class DisplayBoard implements FreeCountObserver {
	readonly #counts = new Map<string, number>();

	/** @param levels the levels this board shows; changes for other levels are ignored. */
	constructor(private readonly levels: readonly number[]) {}

	/** Updates the shown count. */
	freeCountChanged({ level, spotType, free }: FreeCountChange): void {
		if (this.levels.includes(level)) this.#counts.set(`${level}:${spotType}`, free);
	}

	/** Free spots of `spotType` over the board's levels. */
	free(spotType: SpotType): number {
		let total = 0;
		for (const level of this.levels) total += this.#counts.get(`${level}:${spotType}`) ?? 0;
		return total;
	}
}
