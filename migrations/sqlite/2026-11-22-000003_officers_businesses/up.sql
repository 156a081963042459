-- Officers (agency, unit, roles, TOTP second factor), businesses and their members, and links
-- to external identity providers (OpenID Connect). Same tables and columns on both backends.

-- Second factor. The TOTP secret is kept (it must be, to check codes); `totp_enabled_at` is set
-- when the holder proved they enrolled it; `totp_last_step` refuses a code used twice.
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT;

-- One-time recovery codes for a lost authenticator; only their SHA-256 is stored.
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_account ON recovery_codes (account_id);

-- Units (phòng, ban, bộ phận) inside an agency.
CREATE TABLE agency_units (
    id INTEGER PRIMARY KEY,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (agency_id, code)
);

CREATE TABLE officers (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    unit_id BIGINT REFERENCES agency_units (id),
    title TEXT
);
CREATE INDEX officers_agency ON officers (agency_id);

CREATE TABLE officer_roles (
    account_id BIGINT NOT NULL REFERENCES officers (account_id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_at TIMESTAMP NOT NULL,
    granted_by BIGINT REFERENCES accounts (id),
    PRIMARY KEY (account_id, role)
);

CREATE TABLE businesses (
    id INTEGER PRIMARY KEY,
    tax_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    representative TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE business_members (
    business_id BIGINT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    joined_at TIMESTAMP NOT NULL,
    invited_by BIGINT REFERENCES accounts (id),
    PRIMARY KEY (business_id, account_id)
);
CREATE INDEX business_members_account ON business_members (account_id);

-- Invitations by e-mail; the link's token is stored hashed and works once.
CREATE TABLE business_invitations (
    token_hash TEXT PRIMARY KEY,
    business_id BIGINT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_by BIGINT REFERENCES accounts (id)
);
CREATE INDEX business_invitations_business ON business_invitations (business_id);

-- An account signed in through an identity provider: (issuer, subject) names the person there.
CREATE TABLE account_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    linked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (issuer, subject)
);

-- OpenID Connect sign-ins in flight: the state (hashed), the PKCE verifier and the nonce, for
-- ten minutes, used once. Kept in the database so any replica can take the callback.
CREATE TABLE oidc_logins (
    state_hash TEXT PRIMARY KEY,
    pkce_verifier TEXT NOT NULL,
    nonce TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
