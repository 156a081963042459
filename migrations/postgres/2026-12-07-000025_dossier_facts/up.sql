-- The per-dossier facts Decision 766 scores and the national portal's sync carries (domain
-- brief §5.2), and dossiers received at the counter or by post.
--
-- A walk-in or postal applicant needs no account: such a dossier has no filer, and the scans the
-- counter makes of its papers are kept by the office (a stored file without an account).
ALTER TABLE dossiers ALTER COLUMN filer_account_id DROP NOT NULL;
ALTER TABLE stored_files ALTER COLUMN account_id DROP NOT NULL;
-- KenhThucHien: 1 at the counter, 2 online, 3 by post. Every dossier so far came in online.
ALTER TABLE dossiers ADD COLUMN channel INTEGER NOT NULL DEFAULT 2;
-- Where the applicant takes the result (the same three codes), and when it was handed over.
ALTER TABLE dossiers ADD COLUMN return_channel INTEGER NOT NULL DEFAULT 2;
ALTER TABLE dossiers ADD COLUMN returned_at TIMESTAMP;
-- The e-mail address the applicant gave for the receipt and notices (a walk-in's own word).
ALTER TABLE dossiers ADD COLUMN owner_email TEXT;
-- DuocThanhToanTrucTuyen: 0 not online (at the counter or not at all), 1 on the national
-- portal, 2 through the province's own gateway. Every payment so far went through the gateway.
ALTER TABLE dossiers ADD COLUMN paid_online INTEGER NOT NULL DEFAULT 0;
UPDATE dossiers SET paid_online = 2 WHERE paid_at IS NOT NULL;
-- A component whose file the applicant's store already held (indicator 4.3, reuse).
ALTER TABLE dossier_documents ADD COLUMN reused BOOLEAN NOT NULL DEFAULT FALSE;
