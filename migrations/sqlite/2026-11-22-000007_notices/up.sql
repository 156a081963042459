-- In-app notices to a person: one per change of their dossier, shown until marked read.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    dossier_id BIGINT REFERENCES dossiers (id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE INDEX notices_account ON notices (account_id, read_at);
