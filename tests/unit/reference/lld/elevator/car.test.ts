import { describe, it, expect } from 'vitest';
import { ElevatorCar, type CarState } from '../../../../../src/reference/lld/elevator/car.ts';

/** Steps the car until it has nothing left, returning the floors where its doors opened. */
function runToIdle(car: ElevatorCar, limit = 200): number[] {
	const opened: number[] = [];
	for (let i = 0; i < limit && !(car.state === 'idle' && car.stops.length === 0); i++) {
		const before = car.state;
		car.step();
		if (car.state === 'doors-open' && before !== 'doors-open') opened.push(car.floor);
	}
	return opened;
}

describe('ElevatorCar (LOOK)', () => {
	it('serves car calls in floor order along one sweep, not in the order pressed', () => {
		const car = new ElevatorCar(0, 0, 2);
		car.addStop(5);
		car.addStop(2);
		car.addStop(8);
		expect(runToIdle(car)).toEqual([2, 5, 8]);
	});

	it('finishes the current sweep before turning for a call behind it', () => {
		const car = new ElevatorCar(0, 0, 1);
		car.addStop(8);
		for (let i = 0; i < 4; i++) car.step();
		expect(car.floor).toBe(4);
		car.addStop(1);
		expect(runToIdle(car)).toEqual([8, 1]);
	});

	it('passes a down hall call on the way up and answers it on the way down', () => {
		const car = new ElevatorCar(0, 0, 1);
		car.addStop(8);
		car.addStop(5, 'down');
		car.addStop(2, 'up');
		expect(runToIdle(car)).toEqual([2, 8, 5]);
	});

	it('stops at a down hall call on the way up when nothing lies beyond it', () => {
		const car = new ElevatorCar(0, 0, 1);
		car.addStop(6, 'down');
		while (car.state !== 'doors-open') car.step();
		expect(car.floor).toBe(6);
		// The doors open facing the way the caller wants to go.
		expect(car.heading).toBe('down');
	});

	it('with both hall buttons lit at a floor, serves the way it faces and returns for the other', () => {
		const car = new ElevatorCar(0, 0, 1);
		car.addStop(5, 'down');
		car.addStop(5, 'up');
		while (car.state !== 'doors-open') car.step();
		expect(car.floor).toBe(5);
		expect(car.heading).toBe('up');
		expect(car.owes(5, 'up')).toBe(false);
		expect(car.owes(5, 'down')).toBe(true); // the down caller must not ride up first
		car.addStop(8); // the rider who boarded going up presses 8
		expect(runToIdle(car)).toEqual([8, 5]);
		expect(car.owes(5, 'down')).toBe(false);
	});

	it('walks the state machine idle, moving, doors open, moving, idle', () => {
		const car = new ElevatorCar(0, 0, 2);
		car.addStop(2);
		const states: CarState[] = [car.state];
		for (let i = 0; i < 6; i++) {
			car.step();
			states.push(car.state);
		}
		expect(states).toEqual([
			'idle',
			'moving-up',
			'moving-up',
			'doors-open',
			'doors-open',
			'idle',
			'idle',
		]);
	});

	it('does not move while out of service and hands back the hall calls it held', () => {
		const car = new ElevatorCar(0, 3, 1);
		car.addStop(7, 'down');
		car.addStop(5);
		expect(car.takeOutOfService()).toEqual([{ floor: 7, direction: 'down' }]);
		car.step();
		expect(car.floor).toBe(3);
		expect(car.state).toBe('out-of-service');
		car.returnToService();
		expect(car.state).toBe('idle');
	});
});
