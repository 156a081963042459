-- An e-form being built field by field in the portal (`/quan-tri/bieu-mau/{code}/soan`): the
-- whole schema as JSON (`shared::eform::FormSchema`) until it is published as the procedure's
-- next form version or thrown away (then NULL: the row stays, so `revision` never starts over).
-- `base_version` is the published version the draft started from (0: none), so a version
-- published meanwhile is not overwritten; `revision` guards every step, so two administrators
-- cannot undo each other's.
CREATE TABLE form_drafts (
    code TEXT PRIMARY KEY,
    base_version INTEGER NOT NULL,
    schema_json TEXT,
    revision INTEGER NOT NULL,
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL
);
