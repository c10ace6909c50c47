import { describe, it, expect } from 'vitest';
import { ElevatorCar } from '../../../../../src/reference/lld/elevator/car.ts';
import {
	NearestCarStrategy,
	travelFloors,
} from '../../../../../src/reference/lld/elevator/dispatch-strategy.ts';

function carAt(id: number, floor: number, stops: number[] = []): ElevatorCar {
	const car = new ElevatorCar(id, floor, 2);
	for (const s of stops) car.addStop(s);
	if (stops.length > 0) car.step(); // picks a heading and moves one floor
	return car;
}

describe('travelFloors', () => {
	it('is the plain distance for an idle car', () => {
		expect(travelFloors(carAt(0, 3), 9, 'down')).toBe(6);
	});

	it('is the plain distance for a car moving toward the floor the way the caller goes', () => {
		const car = carAt(0, 0, [10]); // now at 1, heading up
		expect(travelFloors(car, 6, 'up')).toBe(5);
	});

	it('adds the rest of the sweep and the way back for a call the other way', () => {
		const car = carAt(0, 0, [10]); // at 1, heading up to 10
		// Up to 10 (9 floors), then down to 6 (4 floors).
		expect(travelFloors(car, 6, 'down')).toBe(13);
	});

	it('counts three legs for a same-direction call the car has already passed', () => {
		const car = carAt(0, 4, [9]); // at 5, heading up
		// Up to 9 (4), down to 2 (7), up to 2 again (0).
		expect(travelFloors(car, 2, 'up')).toBe(11);
	});
});

describe('NearestCarStrategy', () => {
	it('prefers a farther car coming the right way to a nearer car moving away', () => {
		const away = carAt(0, 6, [0]); // at 5, heading down to 0
		const coming = carAt(1, 0, [12]); // at 1, heading up to 12
		const strategy = new NearestCarStrategy(2);
		// away: down to 0 (5) and back up to 7 (7) = 12, plus 1 stop x 2 = 14; coming: 6 + 2 = 8.
		expect(strategy.cost(away, 7, 'up')).toBe(14);
		expect(strategy.cost(coming, 7, 'up')).toBe(8);
		expect(strategy.choose([away, coming], 7, 'up')).toBe(coming);
	});

	it('never picks an out-of-service car and breaks ties by the lower id', () => {
		const a = carAt(0, 4);
		const b = carAt(1, 4);
		const strategy = new NearestCarStrategy(2);
		expect(strategy.choose([b, a], 2, 'up')).toBe(a);
		a.takeOutOfService();
		expect(strategy.cost(a, 2, 'up')).toBe(Number.POSITIVE_INFINITY);
		expect(strategy.choose([a, b], 2, 'up')).toBe(b);
		b.takeOutOfService();
		expect(strategy.choose([a, b], 2, 'up')).toBeUndefined();
	});
});
