ALTER TABLE dossiers DROP COLUMN fee_exempted_by;
ALTER TABLE dossiers DROP COLUMN fee_exemption;
