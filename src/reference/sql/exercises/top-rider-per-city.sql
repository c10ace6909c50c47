WITH counts AS (
	SELECT r.city, r.rider_id, r.name, count(*) AS completed_trips
	FROM riders AS r
	JOIN trips AS t
		ON t.rider_id = r.rider_id
	WHERE t.status = 'completed'
	GROUP BY r.city, r.rider_id, r.name
),
ranked AS (
	SELECT counts.*, rank() OVER (PARTITION BY city ORDER BY completed_trips DESC) AS rnk
	FROM counts
)
SELECT city, rider_id, name, completed_trips
FROM ranked
WHERE rnk = 1
ORDER BY city, rider_id;
