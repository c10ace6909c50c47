WITH ranked AS (
	SELECT
		city,
		trip_id,
		fare_cents,
		row_number() OVER (PARTITION BY city ORDER BY fare_cents DESC, trip_id) AS rn
	FROM trips
	WHERE status = 'completed'
)
SELECT city, trip_id, fare_cents
FROM ranked
WHERE rn <= 3
ORDER BY city, fare_cents DESC, trip_id;
