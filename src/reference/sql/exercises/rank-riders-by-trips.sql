SELECT
	r.rider_id,
	r.name,
	count(*) AS completed_trips,
	rank() OVER (ORDER BY count(*) DESC) AS trip_rank,
	dense_rank() OVER (ORDER BY count(*) DESC) AS dense_trip_rank
FROM riders AS r
JOIN trips AS t
	ON t.rider_id = r.rider_id
WHERE t.status = 'completed'
GROUP BY r.rider_id, r.name
ORDER BY completed_trips DESC, r.rider_id;
