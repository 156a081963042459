-- Precomputed statistics (issue #18): one row per receiving agency, procedure and day of
-- reception, holding the sums of what each dossier received that day counts for Decision 766
-- and the public statistics. Every column adds up, so a month or a year is a sum of days and no
-- report reads the dossiers themselves. A dossier's own contribution is kept on its row
-- (`stats_day`, `stats_flags`, `stats_working_days_x100`) so that when it changes (reception, finish,
-- payment, rating, sync) the old contribution is taken out and the new one put in, in the
-- transaction of the change. `portal stats rebuild` recomputes everything from the dossiers.
CREATE TABLE daily_stats (
    day DATE NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    received BIGINT NOT NULL DEFAULT 0,
    counter BIGINT NOT NULL DEFAULT 0,
    postal BIGINT NOT NULL DEFAULT 0,
    online BIGINT NOT NULL DEFAULT 0,
    early BIGINT NOT NULL DEFAULT 0,
    late BIGINT NOT NULL DEFAULT 0,
    synced BIGINT NOT NULL DEFAULT 0,
    with_fees BIGINT NOT NULL DEFAULT 0,
    paid_online BIGINT NOT NULL DEFAULT 0,
    paper_result BIGINT NOT NULL DEFAULT 0,
    electronic_result BIGINT NOT NULL DEFAULT 0,
    digitised BIGINT NOT NULL DEFAULT 0,
    reused BIGINT NOT NULL DEFAULT 0,
    shared BIGINT NOT NULL DEFAULT 0,
    vneid BIGINT NOT NULL DEFAULT 0,
    complained BIGINT NOT NULL DEFAULT 0,
    finished BIGINT NOT NULL DEFAULT 0,
    finished_late BIGINT NOT NULL DEFAULT 0,
    with_result BIGINT NOT NULL DEFAULT 0,
    -- Working days from reception to the result, waits for a supplement left out, in hundredths.
    working_days_x100 BIGINT NOT NULL DEFAULT 0,
    rated BIGINT NOT NULL DEFAULT 0,
    satisfied BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agency_id, procedure_id)
);
CREATE INDEX daily_stats_agency ON daily_stats (agency_id, day);

-- The same sums by month and agency (`month` = year × 100 + month, 202612), and by year, agency
-- and procedure: the public page reads a year as twelve rows per agency and one per procedure,
-- whatever the number of days and procedures behind them.
CREATE TABLE monthly_stats (
    month INTEGER NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    received BIGINT NOT NULL DEFAULT 0,
    counter BIGINT NOT NULL DEFAULT 0,
    postal BIGINT NOT NULL DEFAULT 0,
    online BIGINT NOT NULL DEFAULT 0,
    early BIGINT NOT NULL DEFAULT 0,
    late BIGINT NOT NULL DEFAULT 0,
    synced BIGINT NOT NULL DEFAULT 0,
    with_fees BIGINT NOT NULL DEFAULT 0,
    paid_online BIGINT NOT NULL DEFAULT 0,
    paper_result BIGINT NOT NULL DEFAULT 0,
    electronic_result BIGINT NOT NULL DEFAULT 0,
    digitised BIGINT NOT NULL DEFAULT 0,
    reused BIGINT NOT NULL DEFAULT 0,
    shared BIGINT NOT NULL DEFAULT 0,
    vneid BIGINT NOT NULL DEFAULT 0,
    complained BIGINT NOT NULL DEFAULT 0,
    finished BIGINT NOT NULL DEFAULT 0,
    finished_late BIGINT NOT NULL DEFAULT 0,
    with_result BIGINT NOT NULL DEFAULT 0,
    -- Working days from reception to the result, waits for a supplement left out, in hundredths.
    working_days_x100 BIGINT NOT NULL DEFAULT 0,
    rated BIGINT NOT NULL DEFAULT 0,
    satisfied BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, agency_id)
);
CREATE TABLE yearly_stats (
    year INTEGER NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    received BIGINT NOT NULL DEFAULT 0,
    counter BIGINT NOT NULL DEFAULT 0,
    postal BIGINT NOT NULL DEFAULT 0,
    online BIGINT NOT NULL DEFAULT 0,
    early BIGINT NOT NULL DEFAULT 0,
    late BIGINT NOT NULL DEFAULT 0,
    synced BIGINT NOT NULL DEFAULT 0,
    with_fees BIGINT NOT NULL DEFAULT 0,
    paid_online BIGINT NOT NULL DEFAULT 0,
    paper_result BIGINT NOT NULL DEFAULT 0,
    electronic_result BIGINT NOT NULL DEFAULT 0,
    digitised BIGINT NOT NULL DEFAULT 0,
    reused BIGINT NOT NULL DEFAULT 0,
    shared BIGINT NOT NULL DEFAULT 0,
    vneid BIGINT NOT NULL DEFAULT 0,
    complained BIGINT NOT NULL DEFAULT 0,
    finished BIGINT NOT NULL DEFAULT 0,
    finished_late BIGINT NOT NULL DEFAULT 0,
    with_result BIGINT NOT NULL DEFAULT 0,
    -- Working days from reception to the result, waits for a supplement left out, in hundredths.
    working_days_x100 BIGINT NOT NULL DEFAULT 0,
    rated BIGINT NOT NULL DEFAULT 0,
    satisfied BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year, agency_id, procedure_id)
);

-- What the dossier is counted as in `daily_stats` (NULL day: not counted, not yet received).
ALTER TABLE dossiers ADD COLUMN stats_day DATE;
ALTER TABLE dossiers ADD COLUMN stats_flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN stats_working_days_x100 BIGINT NOT NULL DEFAULT 0;
-- The recent results of a procedure, for its "usually done in"; and the open dossiers whose
-- appointment passes, which the daily upkeep recounts as late.
CREATE INDEX dossiers_results_of_procedure ON dossiers (procedure_id, finished_at);
CREATE INDEX dossiers_due ON dossiers (due_at) WHERE finished_at IS NULL;
