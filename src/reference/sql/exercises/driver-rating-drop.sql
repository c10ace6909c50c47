WITH rider_ratings AS (
	SELECT t.driver_id, t.requested_at, r.stars
	FROM ratings AS r
	JOIN trips AS t
		ON t.trip_id = r.trip_id
	WHERE r.rater = 'rider'
),
per_driver AS (
	SELECT
		driver_id,
		avg(stars) FILTER (WHERE requested_at < '2026-03-16') AS before_avg,
		avg(stars) FILTER (WHERE requested_at >= '2026-03-16') AS last_week_avg
	FROM rider_ratings
	GROUP BY driver_id
)
SELECT
	p.driver_id,
	d.name,
	round(p.before_avg, 2) AS before_avg,
	round(p.last_week_avg, 2) AS last_week_avg
FROM per_driver AS p
JOIN drivers AS d
	ON d.driver_id = p.driver_id
WHERE p.last_week_avg <= p.before_avg - 0.5
ORDER BY p.driver_id;
