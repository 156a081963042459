-- Rate limits shared by the portal's replicas (issue #20): one row per limit and client, the
-- start of its current window and its hits, counted by one upsert. Used on PostgreSQL; SQLite (one process)
-- counts in memory and keeps the table for the schemas' parity. Pruned by the daily upkeep.
CREATE TABLE rate_windows (
    scope TEXT NOT NULL,
    client TEXT NOT NULL,
    window_start TIMESTAMP NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX rate_windows_start ON rate_windows (window_start);
