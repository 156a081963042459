-- A case (trường hợp) may have an e-form of its own, built like the procedure's: the builder's
-- draft row is per procedure and case ('' for the procedure's own form). SQLite cannot change a
-- primary key, so the table is rebuilt with its rows.
CREATE TABLE form_drafts_new (
    code TEXT NOT NULL,
    case_key TEXT NOT NULL DEFAULT '',
    base_version INTEGER NOT NULL,
    schema_json TEXT,
    revision INTEGER NOT NULL,
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (code, case_key)
);
INSERT INTO form_drafts_new (code, case_key, base_version, schema_json, revision, updated_by, updated_at)
    SELECT code, '', base_version, schema_json, revision, updated_by, updated_at FROM form_drafts;
DROP TABLE form_drafts;
ALTER TABLE form_drafts_new RENAME TO form_drafts;
