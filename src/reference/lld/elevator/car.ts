/**
 * One elevator car: its floor, its state and the stops it owes. It moves by the LOOK
 * discipline: keep going while a stop lies ahead, reverse only when none does.
 */

/** Which way a hall call wants to go. */
export type Direction = 'up' | 'down';

/** The car's lifecycle; `step` makes every transition except the maintenance key's two. */
export type CarState = 'idle' | 'moving-up' | 'moving-down' | 'doors-open' | 'out-of-service';

/** A stop the car owes: a car call (a button inside) or a hall call it was assigned. */
interface Stop {
	readonly carCall: boolean;
	readonly up: boolean;
	readonly down: boolean;
}

/** An elevator car driven one tick at a time by its controller. */
export class ElevatorCar {
	readonly id: number;
	#floor: number;
	#state: CarState = 'idle';
	// Direction of travel is kept while the doors are open, so LOOK can resume the sweep.
	#heading: Direction | undefined;
	#doorTicksLeft = 0;
	readonly #doorTicks: number;
	readonly #stops = new Map<number, Stop>();

	/** @param doorTicks ticks the doors stay open at a stop (at least 1). */
	constructor(id: number, floor: number, doorTicks: number) {
		this.id = id;
		this.#floor = floor;
		this.#doorTicks = doorTicks;
	}

	/** The floor the car is at or passing. */
	get floor(): number {
		return this.#floor;
	}

	/** The current state. */
	get state(): CarState {
		return this.#state;
	}

	/** The direction of the current sweep, or undefined when the car has nothing to do. */
	get heading(): Direction | undefined {
		return this.#heading;
	}

	/** Floors the car still has to stop at, lowest first. */
	get stops(): number[] {
		return [...this.#stops.keys()].sort((a, b) => a - b);
	}

	/** Adds a stop: a car call (`direction` undefined) or an assigned hall call. */
	addStop(floor: number, direction?: Direction): void {
		const old = this.#stops.get(floor) ?? { carCall: false, up: false, down: false };
		this.#stops.set(floor, {
			carCall: old.carCall || direction === undefined,
			up: old.up || direction === 'up',
			down: old.down || direction === 'down',
		});
	}

	/** Takes the car out of service; returns the hall calls it held so they can be re-dispatched. */
	takeOutOfService(): { floor: number; direction: Direction }[] {
		const orphaned: { floor: number; direction: Direction }[] = [];
		for (const [floor, stop] of this.#stops) {
			if (stop.up) orphaned.push({ floor, direction: 'up' });
			if (stop.down) orphaned.push({ floor, direction: 'down' });
		}
		this.#stops.clear();
		this.#state = 'out-of-service';
		this.#heading = undefined;
		return orphaned;
	}

	/** Returns an out-of-service car to idle at its current floor. */
	returnToService(): void {
		if (this.#state === 'out-of-service') this.#state = 'idle';
	}

	/** Advances one tick: close doors, open them at a stop, or move one floor. */
	step(): void {
		if (this.#state === 'out-of-service') return;
		if (this.#state === 'doors-open') {
			this.#doorTicksLeft -= 1;
			if (this.#doorTicksLeft > 0) return;
		}
		if (this.#shouldStopHere()) {
			this.#serveHere();
			return;
		}
		this.#heading = this.#chooseHeading();
		if (this.#heading === undefined) {
			this.#state = 'idle';
			return;
		}
		this.#floor += this.#heading === 'up' ? 1 : -1;
		this.#state = this.#heading === 'up' ? 'moving-up' : 'moving-down';
	}

	/** True while the car still owes a stop for this hall call. */
	owes(floor: number, direction: Direction): boolean {
		const stop = this.#stops.get(floor);
		return stop !== undefined && (direction === 'up' ? stop.up : stop.down);
	}

	/** Stops ahead of the car in `direction`, counting its own floor as not ahead. */
	stopsAhead(direction: Direction): number[] {
		return this.stops.filter((f) => (direction === 'up' ? f > this.#floor : f < this.#floor));
	}

	#shouldStopHere(): boolean {
		const stop = this.#stops.get(this.#floor);
		if (stop === undefined) return false;
		if (stop.carCall || this.#heading === undefined) return true;
		// A hall call for the other direction waits for the return sweep, unless nothing lies ahead.
		const sameWay = this.#heading === 'up' ? stop.up : stop.down;
		return sameWay || this.stopsAhead(this.#heading).length === 0;
	}

	#serveHere(): void {
		const stop = this.#stops.get(this.#floor);
		if (stop === undefined) return;
		const heading = this.#heading;
		if (heading !== undefined && this.stopsAhead(heading).length > 0) {
			// Mid-sweep: serve riders going this way; a hall call the other way waits for the return.
			const up = heading === 'down' && stop.up;
			const down = heading === 'up' && stop.down;
			if (up || down) this.#stops.set(this.#floor, { carCall: false, up, down });
			else this.#stops.delete(this.#floor);
		} else if (stop.up && stop.down) {
			// Both hall buttons lit: serve the way the car faces (up if idle); the other caller
			// waits, and the doors reopen for them once this rider's stops are done.
			const face = heading ?? 'up';
			this.#stops.set(this.#floor, { carCall: false, up: face === 'down', down: face === 'up' });
			this.#heading = face;
		} else {
			// End of a sweep, or idle: everyone here is served; face the way the hall call wants.
			this.#stops.delete(this.#floor);
			if (stop.up !== stop.down) this.#heading = stop.up ? 'up' : 'down';
		}
		this.#state = 'doors-open';
		this.#doorTicksLeft = this.#doorTicks;
	}

	#chooseHeading(): Direction | undefined {
		const up = this.stopsAhead('up').length > 0;
		const down = this.stopsAhead('down').length > 0;
		// LOOK: keep the current sweep while it has work ahead, otherwise turn around.
		if (this.#heading === 'up' && up) return 'up';
		if (this.#heading === 'down' && down) return 'down';
		if (up && down) return this.#nearer();
		if (up) return 'up';
		return down ? 'down' : undefined;
	}

	#nearer(): Direction {
		const up = Math.min(...this.stopsAhead('up')) - this.#floor;
		const down = this.#floor - Math.max(...this.stopsAhead('down'));
		return up <= down ? 'up' : 'down';
	}
}
