SELECT r.rider_id, r.name
FROM riders AS r
WHERE NOT EXISTS (
	SELECT 1
	FROM trips AS t
	WHERE t.rider_id = r.rider_id
)
ORDER BY r.rider_id;
