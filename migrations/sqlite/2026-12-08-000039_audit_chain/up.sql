-- The audit log made tamper-evident (issue #20). Rows are inserted as before; a sealer links
-- them afterwards, in order, into a hash chain: `chain_seq` is the row's place in the chain,
-- `prev_hash` the hash of the row before it and `hash` SHA-256 over that and the row's content.
-- `audit_chain_head` holds the last link. Changing or removing a sealed row breaks the chain, which
-- `portal audit verify` finds. Writers never take the head: only the sealer does.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log (chain_seq);
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_seq IS NULL;

CREATE TABLE audit_chain_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    sealed_at TIMESTAMP
);
INSERT INTO audit_chain_head (id, seq, hash, sealed_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- Append-only: no delete, and the only update allowed is the sealing of a row not yet sealed.
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_seal_once BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
    OR NEW.id IS NOT OLD.id
    OR NEW.at IS NOT OLD.at
    OR NEW.event IS NOT OLD.event
    OR NEW.actor_account_id IS NOT OLD.actor_account_id
    OR NEW.subject IS NOT OLD.subject
    OR NEW.ip IS NOT OLD.ip
    OR NEW.detail IS NOT OLD.detail
BEGIN
    SELECT RAISE(ABORT, 'audit_log rows are sealed once and never changed');
END;
