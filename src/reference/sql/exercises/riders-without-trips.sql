SELECT r.rider_id, r.name
FROM riders AS r
LEFT JOIN trips AS t ON t.rider_id = r.rider_id
WHERE t.trip_id IS NULL;
