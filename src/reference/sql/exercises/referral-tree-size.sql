WITH RECURSIVE referrals AS (
	SELECT referred_by AS ancestor_id, rider_id AS descendant_id
	FROM riders
	WHERE referred_by IS NOT NULL
	UNION ALL
	SELECT ref.ancestor_id, r.rider_id
	FROM referrals AS ref
	JOIN riders AS r
		ON r.referred_by = ref.descendant_id
)
SELECT a.rider_id, a.name, count(*) AS riders_referred
FROM referrals AS ref
JOIN riders AS a
	ON a.rider_id = ref.ancestor_id
GROUP BY a.rider_id, a.name
ORDER BY riders_referred DESC, a.rider_id;
