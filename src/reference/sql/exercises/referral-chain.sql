WITH RECURSIVE chain AS (
	SELECT rider_id, name, referred_by, 0 AS depth
	FROM riders
	WHERE rider_id = 11
	UNION ALL
	SELECT r.rider_id, r.name, r.referred_by, c.depth + 1
	FROM riders AS r
	JOIN chain AS c
		ON r.rider_id = c.referred_by
)
SELECT rider_id, name, depth
FROM chain
ORDER BY depth;
