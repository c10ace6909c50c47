WITH first_capture AS (
	SELECT DISTINCT ON (trip_id, amount_cents) trip_id, amount_cents, method
	FROM payments
	WHERE status = 'captured'
	ORDER BY trip_id, amount_cents, created_at, payment_id
)
SELECT method, count(*) AS trips_paid, sum(amount_cents) AS revenue_cents
FROM first_capture
GROUP BY method
ORDER BY method;
