-- The counter's queue in its order (oldest first), holding only the dossiers that wait at the
-- counter: a page of a 20,000-dossier queue walks this index instead of sorting the queue. The
-- predicate is written exactly as the query writes it (services/backoffice/queue.rs: AT_COUNTER).
CREATE INDEX dossiers_counter_queue ON dossiers (agency_id, submitted_at, id, status) WHERE status IN ('ChoTiepNhan', 'DaBoSung', 'DaTiepNhan', 'DaXuLyXong');
