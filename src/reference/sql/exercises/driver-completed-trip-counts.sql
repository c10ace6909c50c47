SELECT d.driver_id, d.name, count(t.trip_id) AS completed_trips
FROM drivers AS d
LEFT JOIN trips AS t
	ON t.driver_id = d.driver_id
	AND t.status = 'completed'
GROUP BY d.driver_id, d.name
ORDER BY d.driver_id;
