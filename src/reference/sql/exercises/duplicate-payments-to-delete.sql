WITH numbered AS (
	SELECT
		payment_id,
		trip_id,
		row_number() OVER (
			PARTITION BY trip_id, amount_cents
			ORDER BY created_at, payment_id
		) AS rn
	FROM payments
	WHERE status = 'captured'
)
SELECT payment_id, trip_id
FROM numbered
WHERE rn > 1
ORDER BY payment_id;
