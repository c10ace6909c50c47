WITH rider_spend AS (
	SELECT r.rider_id, r.name, r.city, sum(t.fare_cents) AS spend_cents
	FROM riders AS r
	JOIN trips AS t
		ON t.rider_id = r.rider_id
	WHERE t.status = 'completed'
	GROUP BY r.rider_id, r.name, r.city
),
city_average AS (
	SELECT city, avg(spend_cents) AS avg_spend_cents
	FROM rider_spend
	GROUP BY city
)
SELECT rs.rider_id, rs.name, rs.city, rs.spend_cents, round(ca.avg_spend_cents) AS city_avg_cents
FROM rider_spend AS rs
JOIN city_average AS ca
	ON ca.city = rs.city
WHERE rs.spend_cents > ca.avg_spend_cents
ORDER BY rs.rider_id;
