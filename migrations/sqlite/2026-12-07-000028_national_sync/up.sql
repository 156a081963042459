-- The national portal's sync (issue #18): every status change of a dossier, with the fields
-- Decision 766 reads, is written here in the transaction of the change and delivered in order
-- per dossier by the worker (one event of a dossier in flight at a time; the event's id is the
-- idempotency key the receiver dedupes on). `next_at` is the next attempt, or the lease while
-- a worker delivers it; `delivered_at` ends it.
CREATE TABLE sync_events (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX sync_events_pending ON sync_events (dossier_id, id) WHERE delivered_at IS NULL;
CREATE INDEX sync_events_due ON sync_events (next_at) WHERE delivered_at IS NULL;

-- TrangThaiDongBoDVC as this portal codes it: 0 not yet delivered, 1 every change delivered,
-- 2 a delivery failing (retried with backoff).
ALTER TABLE dossiers ADD COLUMN sync_state INTEGER NOT NULL DEFAULT 0;
