-- Opinions asked of other units (xin ý kiến, issue #19): whoever processes a dossier asks a unit
-- (usually of another agency) a question with a due date and files; that unit's officers see the
-- question and its files, never the dossier, and answer once. `due_on` is the last working day
-- of the time given (counted on the province's calendar); `send_key` (the question's form) and
-- `answer_key` (the answer's) make a retried post write once.
CREATE TABLE opinion_requests (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    asked_by_account_id BIGINT NOT NULL REFERENCES accounts (id),
    to_agency_id BIGINT NOT NULL REFERENCES agencies (id),
    to_unit_id BIGINT NOT NULL REFERENCES agency_units (id),
    question TEXT NOT NULL,
    due_on DATE NOT NULL,
    send_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    answer TEXT,
    answered_by_account_id BIGINT REFERENCES accounts (id),
    answered_at TIMESTAMP,
    answer_key TEXT,
    UNIQUE (dossier_id, send_key)
);
CREATE INDEX opinion_requests_dossier ON opinion_requests (dossier_id, id);
CREATE INDEX opinion_requests_unit ON opinion_requests (to_unit_id, answered_at, due_on);

-- The files sent with a question (`answer` false) or with its answer (true): kept in the office's
-- store and held by this link against the daily cleanup.
CREATE TABLE opinion_files (
    opinion_id BIGINT NOT NULL REFERENCES opinion_requests (id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES stored_files (id),
    answer BOOLEAN NOT NULL,
    PRIMARY KEY (opinion_id, file_id)
);
CREATE INDEX opinion_files_file ON opinion_files (file_id);
