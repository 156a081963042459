-- Exports of a list of dossiers (issue #19): asked for by an officer (their agency's) or a
-- business member (the business's), written by a background job (`jobs` kind `export`, payload
-- the id) into a temporary file and then into the object store under
-- `exports/{id}/{attempt}/...`. `object_key` is set, with `state` 'ready', only in the update
-- that ends a complete attempt (`attempt` still this one): a worker that dies mid-way leaves no
-- key, so no half file is ever offered; the next attempt removes what the last one left and
-- starts again. `request` is the checked request as JSON (`shared::exports::ExportRequest`).
CREATE TABLE export_jobs (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    request TEXT NOT NULL,
    state TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    rows_total BIGINT,
    rows_done BIGINT NOT NULL DEFAULT 0,
    size_bytes BIGINT,
    object_key TEXT,
    file_name TEXT,
    error TEXT,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    expires_at TIMESTAMP
);
CREATE INDEX export_jobs_account ON export_jobs (account_id, id);
CREATE INDEX export_jobs_expires ON export_jobs (expires_at);
