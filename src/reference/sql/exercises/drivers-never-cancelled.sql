SELECT d.driver_id, d.name
FROM drivers AS d
WHERE NOT EXISTS (
	SELECT 1
	FROM trips AS t
	WHERE t.driver_id = d.driver_id
		AND t.status = 'cancelled'
)
ORDER BY d.driver_id;
