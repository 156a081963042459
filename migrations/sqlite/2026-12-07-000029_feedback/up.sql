-- Feedback and proposals (phản ánh, kiến nghị; issue #18): one row per feedback, from a sender
-- with an account (`sender_account_id`) or confirmed through the link mailed to them, whose
-- secret also opens the sender's own page (`follow_hash`, its SHA-256). `state`, `topic` and
-- `kind` are `shared::feedback` codes. The time limits run from `received_at` (confirmation)
-- on the working calendar: `refuse_due`, `info_due`, `resolve_due`; `publish_due` from the
-- answer.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    sender_account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    sender_name TEXT NOT NULL,
    sender_email TEXT NOT NULL,
    sender_phone TEXT,
    follow_hash TEXT NOT NULL,
    topic TEXT NOT NULL,
    reference TEXT,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    kind TEXT,
    agency_id BIGINT REFERENCES agencies (id),
    created_at TIMESTAMP NOT NULL,
    received_at TIMESTAMP,
    refuse_due TIMESTAMP,
    info_due TIMESTAMP,
    resolve_due TIMESTAMP,
    assigned_at TIMESTAMP,
    refused_at TIMESTAMP,
    refusal TEXT,
    answered_at TIMESTAMP,
    answer TEXT,
    answer_public BOOLEAN NOT NULL DEFAULT FALSE,
    publish_due TIMESTAMP,
    published_at TIMESTAMP,
    rating TEXT,
    rated_at TIMESTAMP
);
CREATE INDEX feedback_state ON feedback (state, received_at);
CREATE INDEX feedback_agency ON feedback (agency_id, state);
CREATE INDEX feedback_published ON feedback (published_at) WHERE published_at IS NOT NULL;

-- What happened to a feedback, in order: who (an officer; none for the sender), what, a note.
CREATE TABLE feedback_events (
    id INTEGER PRIMARY KEY,
    feedback_id BIGINT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    actor_account_id BIGINT REFERENCES accounts (id),
    action TEXT NOT NULL,
    note TEXT
);
CREATE INDEX feedback_events_of ON feedback_events (feedback_id, id);
