/**
 * Geohash: a point's longitude and latitude bits, interleaved (longitude first) and written five
 * bits to a character in the alphabet 0-9, b-z without a, i, l and o. Each character narrows the
 * cell, so a shared prefix means a shared cell, but two points a meter apart can sit on either
 * side of a cell edge and share no prefix at all. That is why proximity searches also look at the
 * eight neighboring cells.
 */

const alphabet = '0123456789bcdefghjkmnpqrstuvwxyz';
const valueOf = new Map([...alphabet].map((character, index) => [character, index]));

/** Meters in one degree of latitude, and of longitude at the equator (WGS84 mean radius). */
export const metersPerDegree = (Math.PI * 6_371_008.8) / 180;

/** A latitude and longitude in degrees. */
export interface LatLon {
	readonly lat: number;
	readonly lon: number;
}

/** The rectangle a geohash names, in degrees. */
export interface CellBounds {
	readonly minLat: number;
	readonly maxLat: number;
	readonly minLon: number;
	readonly maxLon: number;
}

/** The eight compass directions a cell has neighbors in. */
export type Direction = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';

const steps: Record<Direction, readonly [number, number]> = {
	n: [1, 0],
	ne: [1, 1],
	e: [0, 1],
	se: [-1, 1],
	s: [-1, 0],
	sw: [-1, -1],
	w: [0, -1],
	nw: [1, -1],
};

/** Encodes a point as a geohash of `precision` characters (1 to 12). */
export function encodeGeohash(lat: number, lon: number, precision: number): string {
	checkPoint(lat, lon);
	if (!Number.isInteger(precision) || precision < 1 || precision > 12)
		throw new RangeError(`precision must be an integer from 1 to 12, got ${precision}`);
	let [minLat, maxLat, minLon, maxLon] = [-90, 90, -180, 180];
	let hash = '';
	let bits = 0;
	let value = 0;
	let lonTurn = true;
	while (hash.length < precision) {
		// Halve the longitude range, then the latitude range, alternately: one bit per halving.
		if (lonTurn) {
			const mid = (minLon + maxLon) / 2;
			value = value * 2 + (lon >= mid ? 1 : 0);
			if (lon >= mid) minLon = mid;
			else maxLon = mid;
		} else {
			const mid = (minLat + maxLat) / 2;
			value = value * 2 + (lat >= mid ? 1 : 0);
			if (lat >= mid) minLat = mid;
			else maxLat = mid;
		}
		lonTurn = !lonTurn;
		if (++bits === 5) {
			hash += alphabet[value];
			bits = 0;
			value = 0;
		}
	}
	return hash;
}

/** The cell a geohash names. Throws on an empty hash or a character outside the alphabet. */
export function geohashBounds(hash: string): CellBounds {
	if (hash.length === 0) throw new RangeError('geohash must not be empty');
	let [minLat, maxLat, minLon, maxLon] = [-90, 90, -180, 180];
	let lonTurn = true;
	for (const character of hash) {
		const value = valueOf.get(character);
		if (value === undefined)
			throw new RangeError(
				`"${character}" in geohash "${hash}" is not a geohash character (0-9, b-z except i, l, o)`,
			);
		for (let bit = 4; bit >= 0; bit--) {
			const on = ((value >> bit) & 1) === 1;
			if (lonTurn) {
				const mid = (minLon + maxLon) / 2;
				if (on) minLon = mid;
				else maxLon = mid;
			} else {
				const mid = (minLat + maxLat) / 2;
				if (on) minLat = mid;
				else maxLat = mid;
			}
			lonTurn = !lonTurn;
		}
	}
	return { minLat, maxLat, minLon, maxLon };
}

/** The center of a geohash's cell: the best single point the hash can give back. */
export function decodeGeohash(hash: string): LatLon {
	const cell = geohashBounds(hash);
	return { lat: (cell.minLat + cell.maxLat) / 2, lon: (cell.minLon + cell.maxLon) / 2 };
}

/**
 * Width and height of a cell of `precision` characters, in degrees and in meters at the equator.
 * 5 x precision bits are split with the extra bit going to longitude, so odd precisions give
 * square-ish cells in degrees and even ones cells twice as wide as tall.
 */
export function geohashCellSize(precision: number): {
	widthDegrees: number;
	heightDegrees: number;
	widthMetersAtEquator: number;
	heightMeters: number;
} {
	const totalBits = 5 * precision;
	const widthDegrees = 360 / 2 ** Math.ceil(totalBits / 2);
	const heightDegrees = 180 / 2 ** Math.floor(totalBits / 2);
	return {
		widthDegrees,
		heightDegrees,
		widthMetersAtEquator: widthDegrees * metersPerDegree,
		heightMeters: heightDegrees * metersPerDegree,
	};
}

/**
 * The adjacent cell of the same precision in one direction, or undefined past a pole.
 * Longitude wraps at the antimeridian; computed from the cell's center, not by table lookups.
 */
export function geohashNeighbor(hash: string, direction: Direction): string | undefined {
	const cell = geohashBounds(hash);
	const [latStep, lonStep] = steps[direction];
	const lat = (cell.minLat + cell.maxLat) / 2 + latStep * (cell.maxLat - cell.minLat);
	if (lat > 90 || lat < -90) return undefined;
	let lon = (cell.minLon + cell.maxLon) / 2 + lonStep * (cell.maxLon - cell.minLon);
	if (lon >= 180) lon -= 360;
	if (lon < -180) lon += 360;
	return encodeGeohash(lat, lon, hash.length);
}

/** The up-to-eight cells around a geohash, without repeats (there are fewer beside a pole). */
export function geohashNeighbors(hash: string): string[] {
	const all = (Object.keys(steps) as Direction[]).map((direction) =>
		geohashNeighbor(hash, direction),
	);
	return [...new Set(all.filter((cell): cell is string => cell !== undefined && cell !== hash))];
}

function checkPoint(lat: number, lon: number): void {
	if (!(lat >= -90 && lat <= 90)) throw new RangeError(`lat must be in [-90, 90], got ${lat}`);
	if (!(lon >= -180 && lon <= 180)) throw new RangeError(`lon must be in [-180, 180], got ${lon}`);
}
