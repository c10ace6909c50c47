WITH work_days AS (
	SELECT DISTINCT driver_id, requested_at::date AS day
	FROM trips
	WHERE status = 'completed'
),
with_next AS (
	SELECT driver_id, day, lead(day) OVER (PARTITION BY driver_id ORDER BY day) AS next_day
	FROM work_days
)
SELECT driver_id, day AS last_day, next_day, next_day - day - 1 AS idle_days
FROM with_next
WHERE next_day - day - 1 >= 4
ORDER BY driver_id, last_day;
