SELECT trip_id, amount_cents, count(*) AS captured_payments
FROM payments
WHERE status = 'captured'
GROUP BY trip_id, amount_cents
HAVING count(*) > 1
ORDER BY trip_id;
