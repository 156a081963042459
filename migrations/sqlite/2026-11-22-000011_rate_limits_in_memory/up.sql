-- Rate limits are counted in memory (server/src/services/rate_limit.rs): a database row per
-- client made every public lookup a write.
DROP TABLE rate_limits;
