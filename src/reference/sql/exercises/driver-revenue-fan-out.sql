WITH trip_totals AS (
	SELECT driver_id, count(*) AS completed_trips, sum(fare_cents) AS fare_cents
	FROM trips
	WHERE status = 'completed'
	GROUP BY driver_id
),
captured_totals AS (
	SELECT t.driver_id, sum(p.amount_cents) AS captured_cents
	FROM payments AS p
	JOIN trips AS t
		ON t.trip_id = p.trip_id
	WHERE p.status = 'captured'
	GROUP BY t.driver_id
)
SELECT tt.driver_id, tt.completed_trips, tt.fare_cents, ct.captured_cents
FROM trip_totals AS tt
LEFT JOIN captured_totals AS ct
	ON ct.driver_id = tt.driver_id
ORDER BY tt.driver_id;
