-- Back to a filer and a file owner on every row: dossiers and files without one cannot survive
-- it. The same rebuild as up.sql, in reverse.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
DELETE FROM dossier_documents WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL)
    OR file_id IN (SELECT id FROM stored_files WHERE account_id IS NULL);
DELETE FROM dossier_events WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM dossier_pauses WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM notices WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM dossier_tasks WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM dossier_apologies WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM refunds WHERE payment_id IN (SELECT id FROM payments WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL));
DELETE FROM payments WHERE dossier_id IN (SELECT id FROM dossiers WHERE filer_account_id IS NULL);
DELETE FROM dossiers WHERE filer_account_id IS NULL;
DELETE FROM stored_files WHERE account_id IS NULL;
ALTER TABLE dossier_documents DROP COLUMN reused;

CREATE TABLE dossiers_rebuilt (
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
    submitted_at TIMESTAMP,
    received_at TIMESTAMP,
    due_at TIMESTAMP,
    unit_id BIGINT REFERENCES agency_units (id),
    supplement_requests INTEGER NOT NULL DEFAULT 0,
    finished_at TIMESTAMP,
    workflow_id BIGINT REFERENCES workflows (id),
    step_index INTEGER,
    at_agency_id BIGINT REFERENCES agencies (id),
    assignee_account_id BIGINT REFERENCES accounts (id),
    fee_amount BIGINT NOT NULL DEFAULT 0,
    paid_at TIMESTAMP,
    fee_exemption TEXT,
    fee_exempted_by BIGINT REFERENCES accounts (id),
    case_key TEXT
);
INSERT INTO dossiers_rebuilt (id, code, status, version, procedure_id, form_id, agency_id,
    filer_account_id, business_id, owner_kind, owner_name, owner_id_number, owner_phone, form_data,
    identity_verified, created_at, updated_at, submitted_at, received_at, due_at, unit_id,
    supplement_requests, finished_at, workflow_id, step_index, at_agency_id, assignee_account_id,
    fee_amount, paid_at, fee_exemption, fee_exempted_by, case_key)
SELECT id, code, status, version, procedure_id, form_id, agency_id,
    filer_account_id, business_id, owner_kind, owner_name, owner_id_number, owner_phone, form_data,
    identity_verified, created_at, updated_at, submitted_at, received_at, due_at, unit_id,
    supplement_requests, finished_at, workflow_id, step_index, at_agency_id, assignee_account_id,
    fee_amount, paid_at, fee_exemption, fee_exempted_by, case_key
FROM dossiers;
DROP TABLE dossiers;
ALTER TABLE dossiers_rebuilt RENAME TO dossiers;
CREATE INDEX dossiers_filer ON dossiers (filer_account_id, status);
CREATE INDEX dossiers_business ON dossiers (business_id, status);
CREATE INDEX dossiers_agency ON dossiers (agency_id, status);
CREATE INDEX dossiers_at_agency ON dossiers (at_agency_id, status);
CREATE INDEX dossiers_unit ON dossiers (unit_id, status);
CREATE INDEX dossiers_counter_queue ON dossiers (agency_id, submitted_at, id, status) WHERE status IN ('ChoTiepNhan', 'DaBoSung', 'DaTiepNhan', 'DaXuLyXong');
CREATE INDEX dossiers_filer_recent ON dossiers (filer_account_id, updated_at, id);

CREATE TABLE stored_files_rebuilt (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    object_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    unlinked_at TIMESTAMP
);
INSERT INTO stored_files_rebuilt (id, account_id, object_key, display_name, content_type,
    size_bytes, sha256, created_at, unlinked_at)
SELECT id, account_id, object_key, display_name, content_type, size_bytes, sha256, created_at,
    unlinked_at
FROM stored_files;
DROP TABLE stored_files;
ALTER TABLE stored_files_rebuilt RENAME TO stored_files;
CREATE INDEX stored_files_account ON stored_files (account_id);

COMMIT;
PRAGMA foreign_keys = ON;
