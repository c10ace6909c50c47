SELECT
	rider_id,
	trip_id,
	fare_cents,
	sum(fare_cents) OVER (PARTITION BY rider_id ORDER BY requested_at) AS running_cents
FROM trips
WHERE status = 'completed'
ORDER BY rider_id, requested_at;
