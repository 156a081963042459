ALTER TABLE monthly_stats DROP COLUMN changes;
