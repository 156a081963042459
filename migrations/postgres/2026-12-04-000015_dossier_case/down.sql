ALTER TABLE dossiers DROP COLUMN case_key;
