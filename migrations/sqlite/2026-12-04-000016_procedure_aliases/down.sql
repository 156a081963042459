ALTER TABLE procedures DROP COLUMN aliases;
