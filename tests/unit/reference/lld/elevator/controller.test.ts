import { describe, it, expect } from 'vitest';
import {
	ElevatorController,
	type HallLamps,
	type ServedCall,
} from '../../../../../src/reference/lld/elevator/controller.ts';

/** Lamps that take a macrotask to answer, as real I/O would, and log what they were told. */
function slowLamps(log: string[]): HallLamps {
	return {
		set: (floor, direction, on) =>
			new Promise((resolve) => {
				setTimeout(() => {
					log.push(`lamp ${floor}${direction} ${on ? 'on' : 'off'}`);
					resolve();
				}, 0);
			}),
	};
}

describe('ElevatorController', () => {
	it('sends the car that is coming the right way and answers the call', async () => {
		const served: ServedCall[] = [];
		const bank = new ElevatorController({ floors: 10, cars: 2, onServed: (c) => served.push(c) });
		await bank.carCall(1, 9);
		for (let i = 0; i < 13; i++) await bank.tick(); // car 1 now idle at 9
		await bank.carCall(0, 9);
		await bank.carCall(1, 0);
		await bank.tick(); // car 0 at 1 going up, car 1 at 8 going down
		// Car 0 costs 3 floors + 1 stop x 2 = 5; car 1 costs 8 down + 4 back up + 2 = 14.
		expect(await bank.hallCall(4, 'up')).toBe(0);
		for (let i = 0; i < 4; i++) await bank.tick();
		// Three ticks to reach floor 4, one to open the doors.
		expect(served).toEqual([{ floor: 4, direction: 'up', carId: 0, waitedTicks: 4 }]);
	});

	it('assigns one car when the same hall button is pressed twice at once', async () => {
		const log: string[] = [];
		const bank = new ElevatorController({ floors: 10, cars: 2, lamps: slowLamps(log) });
		const [first, second] = await Promise.all([bank.hallCall(5, 'up'), bank.hallCall(5, 'up')]);
		expect(first).toBe(0);
		expect(second).toBe(0);
		// Without the mailbox lock both presses read "no call yet" across the lamp await,
		// and the second, seeing car 0 busier, would send car 1 as well.
		expect(bank.cars.map((c) => c.stops)).toEqual([[5], []]);
		expect(log).toEqual(['lamp 5up on']);
	});

	it('lets a press that arrives mid-tick wait until the tick has switched its lamp off', async () => {
		const log: string[] = [];
		const bank = new ElevatorController({ floors: 10, cars: 2, lamps: slowLamps(log) });
		expect(await bank.hallCall(1, 'up')).toBe(0);
		expect(await bank.hallCall(1, 'down')).toBe(1); // car 0 now owes a stop, so car 1 is cheaper
		await bank.tick(); // both cars reach floor 1
		const tick = bank.tick(); // both calls answered; the tick awaits each lamp in turn
		// A new "down" press while the tick awaits the first lamp. Without the mailbox it reads
		// 1-down as still lit, returns at once, and is lost when the tick then clears that call.
		const press = bank.hallCall(1, 'down').then((car) => log.push(`assigned ${String(car)}`));
		await Promise.all([tick, press]);
		expect(log).toEqual([
			'lamp 1up on',
			'lamp 1down on',
			'lamp 1up off',
			'lamp 1down off',
			'lamp 1down on',
			'assigned 0',
		]);
		expect(bank.cars.some((car) => car.owes(1, 'down'))).toBe(true);
	});

	it('moves the hall calls of a car taken out of service to another car', async () => {
		const bank = new ElevatorController({ floors: 10, cars: 2 });
		await bank.carCall(1, 9);
		await bank.tick();
		expect(await bank.hallCall(6, 'down')).toBe(0);
		await bank.outOfService(0);
		expect(bank.cars[1]?.owes(6, 'down')).toBe(true);
	});

	it('queues a call while no car is in service and dispatches it on a later tick', async () => {
		const bank = new ElevatorController({ floors: 5, cars: 1 });
		await bank.outOfService(0);
		expect(await bank.hallCall(3, 'down')).toBeUndefined();
		await bank.returnToService(0);
		await bank.tick();
		expect(bank.cars[0]?.owes(3, 'down')).toBe(true);
	});

	it('answers a call behind the car within two sweeps while new calls keep arriving ahead', async () => {
		const floors = 20;
		const doorTicks = 2;
		const served: ServedCall[] = [];
		const bank = new ElevatorController({
			floors,
			cars: 1,
			doorTicks,
			onServed: (c) => served.push(c),
		});
		await bank.carCall(0, floors - 1);
		for (let i = 0; i < 3; i++) await bank.tick();
		await bank.hallCall(1, 'up'); // behind the car, same direction: the worst case
		let stopsAdded = 0;
		for (let t = 0; t < 500 && served.length === 0; t++) {
			const car = bank.cars[0];
			// A rider ahead of the car on every tick while it still goes up.
			if (car !== undefined && car.heading === 'up' && car.floor + 2 < floors) {
				await bank.carCall(0, car.floor + 2);
				stopsAdded += 1;
			}
			await bank.tick();
		}
		expect(served).toHaveLength(1);
		// Up to the top and back down to the call: 2 x (floors - 1), plus every stop's doors.
		const bound = 2 * (floors - 1) + (stopsAdded + 1) * doorTicks + 1;
		expect(served[0]?.waitedTicks).toBeLessThanOrEqual(bound);
	});

	it('rejects a floor outside the building and a door time below one tick', () => {
		const bank = new ElevatorController({ floors: 10, cars: 1 });
		expect(() => bank.hallCall(10, 'up')).toThrow('floor must be an integer in 0..9, got 10');
		expect(() => new ElevatorController({ floors: 10, cars: 1, doorTicks: 0 })).toThrow(
			'doorTicks must be an integer >= 1, got 0',
		);
	});
});
