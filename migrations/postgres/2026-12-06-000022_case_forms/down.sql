DELETE FROM form_drafts WHERE case_key <> '';
ALTER TABLE form_drafts DROP CONSTRAINT form_drafts_pkey;
ALTER TABLE form_drafts DROP COLUMN case_key;
ALTER TABLE form_drafts ADD PRIMARY KEY (code);
