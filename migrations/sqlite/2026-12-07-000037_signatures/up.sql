-- Each agency signs the papers it issues (PAdES, issue #19) with its own key. `certificate` is
-- the X.509 certificate (PEM), public; `sealed_key` the PKCS#8 private key encrypted under the
-- server key (`ServerKey::seal_signing_key`, the agency's id bound in): a database dump alone
-- signs nothing. Rows are never changed: a new key is a new row, the newest in use; the old ones
-- stay to name who signed what. `demo` marks a self-signed certificate made for the demo.
CREATE TABLE signing_keys (
    id INTEGER PRIMARY KEY,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    certificate TEXT NOT NULL,
    sealed_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    not_after TIMESTAMP NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX signing_keys_agency ON signing_keys (agency_id, id);

-- Every signed paper the portal handed out, by the SHA-256 of its bytes: the public check
-- (`/xac-thuc/{code}`) recognises an uploaded file as one the agency signed for that dossier.
CREATE TABLE signed_papers (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    signing_key_id BIGINT NOT NULL REFERENCES signing_keys (id),
    kind TEXT NOT NULL,
    signed_at TIMESTAMP NOT NULL
);
CREATE INDEX signed_papers_sha256 ON signed_papers (sha256);
