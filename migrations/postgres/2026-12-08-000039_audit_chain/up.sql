-- The audit log made tamper-evident (issue #20). Rows are inserted as before; a sealer links
-- them afterwards, in order, into a hash chain: `chain_seq` is the row's place in the chain,
-- `prev_hash` the hash of the row before it and `hash` SHA-256 over that and the row's content.
-- `audit_chain_head` holds the last link. Changing or removing a sealed row breaks the chain, which
-- `portal audit verify` finds. Writers never take the head: only the sealer does, under its lock.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log (chain_seq);
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_seq IS NULL;

CREATE TABLE audit_chain_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    sealed_at TIMESTAMP
);
INSERT INTO audit_chain_head (id, seq, hash, sealed_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- Append-only for everyone, the table's owner included: no delete, no truncate, and the only
-- update allowed is the sealing of a row not yet sealed (its three chain columns, nothing else).
-- The runtime role (`portal migrate --grant-to`) is moreover not the owner, so it cannot drop this.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_log is append-only';
    END IF;
    IF OLD.hash IS NOT NULL
        OR NEW.id IS DISTINCT FROM OLD.id
        OR NEW.at IS DISTINCT FROM OLD.at
        OR NEW.event IS DISTINCT FROM OLD.event
        OR NEW.actor_account_id IS DISTINCT FROM OLD.actor_account_id
        OR NEW.subject IS DISTINCT FROM OLD.subject
        OR NEW.ip IS DISTINCT FROM OLD.ip
        OR NEW.detail IS DISTINCT FROM OLD.detail THEN
        RAISE EXCEPTION 'audit_log rows are sealed once and never changed';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
