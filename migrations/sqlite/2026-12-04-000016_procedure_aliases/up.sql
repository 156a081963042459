-- The words people search a procedure by besides its name (abbreviations such as GPXD, LLTP),
-- one per line: kept so that an export gives back what was imported.
ALTER TABLE procedures ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
