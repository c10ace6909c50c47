-- The ride-sharing database behind the SQL exercises: riders request trips, drivers complete
-- them, payments settle them and both sides rate them.
CREATE TABLE riders (
	rider_id int PRIMARY KEY,
	name text NOT NULL,
	email text NULL,
	city text NOT NULL,
	signed_up_at timestamptz NOT NULL
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
	rider_id int NOT NULL REFERENCES riders,
	driver_id int NULL REFERENCES drivers,
	city text NOT NULL,
	requested_at timestamptz NOT NULL,
	completed_at timestamptz NULL,
	status text NOT NULL CHECK (status IN ('completed', 'cancelled', 'in_progress')),
	distance_km numeric(6, 2) NULL,
	fare_cents int NULL
);

CREATE INDEX trips_rider_requested ON trips (rider_id, requested_at);
CREATE INDEX trips_driver_requested ON trips (driver_id, requested_at);

CREATE TABLE payments (
	payment_id int PRIMARY KEY,
	trip_id int NOT NULL REFERENCES trips,
	amount_cents int NOT NULL,
	method text NOT NULL CHECK (method IN ('card', 'wallet', 'cash')),
	status text NOT NULL CHECK (status IN ('captured', 'refunded', 'failed')),
	created_at timestamptz NOT NULL
);

CREATE INDEX payments_trip ON payments (trip_id);

CREATE TABLE ratings (
	trip_id int NOT NULL REFERENCES trips,
	rater text NOT NULL CHECK (rater IN ('rider', 'driver')),
	stars int NOT NULL CHECK (stars BETWEEN 1 AND 5),
	comment text NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (trip_id, rater)
);
