-- The appointment as the receipt (Mẫu 01) issued it at reception: a later extension (a pause,
-- an approved apology) moves `due_at`, never what the applicant was handed; a reprint shows this.
ALTER TABLE dossiers ADD COLUMN issued_due_at TIMESTAMP;
