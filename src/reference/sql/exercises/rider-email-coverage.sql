SELECT city, count(*) AS riders, count(email) AS with_email
FROM riders
GROUP BY city
ORDER BY city;
