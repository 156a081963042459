CREATE TABLE form_drafts_old (
    code TEXT PRIMARY KEY NOT NULL,
    base_version INTEGER NOT NULL,
    schema_json TEXT,
    revision INTEGER NOT NULL,
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO form_drafts_old (code, base_version, schema_json, revision, updated_by, updated_at)
    SELECT code, base_version, schema_json, revision, updated_by, updated_at FROM form_drafts WHERE case_key = '';
DROP TABLE form_drafts;
ALTER TABLE form_drafts_old RENAME TO form_drafts;
