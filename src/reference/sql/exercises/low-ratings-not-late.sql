SELECT trip_id, stars, comment
FROM ratings
WHERE rater = 'rider'
	AND stars <= 2
	AND comment IS DISTINCT FROM 'Driver was late'
ORDER BY trip_id;
