-- A person's dossiers newest first, a page at a time (/ho-so): read along the index instead of
-- sorting all of a frequent filer's dossiers on every page.
CREATE INDEX dossiers_filer_recent ON dossiers (filer_account_id, updated_at, id);
