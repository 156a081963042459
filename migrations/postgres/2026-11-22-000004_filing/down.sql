DROP TABLE rate_limits;
DROP TABLE dossier_code_counters;
DROP TABLE dossier_events;
DROP TABLE dossier_documents;
DROP TABLE stored_files;
DROP TABLE dossiers;
DROP TABLE procedure_forms;
