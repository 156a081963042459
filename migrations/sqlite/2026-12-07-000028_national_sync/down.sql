ALTER TABLE dossiers DROP COLUMN sync_state;
DROP TABLE sync_events;
