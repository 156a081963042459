DROP TABLE message_templates;
DROP TABLE dossier_notes;
DROP TABLE dossier_reads;
DROP TABLE dossier_message_files;
DROP TABLE dossier_messages;
