-- A fee waived by the counter for an applicant in an exempt group (the catalog's exemption
-- rules), with the reason and the officer; the fee amount stays on record.
ALTER TABLE dossiers ADD COLUMN fee_exemption TEXT;
ALTER TABLE dossiers ADD COLUMN fee_exempted_by BIGINT REFERENCES accounts (id);
