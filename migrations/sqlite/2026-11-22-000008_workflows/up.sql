-- Workflows as data, the tasks a dossier goes through, and the apology letter (Mẫu 04).

-- One version of a procedure's workflow: the ordered steps as JSON (`shared::workflow`), each
-- with its kind, the unit or other agency (liên thông) that does it, and its time budget. A
-- version is never edited: a change is a new version, and a dossier keeps the one it was
-- received under.
CREATE TABLE workflows (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    version INTEGER NOT NULL,
    steps_json TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (procedure_id, version)
);

ALTER TABLE dossiers ADD COLUMN workflow_id BIGINT REFERENCES workflows (id);
-- The step it is at (index into the workflow's steps), from reception on.
ALTER TABLE dossiers ADD COLUMN step_index INTEGER;
-- The agency whose step it is (another one during a liên thông step); null: the receiving one.
ALTER TABLE dossiers ADD COLUMN at_agency_id BIGINT REFERENCES agencies (id);
-- The specialist who took it in the unit of the current step.
ALTER TABLE dossiers ADD COLUMN assignee_account_id BIGINT REFERENCES accounts (id);
CREATE INDEX dossiers_at_agency ON dossiers (at_agency_id, status);
CREATE INDEX dossiers_unit ON dossiers (unit_id, status);

-- One stay of a dossier at one step: who handed it over and when, its due time from the step's
-- budget, who took it, when and how it left. The processing-control sheet (Mẫu 06) is a view of
-- these rows; a step visited twice (sent back, or paused for a supplement) has two rows.
CREATE TABLE dossier_tasks (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    step_index INTEGER NOT NULL,
    step_name TEXT NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    unit_id BIGINT REFERENCES agency_units (id),
    handed_by BIGINT REFERENCES accounts (id),
    started_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP,
    assignee_account_id BIGINT REFERENCES accounts (id),
    finished_by BIGINT REFERENCES accounts (id),
    finished_at TIMESTAMP,
    outcome TEXT
);
CREATE INDEX dossier_tasks_dossier ON dossier_tasks (dossier_id);

-- The apology and new appointment for a dossier about to be late (Mẫu 04): drafted by an
-- officer, in force once a leader approves it. One per dossier (the law allows one extension).
CREATE TABLE dossier_apologies (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL UNIQUE REFERENCES dossiers (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    old_due_at TIMESTAMP NOT NULL,
    new_due_at TIMESTAMP NOT NULL,
    drafted_by BIGINT NOT NULL REFERENCES accounts (id),
    drafted_at TIMESTAMP NOT NULL,
    approved_by BIGINT REFERENCES accounts (id),
    approved_at TIMESTAMP
);
