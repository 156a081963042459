-- A case (trường hợp) may have an e-form of its own, built like the procedure's: the builder's
-- draft row is per procedure and case ('' for the procedure's own form).
ALTER TABLE form_drafts ADD COLUMN case_key TEXT NOT NULL DEFAULT '';
ALTER TABLE form_drafts DROP CONSTRAINT form_drafts_pkey;
ALTER TABLE form_drafts ADD PRIMARY KEY (code, case_key);
