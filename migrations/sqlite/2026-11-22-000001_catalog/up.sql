-- Catalog of administrative procedures. Same tables and columns as the PostgreSQL migration of the
-- same name (a test checks it). Dates are ISO text in SQLite.

CREATE TABLE admin_units (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent_id BIGINT REFERENCES admin_units (id),
    valid_from DATE NOT NULL,
    valid_to DATE,
    successor_id BIGINT REFERENCES admin_units (id)
);

CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    admin_unit_id BIGINT NOT NULL REFERENCES admin_units (id),
    parent_id BIGINT REFERENCES agencies (id),
    address TEXT,
    phone TEXT
);

CREATE TABLE fields (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE procedures (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    other_key TEXT NOT NULL,
    field_id BIGINT NOT NULL REFERENCES fields (id),
    level TEXT NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    target_subjects TEXT NOT NULL,
    online_level TEXT NOT NULL,
    eligible_full_online BOOLEAN NOT NULL,
    result TEXT NOT NULL,
    effective_from DATE NOT NULL,
    effective_to DATE,
    publication_decision TEXT,
    UNIQUE (code, version)
);
CREATE INDEX procedures_field ON procedures (field_id);
CREATE INDEX procedures_agency ON procedures (agency_id);
CREATE INDEX procedures_effective ON procedures (effective_to, effective_from);

CREATE TABLE procedure_cases (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    case_key TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    UNIQUE (procedure_id, case_key)
);

CREATE TABLE channel_offers (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    channel TEXT NOT NULL,
    case_key TEXT,
    time_value INTEGER NOT NULL,
    time_unit TEXT NOT NULL,
    same_day_cutoff TEXT,
    note TEXT
);
CREATE INDEX channel_offers_procedure ON channel_offers (procedure_id);

CREATE TABLE fee_items (
    id INTEGER PRIMARY KEY,
    channel_offer_id BIGINT NOT NULL REFERENCES channel_offers (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    formula TEXT NOT NULL,
    exemptions TEXT,
    legal_basis TEXT
);
CREATE INDEX fee_items_offer ON fee_items (channel_offer_id);

CREATE TABLE document_requirements (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    case_key TEXT,
    name TEXT NOT NULL,
    originals INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    form_template TEXT,
    mandatory BOOLEAN NOT NULL,
    applies_when TEXT
);
CREATE INDEX document_requirements_procedure ON document_requirements (procedure_id);

-- Ordered text parts of a procedure: kind is 'step', 'condition' or 'legal_basis'.
CREATE TABLE procedure_clauses (
    id INTEGER PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX procedure_clauses_procedure ON procedure_clauses (procedure_id);
