SELECT
	(requested_at AT TIME ZONE 'America/Chicago')::date AS local_day,
	count(*) AS requested
FROM trips
WHERE city = 'Austin'
	AND requested_at >= TIMESTAMPTZ '2026-03-15 00:00 America/Chicago'
	AND requested_at < TIMESTAMPTZ '2026-03-22 00:00 America/Chicago'
GROUP BY local_day
ORDER BY local_day;
