WITH RECURSIVE days AS (
	SELECT DATE '2026-03-16' AS day
	UNION ALL
	SELECT day + 1
	FROM days
	WHERE day < DATE '2026-03-22'
)
SELECT d.day, count(t.trip_id) AS requested
FROM days AS d
LEFT JOIN trips AS t
	ON t.requested_at::date = d.day
	AND t.city = 'Denver'
GROUP BY d.day
ORDER BY d.day;
