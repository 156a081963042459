DROP TABLE office_hours;
