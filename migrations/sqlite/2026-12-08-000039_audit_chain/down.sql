DROP TRIGGER audit_log_seal_once;
DROP TRIGGER audit_log_no_delete;
DROP TABLE audit_chain_head;
DROP INDEX audit_log_unsealed;
DROP INDEX audit_log_chain_seq;
ALTER TABLE audit_log DROP COLUMN hash;
ALTER TABLE audit_log DROP COLUMN prev_hash;
ALTER TABLE audit_log DROP COLUMN chain_seq;
