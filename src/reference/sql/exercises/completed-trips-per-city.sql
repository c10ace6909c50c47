SELECT city, count(*) AS completed_trips, sum(fare_cents) AS revenue_cents
FROM trips
WHERE status = 'completed'
GROUP BY city
ORDER BY city;
