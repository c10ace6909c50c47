import { describe, it, expect } from 'vitest';
import { encodeGeohash } from '../../../../src/reference/geo/geohash.ts';
import {
	ProximityIndex,
	earthRadiusMeters,
	haversineMeters,
} from '../../../../src/reference/geo/proximity-index.ts';
import { seededRandom } from '../../support/seeded-random.ts';

describe('haversineMeters', () => {
	it('matches the well-known Nashville to Los Angeles figure for a 6,372.8 km radius', () => {
		const bna = { lat: 36.12, lon: -86.67 };
		const lax = { lat: 33.94, lon: -118.4 };
		expect(haversineMeters(bna, lax, 6_372_800) / 1000).toBeCloseTo(2887.26, 2);
	});

	it('gives one degree of latitude as pi x R / 180, about 111.2 km', () => {
		const meters = haversineMeters({ lat: 10, lon: 20 }, { lat: 11, lon: 20 });
		expect(meters).toBeCloseTo((Math.PI * earthRadiusMeters) / 180, 6);
		expect(meters / 1000).toBeCloseTo(111.2, 1);
	});
});

describe('ProximityIndex', () => {
	it('finds a driver just across a cell boundary that a center-cell-only lookup misses', () => {
		const index = new ProximityIndex(6);
		const rider = { lat: 0.00001, lon: 0.00001 };
		const driver = { lat: -0.00001, lon: 0.00001 }; // about 2 m south, across the equator
		index.upsert('drv_1', driver);
		expect(encodeGeohash(rider.lat, rider.lon, 6)).toBe('s00000');
		expect(encodeGeohash(driver.lat, driver.lon, 6)).toBe('kpbpbp');
		const found = index.nearby(rider, 300);
		expect(found.map((d) => d.id)).toEqual(['drv_1']);
		expect(found[0]!.meters).toBeCloseTo(2.2, 1);
	});

	it('filters by true distance and sorts nearest first', () => {
		const index = new ProximityIndex(6);
		const rider = { lat: 37.7749, lon: -122.4194 };
		index.upsert('far', { lat: 37.7749 + 0.004, lon: -122.4194 }); // about 445 m north
		index.upsert('near', { lat: 37.7749 + 0.001, lon: -122.4194 }); // about 111 m
		index.upsert('mid', { lat: 37.7749, lon: -122.4194 + 0.003 }); // about 264 m east
		expect(index.nearby(rider, 300).map((d) => d.id)).toEqual(['near', 'mid']);
		expect(index.nearby(rider, 500, 2).map((d) => d.id)).toEqual(['near', 'mid']);
	});

	it('agrees with a brute-force scan over every driver for random riders', () => {
		const random = seededRandom(7);
		const index = new ProximityIndex(6);
		const drivers = new Map<string, { lat: number; lon: number }>();
		for (let i = 0; i < 2000; i++) {
			const position = { lat: 40.7 + random() * 0.1, lon: -74.05 + random() * 0.1 };
			drivers.set(`d${i}`, position);
			index.upsert(`d${i}`, position);
		}
		for (let q = 0; q < 50; q++) {
			const rider = { lat: 40.72 + random() * 0.06, lon: -74.03 + random() * 0.06 };
			const radius = index.coveredRadiusMeters(rider);
			const expected = [...drivers]
				.filter(([, p]) => haversineMeters(rider, p) <= radius)
				.map(([id]) => id)
				.sort();
			const actual = index
				.nearby(rider, radius)
				.map((d) => d.id)
				.sort();
			expect(actual).toEqual(expected);
		}
	});

	it('moves a driver between cells on update and forgets it on remove', () => {
		const index = new ProximityIndex(7);
		index.upsert('drv_2', { lat: 51.5, lon: -0.12 });
		index.upsert('drv_2', { lat: 51.51, lon: -0.12 }); // about 1.1 km north
		expect(index.size).toBe(1);
		expect(index.nearby({ lat: 51.5, lon: -0.12 }, 80)).toEqual([]);
		expect(index.nearby({ lat: 51.51, lon: -0.12 }, 80).map((d) => d.id)).toEqual(['drv_2']);
		expect(index.remove('drv_2')).toBe(true);
		expect(index.nearby({ lat: 51.51, lon: -0.12 }, 80)).toEqual([]);
	});

	it('refuses a radius the nine cells cannot cover, naming the fix', () => {
		const index = new ProximityIndex(7);
		expect(() => index.nearby({ lat: 0, lon: 0 }, 5000)).toThrow(
			'build the index with a shorter precision',
		);
	});
});
