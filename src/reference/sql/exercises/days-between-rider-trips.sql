SELECT
	rider_id,
	trip_id,
	requested_at::date AS trip_date,
	requested_at::date - lag(requested_at::date) OVER (
		PARTITION BY rider_id
		ORDER BY requested_at
	) AS days_since_previous
FROM trips
WHERE rider_id IN (1, 11)
	AND status = 'completed'
ORDER BY rider_id, requested_at;
