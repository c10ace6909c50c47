SELECT t.trip_id, r.name AS rider_name, t.fare_cents
FROM trips AS t
JOIN riders AS r
	ON r.rider_id = t.rider_id
WHERE t.status = 'completed'
	AND NOT EXISTS (
		SELECT 1
		FROM payments AS p
		WHERE p.trip_id = t.trip_id
			AND p.status = 'captured'
	)
ORDER BY t.trip_id;
