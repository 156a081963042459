-- The one-stop back office: reception and processing fields on the dossier, the pauses while a
-- supplement is awaited, supplement requests (Mẫu 02), and the province's working calendar.

ALTER TABLE dossiers ADD COLUMN received_at TIMESTAMP;
-- The appointment (ngày hẹn trả), from the deadline engine at reception.
ALTER TABLE dossiers ADD COLUMN due_at TIMESTAMP;
-- The specialist unit it was handed to.
ALTER TABLE dossiers ADD COLUMN unit_id BIGINT REFERENCES agency_units (id);
ALTER TABLE dossiers ADD COLUMN supplement_requests INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN finished_at TIMESTAMP;

-- While a supplement is awaited the clock stands still: one row per pause.
CREATE TABLE dossier_pauses (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    paused_from TIMESTAMP NOT NULL,
    paused_to TIMESTAMP
);
CREATE INDEX dossier_pauses_dossier ON dossier_pauses (dossier_id);

-- The province's exceptions to "Monday to Friday": days off on weekdays (holidays, Tết,
-- compensatory days) and worked weekend days (swaps). Edited by an admin; seeded 2025–2027.
CREATE TABLE calendar_days (
    day DATE PRIMARY KEY,
    kind TEXT NOT NULL,
    note TEXT NOT NULL
);
