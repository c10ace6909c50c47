import {
	encodeGeohash,
	geohashBounds,
	geohashNeighbors,
	metersPerDegree,
	type LatLon,
} from './geohash.ts';

/** Mean Earth radius in meters (IUGG), the usual radius for haversine distances. */
export const earthRadiusMeters = 6_371_008.8;

/**
 * Great-circle distance between two points by the haversine formula, treating the Earth as a
 * sphere (error up to about 0.5% against the WGS84 ellipsoid, fine for "who is near").
 */
export function haversineMeters(a: LatLon, b: LatLon, radius = earthRadiusMeters): number {
	const toRadians = Math.PI / 180;
	const dLat = (b.lat - a.lat) * toRadians;
	const dLon = (b.lon - a.lon) * toRadians;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
	// min() guards against h creeping past 1 by rounding for antipodal points.
	return 2 * radius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One search result: who, where, and how far from the query point. */
export interface NearbyDriver {
	readonly id: string;
	readonly position: LatLon;
	readonly meters: number;
}

/**
 * Latest position per driver, bucketed by geohash cell: the in-memory index a location service
 * keeps. A search reads the query point's cell and its eight neighbors, then filters by true
 * distance, because cells are rectangles and the query is a circle.
 */
export class ProximityIndex {
	private readonly cells = new Map<string, Map<string, LatLon>>();
	private readonly cellOf = new Map<string, string>();

	/** @param precision geohash length of a cell; 6 gives cells about 1.2 km x 0.6 km. */
	constructor(readonly precision: number) {
		encodeGeohash(0, 0, precision); // validates precision with the encoder's message
	}

	/** Number of drivers indexed. */
	get size(): number {
		return this.cellOf.size;
	}

	/** Records a driver's latest position, moving it between cells when it crossed an edge. */
	upsert(id: string, position: LatLon): void {
		const cell = encodeGeohash(position.lat, position.lon, this.precision);
		const previous = this.cellOf.get(id);
		if (previous !== undefined && previous !== cell) this.removeFromCell(previous, id);
		let members = this.cells.get(cell);
		if (members === undefined) this.cells.set(cell, (members = new Map<string, LatLon>()));
		members.set(id, position);
		this.cellOf.set(id, cell);
	}

	/** Forgets a driver (went offline, or its position is too old to trust). */
	remove(id: string): boolean {
		const cell = this.cellOf.get(id);
		if (cell === undefined) return false;
		this.removeFromCell(cell, id);
		this.cellOf.delete(id);
		return true;
	}

	/**
	 * The largest radius a 3 x 3 search around this point is guaranteed to cover: the smaller
	 * of the cell's height and its width, measured on the poleward edge where meridians are
	 * closest. A point anywhere in the center cell is at least that far from the block's edge.
	 */
	coveredRadiusMeters(center: LatLon): number {
		const cell = geohashBounds(encodeGeohash(center.lat, center.lon, this.precision));
		const height = cell.maxLat - cell.minLat;
		const polewardLat = Math.min(
			90,
			Math.max(Math.abs(cell.minLat), Math.abs(cell.maxLat)) + height,
		);
		const width = (cell.maxLon - cell.minLon) * Math.cos((polewardLat * Math.PI) / 180);
		return Math.min(height, width) * metersPerDegree;
	}

	/**
	 * Drivers within `radiusMeters` of `center`, nearest first, at most `limit`. Throws when the
	 * radius is larger than the nine cells can cover, instead of silently missing drivers.
	 */
	nearby(center: LatLon, radiusMeters: number, limit = Infinity): NearbyDriver[] {
		const covered = this.coveredRadiusMeters(center);
		if (!(radiusMeters >= 0 && radiusMeters <= covered))
			throw new RangeError(
				`radius ${radiusMeters} m exceeds the ${Math.floor(covered)} m that precision ` +
					`${this.precision} covers here; build the index with a shorter precision`,
			);
		const home = encodeGeohash(center.lat, center.lon, this.precision);
		const found: NearbyDriver[] = [];
		for (const cell of [home, ...geohashNeighbors(home)]) {
			for (const [id, position] of this.cells.get(cell) ?? []) {
				const meters = haversineMeters(center, position);
				if (meters <= radiusMeters) found.push({ id, position, meters });
			}
		}
		// Ties on distance fall back to id so results are stable across runs.
		found.sort((a, b) => a.meters - b.meters || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		return found.slice(0, limit);
	}

	private removeFromCell(cell: string, id: string): void {
		const members = this.cells.get(cell);
		members?.delete(id);
		if (members?.size === 0) this.cells.delete(cell); // empty cells would leak memory
	}
}
