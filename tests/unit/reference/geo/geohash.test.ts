import { describe, it, expect } from 'vitest';
import {
	decodeGeohash,
	encodeGeohash,
	geohashBounds,
	geohashCellSize,
	geohashNeighbor,
	geohashNeighbors,
} from '../../../../src/reference/geo/geohash.ts';
import { seededRandom } from '../../support/seeded-random.ts';

describe('encodeGeohash and decodeGeohash', () => {
	it('produces the published example values', () => {
		// Wikipedia's Geohash article: 57.64911, 10.40744 is u4pruydqqvj; ezs42 is near 42.6, -5.6.
		expect(encodeGeohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
		expect(encodeGeohash(42.6, -5.6, 5)).toBe('ezs42');
		const center = decodeGeohash('ezs42');
		expect(center.lat).toBeCloseTo(42.605, 3);
		expect(center.lon).toBeCloseTo(-5.603, 3);
	});

	it('shortening a hash names the enclosing cell', () => {
		expect(encodeGeohash(57.64911, 10.40744, 6)).toBe('u4pruy');
	});

	it('decodes to a cell that contains the encoded point, with the center inside it', () => {
		const random = seededRandom(42);
		for (let i = 0; i < 500; i++) {
			const lat = random() * 180 - 90;
			const lon = random() * 360 - 180;
			const precision = 1 + Math.floor(random() * 12);
			const hash = encodeGeohash(lat, lon, precision);
			const cell = geohashBounds(hash);
			expect(lat).toBeGreaterThanOrEqual(cell.minLat);
			expect(lat).toBeLessThanOrEqual(cell.maxLat);
			expect(lon).toBeGreaterThanOrEqual(cell.minLon);
			expect(lon).toBeLessThanOrEqual(cell.maxLon);
			const size = geohashCellSize(precision);
			expect(cell.maxLat - cell.minLat).toBeCloseTo(size.heightDegrees, 12);
			expect(cell.maxLon - cell.minLon).toBeCloseTo(size.widthDegrees, 12);
			const center = decodeGeohash(hash);
			expect(Math.abs(center.lat - lat)).toBeLessThanOrEqual(size.heightDegrees / 2);
			expect(Math.abs(center.lon - lon)).toBeLessThanOrEqual(size.widthDegrees / 2);
		}
	});

	it('gives the cell sizes the page prints: about 1.22 km x 0.61 km at precision 6', () => {
		const six = geohashCellSize(6);
		expect(six.widthMetersAtEquator / 1000).toBeCloseTo(1.22, 2);
		expect(six.heightMeters / 1000).toBeCloseTo(0.61, 2);
		expect(geohashCellSize(5).widthMetersAtEquator / 1000).toBeCloseTo(4.89, 2);
		expect(geohashCellSize(7).heightMeters).toBeCloseTo(153, 0);
	});

	it('rejects bad input, naming the value and the allowed range', () => {
		expect(() => encodeGeohash(91, 0, 5)).toThrow('lat must be in [-90, 90], got 91');
		expect(() => encodeGeohash(0, 0, 13)).toThrow('precision must be an integer from 1 to 12');
		expect(() => geohashBounds('u4pa')).toThrow('"a" in geohash "u4pa" is not a geohash character');
	});
});

describe('geohashNeighbor', () => {
	it('returns the cell that shares an edge, across a boundary where no prefix is shared', () => {
		// s0000 touches the equator and the prime meridian; its southern neighbor starts with k.
		expect(geohashNeighbor('s0000', 's')).toBe('kpbpb');
		expect(geohashNeighbor('s0000', 'w')).toBe('ebpbp');
		expect(geohashNeighbor('s0000', 'sw')).toBe('7zzzz');
		const here = geohashBounds('s0000');
		const south = geohashBounds('kpbpb');
		expect(south.maxLat).toBe(here.minLat);
		expect(south.minLon).toBe(here.minLon);
	});

	it('wraps longitude at the antimeridian and stops at the poles', () => {
		const east = geohashBounds(encodeGeohash(10, 179.99, 4));
		const wrapped = geohashBounds(geohashNeighbor(encodeGeohash(10, 179.99, 4), 'e')!);
		expect(east.maxLon).toBe(180);
		expect(wrapped.minLon).toBe(-180);
		expect(geohashNeighbor(encodeGeohash(89.99, 0, 3), 'n')).toBeUndefined();
	});

	it('has eight distinct neighbors that surround the cell edge to edge', () => {
		const hash = '9q8yy';
		const cell = geohashBounds(hash);
		const neighbors = geohashNeighbors(hash);
		expect(neighbors).toHaveLength(8);
		const east = geohashBounds(geohashNeighbor(hash, 'e')!);
		expect(east.minLon).toBe(cell.maxLon);
		expect(east.minLat).toBe(cell.minLat);
		const northWest = geohashBounds(geohashNeighbor(hash, 'nw')!);
		expect(northWest.minLat).toBe(cell.maxLat);
		expect(northWest.maxLon).toBe(cell.minLon);
	});
});
