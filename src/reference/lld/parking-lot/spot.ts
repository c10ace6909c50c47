/**
 * Vehicles, spots and which spot types a vehicle may use. Plain data and one rule table, so a
 * new vehicle or spot type is a change here and nowhere else.
 */

/** Kinds of spot a lot is built with. */
export type SpotType = 'motorcycle' | 'compact' | 'large' | 'ev';

/** Every spot type, in a fixed order for loops and displays. */
export const SPOT_TYPES: readonly SpotType[] = ['motorcycle', 'compact', 'large', 'ev'];

/** Kinds of vehicle the gates recognize. */
export type VehicleType = 'motorcycle' | 'car' | 'van';

/** A vehicle at the gate. `electric` matters only for cars that may use a charging spot. */
export interface Vehicle {
	readonly plate: string;
	readonly type: VehicleType;
	readonly electric?: boolean;
}

/** One physical spot. `distance` orders spots from the entrance: smaller is nearer. */
export interface Spot {
	readonly id: string;
	readonly level: number;
	readonly type: SpotType;
	readonly distance: number;
}

/**
 * The spot types a vehicle may take, best first: the smallest that fits, then larger ones, so
 * a motorcycle does not use a large spot while a motorcycle spot is free.
 */
export function spotPreferences(vehicle: Vehicle): readonly SpotType[] {
	switch (vehicle.type) {
		case 'motorcycle':
			return ['motorcycle', 'compact', 'large'];
		case 'car':
			return vehicle.electric === true ? ['ev', 'compact', 'large'] : ['compact', 'large'];
		case 'van':
			return ['large'];
	}
}
