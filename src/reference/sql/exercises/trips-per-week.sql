SELECT
	date_trunc('week', requested_at)::date AS week_start,
	count(*) AS requested,
	count(*) FILTER (WHERE status = 'completed') AS completed
FROM trips
GROUP BY week_start
ORDER BY week_start;
