WITH daily AS (
	SELECT completed_at::date AS day, sum(fare_cents) AS revenue_cents
	FROM trips
	WHERE city = 'Denver'
		AND status = 'completed'
	GROUP BY completed_at::date
)
SELECT
	day,
	revenue_cents,
	sum(revenue_cents) OVER (
		ORDER BY day
		RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW
	) AS last_7_days_cents
FROM daily
ORDER BY day;
