SELECT DISTINCT ON (rider_id) rider_id, trip_id, requested_at, status
FROM trips
ORDER BY rider_id, requested_at DESC, trip_id DESC;
