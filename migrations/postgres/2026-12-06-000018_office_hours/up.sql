-- An agency's office hours, as `shared::deadline::OfficeHours`: a morning session and an optional
-- afternoon one (the lunch break between them is not office time), and an optional Saturday
-- morning at the counter (reception only; Saturday is never a counted working day). Times are
-- 'HH:MM', Vietnam time. An agency without a row keeps the standard hours (07:30–11:30,
-- 13:30–17:00).
CREATE TABLE office_hours (
    agency_id BIGINT PRIMARY KEY REFERENCES agencies (id),
    morning_opens TEXT NOT NULL,
    morning_closes TEXT NOT NULL,
    afternoon_opens TEXT,
    afternoon_closes TEXT,
    saturday_opens TEXT,
    saturday_closes TEXT,
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL
);
