-- How many times each month row was written (issue #18). Every change to a dossier's counts
-- writes its month row in the change's transaction, and `portal stats rebuild` writes every row
-- again, so the sum of `changes` over a year's rows grows whenever any sum of that year changes:
-- the public statistics keep what they summed and read it again only when that number moved. It
-- rides on the row the change already writes, so no single counter row serialises the changes.
ALTER TABLE monthly_stats ADD COLUMN changes BIGINT NOT NULL DEFAULT 0;
