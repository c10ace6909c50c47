SELECT
	city,
	round(avg(fare_cents) / 100, 2) AS avg_fare_usd,
	round(avg(coalesce(fare_cents, 0)) / 100, 2) AS revenue_per_request_usd
FROM trips
GROUP BY city
ORDER BY city;
