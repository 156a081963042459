DROP TABLE calendar_days;
DROP TABLE dossier_pauses;
ALTER TABLE dossiers DROP COLUMN finished_at;
ALTER TABLE dossiers DROP COLUMN supplement_requests;
ALTER TABLE dossiers DROP COLUMN unit_id;
ALTER TABLE dossiers DROP COLUMN due_at;
ALTER TABLE dossiers DROP COLUMN received_at;
