-- The conversation around a dossier (issue #19). Messages between its applicant and the officers
-- handling it: `from_office` tells the side (an officer's account writes for the office), and
-- `send_key` is the one-time key of the form it was posted from, so a post retried after a
-- timeout writes it once. A message never changes the dossier's status, clock or version.
CREATE TABLE dossier_messages (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    author_account_id BIGINT NOT NULL REFERENCES accounts (id),
    from_office BOOLEAN NOT NULL,
    body TEXT NOT NULL,
    send_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (dossier_id, send_key)
);
CREATE INDEX dossier_messages_dossier ON dossier_messages (dossier_id, id);
CREATE INDEX dossier_messages_author ON dossier_messages (author_account_id, created_at);

-- A message's files: kept in the office's store (`stored_files.account_id` NULL, outside any
-- citizen's quota, within the thread's budget) and held by this link against the daily cleanup.
CREATE TABLE dossier_message_files (
    message_id BIGINT NOT NULL REFERENCES dossier_messages (id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES stored_files (id),
    PRIMARY KEY (message_id, file_id)
);
CREATE INDEX dossier_message_files_file ON dossier_message_files (file_id);

-- The last message each reader has seen of a dossier's thread: what is newer and from the other
-- side is unread for them.
CREATE TABLE dossier_reads (
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    last_message_id BIGINT NOT NULL,
    PRIMARY KEY (dossier_id, account_id)
);

-- Officers' private notes on a dossier: never shown to its applicant, in the public lookup or in
-- anything made for the applicant.
CREATE TABLE dossier_notes (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    author_account_id BIGINT NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    send_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (dossier_id, send_key)
);
CREATE INDEX dossier_notes_dossier ON dossier_notes (dossier_id, id);

-- The answers an officer keeps to write messages from; `{ma_ho_so}`, `{thu_tuc}` and
-- `{ngay_hen}` in `body` are filled for the dossier answered.
CREATE TABLE message_templates (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX message_templates_account ON message_templates (account_id);
