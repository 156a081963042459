-- Online fee payment (level 4): when a procedure's fee is due, the fee of each dossier, the
-- payments and refunds through the gateway, every raw signed message for audit, and the
-- built-in sandbox gateway's own ledger.

-- 'submission' (paid before reception) or 'result' (paid before the result is released).
ALTER TABLE procedures ADD COLUMN fee_due TEXT NOT NULL DEFAULT 'submission';

-- The fee computed at submission from the procedure's online offer, in đồng.
ALTER TABLE dossiers ADD COLUMN fee_amount BIGINT NOT NULL DEFAULT 0;
-- Paid online through the province's gateway (Decision 766: DuocThanhToanTrucTuyen = 2).
ALTER TABLE dossiers ADD COLUMN paid_at TIMESTAMP;

-- One attempt to pay a dossier's fee. `txn_ref` is the merchant reference sent to the gateway;
-- the state changes only on a verified IPN or a reconciliation query, never on a redirect.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    txn_ref TEXT NOT NULL UNIQUE,
    amount BIGINT NOT NULL,
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    gateway_txn_no TEXT,
    bank_code TEXT,
    pay_date TEXT,
    response_code TEXT,
    refunded_amount BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX payments_dossier ON payments (dossier_id);
CREATE INDEX payments_state ON payments (state, expires_at);

-- A refund of a paid payment (full or partial), started from the back office.
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    payment_id BIGINT NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    request_id TEXT NOT NULL UNIQUE,
    amount BIGINT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_by BIGINT NOT NULL REFERENCES accounts (id),
    requested_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    response_code TEXT
);
CREATE INDEX refunds_payment ON refunds (payment_id);

-- Every message exchanged with the gateway, as received or sent (signed parameters, JSON),
-- whether its signature held, for audit and disputes.
CREATE TABLE payment_messages (
    id INTEGER PRIMARY KEY,
    payment_id BIGINT REFERENCES payments (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    raw TEXT NOT NULL,
    verified BOOLEAN NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX payment_messages_payment ON payment_messages (payment_id);

-- The built-in sandbox gateway's ledger (only used when the sandbox is on): what the payer chose,
-- so that its query and refund answers agree with its notifications.
CREATE TABLE sandbox_transactions (
    txn_ref TEXT PRIMARY KEY,
    transaction_no TEXT NOT NULL UNIQUE,
    amount BIGINT NOT NULL,
    response_code TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    refunded BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);
