DROP INDEX dossiers_due;
DROP INDEX dossiers_results_of_procedure;
ALTER TABLE dossiers DROP COLUMN stats_working_days_x100;
ALTER TABLE dossiers DROP COLUMN stats_flags;
ALTER TABLE dossiers DROP COLUMN stats_day;
DROP TABLE yearly_stats;
DROP TABLE monthly_stats;
DROP TABLE daily_stats;
