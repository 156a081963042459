-- Background jobs: claimed by workers (several replicas may run them), retried with backoff,
-- visible to a system admin. `dedupe_key` makes scheduling idempotent (one digest a day).
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    locked_until TIMESTAMP,
    locked_by TEXT,
    done_at TIMESTAMP,
    failed_at TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (kind, dedupe_key)
);
CREATE INDEX jobs_due ON jobs (done_at, failed_at, run_at);
