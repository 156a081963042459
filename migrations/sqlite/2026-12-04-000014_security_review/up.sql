-- A national sign-in whose ID number is held by an account that registered it itself (never
-- proven): the person chooses to link that account (with its password) or to take a new one.
-- The provider's answer waits here, behind a single-use token kept hashed, for 10 minutes.
CREATE TABLE federated_links (
    token_hash TEXT PRIMARY KEY,
    holder_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    id_number TEXT NOT NULL,
    full_name TEXT,
    email TEXT,
    email_verified BOOLEAN NOT NULL,
    birthdate DATE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

-- Browsers an account signed in from: a sign-in from one of them is throttled by its own count,
-- so failures from elsewhere (someone guessing) never slow the owner down. The cookie holds a
-- random token; only its SHA-256 is stored.
CREATE TABLE sign_in_devices (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_devices_account ON sign_in_devices (account_id);

-- Set when an administrator resets an officer's second factor: enrolling again then needs the
-- single-use link mailed to the officer, not the password alone.
ALTER TABLE accounts ADD COLUMN second_factor_reset_at TIMESTAMP;

-- A mail whose body carries a single-use link: once delivered, its body is redacted, so no
-- usable token stays in the database.
ALTER TABLE outbox_mail ADD COLUMN single_use_link BOOLEAN NOT NULL DEFAULT FALSE;

-- A business is usable for filing only once its representation is verified: the registrant is
-- the legal representative whose ID number the national provider vouched for, or an officer of
-- the business registry approved it. Members are owners (who manage members) or members.
ALTER TABLE businesses ADD COLUMN representative_id TEXT;
ALTER TABLE businesses ADD COLUMN verified_at TIMESTAMP;
ALTER TABLE businesses ADD COLUMN verified_how TEXT;
ALTER TABLE businesses ADD COLUMN verified_by BIGINT REFERENCES accounts (id);
ALTER TABLE business_members ADD COLUMN role TEXT NOT NULL DEFAULT 'member';
UPDATE business_members SET role = 'owner'
    WHERE account_id = (SELECT created_by FROM businesses WHERE businesses.id = business_members.business_id);

-- A claim that a tax code was registered by someone who does not represent the business; an
-- officer of the business registry decides it.
CREATE TABLE business_claims (
    id INTEGER PRIMARY KEY,
    business_id BIGINT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    claimant_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    decided_by BIGINT REFERENCES accounts (id),
    outcome TEXT
);
CREATE INDEX business_claims_open ON business_claims (decided_at);

-- Four eyes on large refunds: who approved one that waited for a second officer.
ALTER TABLE refunds ADD COLUMN approved_by BIGINT REFERENCES accounts (id);
ALTER TABLE refunds ADD COLUMN approved_at TIMESTAMP;

-- When a file lost the last dossier holding it: collected a grace period later (filing/orphans.rs).
ALTER TABLE stored_files ADD COLUMN unlinked_at TIMESTAMP;
