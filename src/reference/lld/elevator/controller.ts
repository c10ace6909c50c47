/**
 * The controller: the one object that takes hall calls, car calls and clock ticks. Every
 * command runs through one FIFO async mutex, so commands behave as if they came one at a time
 * (an actor's mailbox) even when a command awaits the hall lamps between its read and its write.
 */

import { Mutex } from '../../concurrency/async-mutex.ts';
import { ElevatorCar, type Direction } from './car.ts';
import { NearestCarStrategy, type DispatchStrategy } from './dispatch-strategy.ts';

/** The hall-button lamps: real I/O, so each call awaits. */
export interface HallLamps {
	set(floor: number, direction: Direction, on: boolean): Promise<void>;
}

/** A hall call that a car has answered, with how long the caller waited. */
export interface ServedCall {
	readonly floor: number;
	readonly direction: Direction;
	readonly carId: number;
	readonly waitedTicks: number;
}

/** Options for ElevatorController. */
export interface ControllerOptions {
	/** Number of floors, numbered 0 to floors - 1. */
	readonly floors: number;
	/** Number of cars; all start idle at floor 0. */
	readonly cars: number;
	/** Ticks the doors stay open at a stop; default 2. */
	readonly doorTicks?: number;
	/** Dispatch policy; default NearestCarStrategy. */
	readonly strategy?: DispatchStrategy;
	/** Hall lamps; default does nothing. */
	readonly lamps?: HallLamps;
	/** Told about every answered hall call (displays, metrics); one listener is all this needs. */
	readonly onServed?: (call: ServedCall) => void;
}

interface Assignment {
	carId: number | undefined;
	requestedAt: number;
}

/** Runs a bank of cars. Time is the number of `tick()` calls: whoever calls it is the clock. */
export class ElevatorController {
	readonly #cars: ElevatorCar[];
	readonly #floors: number;
	readonly #strategy: DispatchStrategy;
	readonly #lamps: HallLamps;
	readonly #onServed: ((call: ServedCall) => void) | undefined;
	// One entry per lit hall button, keyed "floor:direction"; carId undefined means waiting for a car.
	readonly #calls = new Map<string, Assignment>();
	readonly #mailbox = new Mutex('elevator-controller');
	#now = 0;

	/** Creates the bank; throws RangeError naming the bad option. */
	constructor(options: ControllerOptions) {
		const { floors, cars, doorTicks = 2 } = options;
		if (!Number.isInteger(floors) || floors < 2)
			throw new RangeError(`floors must be >= 2, got ${floors}`);
		if (!Number.isInteger(cars) || cars < 1) throw new RangeError(`cars must be >= 1, got ${cars}`);
		if (!Number.isInteger(doorTicks) || doorTicks < 1)
			throw new RangeError(`doorTicks must be an integer >= 1, got ${doorTicks}`);
		this.#floors = floors;
		this.#cars = Array.from({ length: cars }, (_, id) => new ElevatorCar(id, 0, doorTicks));
		this.#strategy = options.strategy ?? new NearestCarStrategy(doorTicks);
		this.#lamps = options.lamps ?? { set: () => Promise.resolve() };
		this.#onServed = options.onServed;
	}

	/** The cars, for displays and tests. */
	get cars(): readonly ElevatorCar[] {
		return this.#cars;
	}

	/** Ticks elapsed. */
	get now(): number {
		return this.#now;
	}

	/** A hall button press; resolves with the assigned car id (undefined if no car is in service). */
	hallCall(floor: number, direction: Direction): Promise<number | undefined> {
		this.#checkFloor(floor);
		return this.#mailbox.runExclusive(async () => {
			const key = `${floor}:${direction}`;
			const existing = this.#calls.get(key);
			// A second press of a lit button changes nothing: one call, one car.
			if (existing !== undefined) return existing.carId;
			await this.#lamps.set(floor, direction, true);
			const assignment: Assignment = { carId: undefined, requestedAt: this.#now };
			this.#calls.set(key, assignment);
			this.#assign(floor, direction, assignment);
			return assignment.carId;
		});
	}

	/** A floor button pressed inside car `carId`. */
	carCall(carId: number, floor: number): Promise<void> {
		this.#checkFloor(floor);
		return this.#mailbox.runExclusive(() => {
			const car = this.#car(carId);
			if (car.state !== 'out-of-service') car.addStop(floor);
		});
	}

	/** Takes a car out of service and hands its hall calls to other cars. */
	outOfService(carId: number): Promise<void> {
		return this.#mailbox.runExclusive(() => {
			for (const { floor, direction } of this.#car(carId).takeOutOfService()) {
				const assignment = this.#calls.get(`${floor}:${direction}`);
				if (assignment !== undefined) this.#assign(floor, direction, assignment);
			}
		});
	}

	/** Returns a car to service. */
	returnToService(carId: number): Promise<void> {
		return this.#mailbox.runExclusive(() => this.#car(carId).returnToService());
	}

	/** One unit of time: retry unassigned calls, step every car, switch off answered lamps. */
	tick(): Promise<void> {
		return this.#mailbox.runExclusive(async () => {
			this.#now += 1;
			for (const [key, assignment] of this.#calls) {
				if (assignment.carId !== undefined) continue;
				const [floor, direction] = parseKey(key);
				this.#assign(floor, direction, assignment);
			}
			for (const car of this.#cars) car.step();
			for (const [key, assignment] of [...this.#calls]) {
				const [floor, direction] = parseKey(key);
				if (assignment.carId === undefined) continue;
				const car = this.#car(assignment.carId);
				if (car.owes(floor, direction)) continue;
				this.#calls.delete(key);
				await this.#lamps.set(floor, direction, false);
				const waitedTicks = this.#now - assignment.requestedAt;
				this.#onServed?.({ floor, direction, carId: car.id, waitedTicks });
			}
		});
	}

	#assign(floor: number, direction: Direction, assignment: Assignment): void {
		const car = this.#strategy.choose(this.#cars, floor, direction);
		assignment.carId = car?.id;
		car?.addStop(floor, direction);
	}

	#car(id: number): ElevatorCar {
		const car = this.#cars[id];
		if (car === undefined)
			throw new RangeError(`no car ${id}; cars are 0..${this.#cars.length - 1}`);
		return car;
	}

	#checkFloor(floor: number): void {
		if (!Number.isInteger(floor) || floor < 0 || floor >= this.#floors) {
			throw new RangeError(`floor must be an integer in 0..${this.#floors - 1}, got ${floor}`);
		}
	}
}

function parseKey(key: string): [number, Direction] {
	const [floor, direction] = key.split(':');
	return [Number(floor), direction === 'up' ? 'up' : 'down'];
}
