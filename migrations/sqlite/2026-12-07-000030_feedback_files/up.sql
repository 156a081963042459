-- The files a sender attaches to their feedback: kept in the office's store (`files/office/…`,
-- `stored_files.account_id` NULL, outside any citizen's quota) and held by this link, so the
-- daily collection keeps them as it keeps a dossier's documents.
CREATE TABLE feedback_files (
    feedback_id BIGINT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES stored_files (id),
    PRIMARY KEY (feedback_id, file_id)
);
CREATE INDEX feedback_files_file ON feedback_files (file_id);
