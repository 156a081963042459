-- Online filing: e-forms per procedure version, dossiers (drafts included), their documents in
-- the owner's document store, their timeline, the daily code sequence per agency, and a
-- fixed-window rate limit for the public lookup. Same tables and columns on both backends.

-- An e-form of a procedure version (and case); the schema is JSON (`shared::eform`).
CREATE TABLE procedure_forms (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    case_key TEXT,
    form_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    schema_json TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (procedure_id, form_key, version)
);

-- A dossier, from draft on. `code` is given at submission; `version` guards every change
-- (UPDATE … WHERE version = ?). The owner (chủ hồ sơ) is stored apart from the filer.
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    form_id BIGINT NOT NULL REFERENCES procedure_forms (id),
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    filer_account_id BIGINT NOT NULL REFERENCES accounts (id),
    business_id BIGINT REFERENCES businesses (id),
    owner_kind TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    owner_id_number TEXT,
    owner_phone TEXT,
    form_data TEXT NOT NULL,
    identity_verified BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP
);
CREATE INDEX dossiers_filer ON dossiers (filer_account_id, status);
CREATE INDEX dossiers_business ON dossiers (business_id, status);
CREATE INDEX dossiers_agency ON dossiers (agency_id, status);

-- The owner's document store: every uploaded file, reusable across dossiers. The object key is
-- made by the server, never from the client's file name (kept only as display text).
CREATE TABLE stored_files (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    object_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX stored_files_account ON stored_files (account_id);

-- A file given for one document requirement (by ordinal) of a dossier.
CREATE TABLE dossier_documents (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    requirement INTEGER NOT NULL,
    file_id BIGINT NOT NULL REFERENCES stored_files (id),
    added_at TIMESTAMP NOT NULL
);
CREATE INDEX dossier_documents_dossier ON dossier_documents (dossier_id);

-- The timeline: every status change (who, when, from, to, note); the public ones are shown by
-- the status lookup.
CREATE TABLE dossier_events (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    actor_account_id BIGINT,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT,
    public BOOLEAN NOT NULL
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id);

-- The day's last sequence number per receiving agency, taken inside the submitting transaction
-- with one upsert, so codes have no gaps and no duplicates.
CREATE TABLE dossier_code_counters (
    agency_id BIGINT NOT NULL,
    day TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (agency_id, day)
);

-- Requests per key in the current fixed window (public lookup per client address).
CREATE TABLE rate_limits (
    limit_key TEXT PRIMARY KEY,
    window_start TIMESTAMP NOT NULL,
    hits INTEGER NOT NULL
);
