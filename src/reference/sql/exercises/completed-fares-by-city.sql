SELECT city, count(*) AS trips, sum(fare_cents) AS fare_cents
FROM trips
WHERE status = 'completed'
GROUP BY city
ORDER BY fare_cents DESC;
