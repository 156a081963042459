-- Identity and access: accounts, server-side sessions, single-use tokens, sign-in throttling,
-- the audit log and the mail outbox. Same tables and columns as the PostgreSQL migration.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    email TEXT UNIQUE,
    email_verified_at TIMESTAMP,
    citizen_id TEXT UNIQUE,
    full_name TEXT NOT NULL,
    date_of_birth DATE,
    phone TEXT,
    password_hash TEXT,
    identity_verified BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP
);

-- Server-side sessions. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    idle_seconds INTEGER NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    ip TEXT,
    user_agent TEXT,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Single-use tokens sent by mail (verify e-mail, reset password); stored hashed.
CREATE TABLE auth_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX auth_tokens_account ON auth_tokens (account_id);

-- Failed sign-ins per key ('account:<id>' or 'ip:<address>'): backoff, then lockout.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    event TEXT NOT NULL,
    actor_account_id BIGINT,
    subject TEXT,
    ip TEXT,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Mail to send; written in the same transaction as what caused it, delivered by the worker.
CREATE TABLE outbox_mail (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_mail_pending ON outbox_mail (sent_at, next_attempt_at);
