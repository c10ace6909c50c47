SELECT
	trip_id,
	completed_at::date AS completed_on,
	fare_cents,
	sum(fare_cents) OVER (
		ORDER BY completed_at::date, trip_id
		ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
	) AS running_cents
FROM trips
WHERE city = 'Seattle'
	AND status = 'completed'
	AND completed_at >= '2026-03-09'
	AND completed_at < '2026-03-17'
ORDER BY completed_on, trip_id;
