//! The kinds of background job the worker runs. A job row keeps its kind as a code; the worker
//! reads it with `JobKind::parse`, and a code it does not know fails the job (retried, then shown
//! as failed to the system administrator), so a job from a newer version is never run as another.

crate::code::coded_enum! {
    /// A job's kind (`jobs.kind`).
    JobKind {
        /// The officers' morning digest of what is due (once a day).
        DueDigest => "due_digest",
        /// Ask the payment gateway about payments still pending after their window (every 5 minutes).
        ReconcilePayments => "reconcile_payments",
        /// Daily upkeep: everything past its keeping time.
        Prune => "prune",
        /// Daily: files no dossier holds and objects no row names.
        CollectFiles => "collect_files",
        /// Hourly: open dossiers whose appointment passed, counted late in the statistics.
        CountOverdue => "count_overdue",
        /// Write one export's file (`export_jobs`; the payload is its id), when asked.
        Export => "export",
    }
}
