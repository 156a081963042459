-- An officer's saved queue views (issue #19): a name and the queue filter's query string
-- (`QueueFilter::query`), shown beside the filters with how many dossiers each holds now.
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (account_id, name)
);
