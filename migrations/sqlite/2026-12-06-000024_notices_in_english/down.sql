ALTER TABLE notices DROP COLUMN message_en;
