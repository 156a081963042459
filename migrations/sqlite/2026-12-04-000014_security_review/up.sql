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
