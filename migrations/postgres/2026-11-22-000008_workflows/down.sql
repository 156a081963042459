DROP TABLE dossier_apologies;
DROP TABLE dossier_tasks;
DROP INDEX dossiers_unit;
DROP INDEX dossiers_at_agency;
ALTER TABLE dossiers DROP COLUMN assignee_account_id;
ALTER TABLE dossiers DROP COLUMN at_agency_id;
ALTER TABLE dossiers DROP COLUMN step_index;
ALTER TABLE dossiers DROP COLUMN workflow_id;
DROP TABLE workflows;
