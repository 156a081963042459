ALTER TABLE dossiers DROP COLUMN issued_due_at;
