-- A small, deterministic data set: every value is written out, nothing is random.
INSERT INTO riders (rider_id, name, email, city, signed_up_at) VALUES
	(1, 'Ana', 'ana@example.com', 'Lisbon', '2026-01-05 09:00:00+00'),
	(2, 'Ben', NULL, 'Lisbon', '2026-01-12 18:30:00+00'),
	(3, 'Chloe', 'chloe@example.com', 'Porto', '2026-02-01 07:45:00+00'),
	(4, 'Dana', NULL, 'Porto', '2026-02-20 12:00:00+00'),
	(5, 'Eli', 'eli@example.com', 'Braga', '2026-02-28 21:10:00+00');

INSERT INTO drivers (driver_id, name, city, joined_at, status) VALUES
	(1, 'Marta', 'Lisbon', '2025-11-02 08:00:00+00', 'active'),
	(2, 'Nuno', 'Porto', '2025-12-15 08:00:00+00', 'active'),
	(3, 'Olga', 'Braga', '2026-01-20 08:00:00+00', 'suspended');

INSERT INTO trips (trip_id, rider_id, driver_id, city, requested_at, completed_at, status, distance_km, fare_cents) VALUES
	(1, 1, 1, 'Lisbon', '2026-03-02 08:15:00+00', '2026-03-02 08:40:00+00', 'completed', 7.40, 1250),
	(2, 1, 1, 'Lisbon', '2026-03-03 19:05:00+00', '2026-03-03 19:20:00+00', 'completed', 4.10, 820),
	(3, 2, NULL, 'Lisbon', '2026-03-04 07:50:00+00', NULL, 'cancelled', NULL, NULL),
	(4, 3, 2, 'Porto', '2026-03-05 12:00:00+00', '2026-03-05 12:35:00+00', 'completed', 11.80, 1900),
	(5, 3, 2, 'Porto', '2026-03-09 22:10:00+00', '2026-03-09 22:30:00+00', 'completed', 6.00, 1100),
	(6, 1, 1, 'Lisbon', '2026-03-12 08:30:00+00', NULL, 'in_progress', NULL, NULL),
	(7, 5, 3, 'Braga', '2026-03-14 16:00:00+00', '2026-03-14 16:18:00+00', 'completed', 5.25, 900);

INSERT INTO payments (payment_id, trip_id, amount_cents, method, status, created_at) VALUES
	(1, 1, 1250, 'card', 'captured', '2026-03-02 08:40:05+00'),
	(2, 2, 820, 'wallet', 'captured', '2026-03-03 19:20:03+00'),
	(3, 4, 1900, 'card', 'failed', '2026-03-05 12:35:04+00'),
	(4, 4, 1900, 'card', 'captured', '2026-03-05 12:35:09+00'),
	(5, 5, 1100, 'cash', 'captured', '2026-03-09 22:30:02+00'),
	(6, 7, 900, 'card', 'captured', '2026-03-14 16:18:02+00'),
	(7, 7, 900, 'card', 'captured', '2026-03-14 16:18:04+00');

INSERT INTO ratings (trip_id, rater, stars, comment, created_at) VALUES
	(1, 'rider', 5, 'Smooth ride', '2026-03-02 09:00:00+00'),
	(1, 'driver', 5, NULL, '2026-03-02 09:05:00+00'),
	(2, 'rider', 4, NULL, '2026-03-03 19:40:00+00'),
	(4, 'rider', 3, 'Took a longer route', '2026-03-05 13:00:00+00'),
	(5, 'rider', 5, NULL, '2026-03-09 23:00:00+00'),
	(7, 'rider', 2, NULL, '2026-03-14 16:30:00+00');
