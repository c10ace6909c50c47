WITH work_days AS (
	SELECT DISTINCT driver_id, requested_at::date AS day
	FROM trips
	WHERE status = 'completed'
),
grouped AS (
	SELECT
		driver_id,
		day,
		day - row_number() OVER (PARTITION BY driver_id ORDER BY day)::int AS island
	FROM work_days
)
SELECT driver_id, min(day) AS streak_start, max(day) AS streak_end, count(*) AS days
FROM grouped
GROUP BY driver_id, island
HAVING count(*) >= 3
ORDER BY driver_id, streak_start;
