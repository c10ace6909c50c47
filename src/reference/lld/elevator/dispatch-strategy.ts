/**
 * Which car answers a hall call. The controller depends on the interface, so a building that
 * wants another policy (zoning, energy saving, destination dispatch) swaps the object.
 */

import type { Direction, ElevatorCar } from './car.ts';

/** A dispatch policy: picks the car for a hall call, or none if no car can serve. */
export interface DispatchStrategy {
	choose(
		cars: readonly ElevatorCar[],
		floor: number,
		direction: Direction,
	): ElevatorCar | undefined;
}

/**
 * Nearest car, counting the trip it must really make: a car already moving toward the floor in
 * the caller's direction pays the distance; any other moving car pays the rest of its sweep and
 * the way back. Every stop it already owes adds one door cycle.
 */
export class NearestCarStrategy implements DispatchStrategy {
	readonly #doorTicks: number;

	/** @param doorTicks ticks a stop costs; the same figure the cars use. */
	constructor(doorTicks: number) {
		this.#doorTicks = doorTicks;
	}

	/** The estimated ticks until `car` reaches `floor` going `direction`; Infinity if it cannot. */
	cost(car: ElevatorCar, floor: number, direction: Direction): number {
		if (car.state === 'out-of-service') return Number.POSITIVE_INFINITY;
		return travelFloors(car, floor, direction) + car.stops.length * this.#doorTicks;
	}

	/** The cheapest car; ties go to the lower id so the choice is deterministic. */
	choose(
		cars: readonly ElevatorCar[],
		floor: number,
		direction: Direction,
	): ElevatorCar | undefined {
		let best: ElevatorCar | undefined;
		let bestCost = Number.POSITIVE_INFINITY;
		for (const car of cars) {
			const cost = this.cost(car, floor, direction);
			if (cost < bestCost || (cost === bestCost && best !== undefined && car.id < best.id)) {
				best = car;
				bestCost = cost;
			}
		}
		return best;
	}
}

/** Floors the car travels before it can open its doors at `floor` heading `direction`. */
export function travelFloors(car: ElevatorCar, floor: number, direction: Direction): number {
	const heading = car.heading;
	const here = car.floor;
	if (heading === undefined) return Math.abs(here - floor);
	const sign = heading === 'up' ? 1 : -1;
	const onTheWay = heading === direction && (floor - here) * sign >= 0;
	if (onTheWay) return Math.abs(floor - here);
	// The car finishes its sweep at its farthest stop (or the call, if that is farther) first.
	const ahead = car.stopsAhead(heading);
	const pick = heading === 'up' ? Math.max : Math.min;
	const turn = pick(here, ...ahead, ...(heading === direction ? [] : [floor]));
	if (heading !== direction) return Math.abs(turn - here) + Math.abs(turn - floor);
	// Same direction but already passed: a full sweep out, back past the call, and up to it again.
	const behind = car.stopsAhead(heading === 'up' ? 'down' : 'up');
	const low = (heading === 'up' ? Math.min : Math.max)(floor, ...behind);
	return Math.abs(turn - here) + Math.abs(turn - low) + Math.abs(floor - low);
}
