SELECT d.day::date AS day, count(t.trip_id) AS completed_trips
FROM generate_series(DATE '2026-03-16', DATE '2026-03-22', INTERVAL '1 day') AS d (day)
LEFT JOIN trips AS t
	ON t.completed_at::date = d.day::date
	AND t.city = 'Seattle'
	AND t.status = 'completed'
GROUP BY d.day
ORDER BY d.day;
