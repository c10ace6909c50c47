-- Ride-sharing schema for the SQL exercises. The model solutions need PostgreSQL 11 or later (RANGE
-- frames with an offset); the exercise page runs them on PGlite 0.6.1, whose version() reports
-- PostgreSQL 19.0.
-- Timestamps are timestamptz and the seed writes them in UTC.

CREATE TABLE riders (
	rider_id int PRIMARY KEY,
	name text NOT NULL,
	email text NULL,
	city text NOT NULL,
	signed_up_at timestamptz NOT NULL,
	-- The rider whose invite code this rider used; NULL for riders who signed up on their own.
	referred_by int NULL REFERENCES riders (rider_id)
);

CREATE TABLE drivers (
	driver_id int PRIMARY KEY,
	name text NOT NULL,
	city text NOT NULL,
	joined_at timestamptz NOT NULL,
	status text NOT NULL CHECK (status IN ('active', 'suspended'))
);

CREATE TABLE trips (
	trip_id int PRIMARY KEY,
	rider_id int NOT NULL REFERENCES riders (rider_id),
	-- NULL when the trip was cancelled before a driver accepted it.
	driver_id int NULL REFERENCES drivers (driver_id),
	city text NOT NULL,
	requested_at timestamptz NOT NULL,
	completed_at timestamptz NULL,
	status text NOT NULL CHECK (status IN ('completed', 'cancelled', 'in_progress')),
	distance_km numeric(6, 2) NULL,
	fare_cents int NULL
);

CREATE TABLE payments (
	payment_id int PRIMARY KEY,
	trip_id int NOT NULL REFERENCES trips (trip_id),
	amount_cents int NOT NULL,
	method text NOT NULL CHECK (method IN ('card', 'wallet', 'cash')),
	status text NOT NULL CHECK (status IN ('captured', 'refunded', 'failed')),
	created_at timestamptz NOT NULL
);

CREATE TABLE ratings (
	trip_id int NOT NULL REFERENCES trips (trip_id),
	rater text NOT NULL CHECK (rater IN ('rider', 'driver')),
	stars int NOT NULL CHECK (stars BETWEEN 1 AND 5),
	comment text NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (trip_id, rater)
);

-- The lookups the service makes: a rider's history, a driver's history, a city's recent trips,
-- a trip's payments. Foreign keys do not index the referencing column in PostgreSQL.
CREATE INDEX trips_rider_requested_idx ON trips (rider_id, requested_at);
CREATE INDEX trips_driver_requested_idx ON trips (driver_id, requested_at);
CREATE INDEX trips_city_requested_idx ON trips (city, requested_at);
CREATE INDEX payments_trip_idx ON payments (trip_id, created_at);
CREATE INDEX riders_referred_by_idx ON riders (referred_by);
