SELECT
	city,
	count(*) AS requested,
	count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
	round(100.0 * count(*) FILTER (WHERE status = 'cancelled') / count(*), 1) AS cancel_rate_pct
FROM trips
GROUP BY city
ORDER BY city;
