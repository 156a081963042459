-- A procedure being changed in the portal's catalog editor: the whole document as JSON
-- (`shared::catalog::ProcedureDocument`), complete or not, until it is published as a version.
-- `revision` guards every save, so two administrators cannot overwrite each other's work;
-- the agency (the document's, kept in step) decides who may edit it.
CREATE TABLE catalog_drafts (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    document_json TEXT NOT NULL,
    revision INTEGER NOT NULL,
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL
);
