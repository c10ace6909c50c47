SELECT r.rider_id, r.name, count(*) AS completed_trips
FROM riders AS r
JOIN trips AS t
	ON t.rider_id = r.rider_id
WHERE t.status = 'completed'
GROUP BY r.rider_id, r.name
HAVING count(*) >= 7
ORDER BY completed_trips DESC, r.rider_id;
