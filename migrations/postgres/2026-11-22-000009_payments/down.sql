DROP TABLE sandbox_transactions;
DROP TABLE payment_messages;
DROP TABLE refunds;
DROP TABLE payments;
ALTER TABLE dossiers DROP COLUMN paid_at;
ALTER TABLE dossiers DROP COLUMN fee_amount;
ALTER TABLE procedures DROP COLUMN fee_due;
