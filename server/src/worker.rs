//! The background worker: mail delivery and jobs (the officers' daily digest). It runs inside
//! `portal serve`, or alone as `portal worker`; several may run against one database, since
//! mail is leased per message and jobs are claimed with `FOR UPDATE SKIP LOCKED`.

use crate::db::Db;
use crate::services::jobs::{self, Job};
use crate::services::notify::{self, smtp::SmtpSender};
use std::time::Duration;

/// Job kinds.
pub const DUE_DIGEST: &str = "due_digest";
/// Ask the payment gateway about payments still pending after their window (every 5 minutes).
pub const RECONCILE_PAYMENTS: &str = "reconcile_payments";
/// Daily upkeep: finished jobs and unverified gateway messages past their keeping time.
pub const PRUNE: &str = "prune";
/// When the digest goes out, Vietnam time.
const DIGEST_HOUR: u32 = 7;

/// Runs forever: mail delivery in one task, the job loop in this one.
pub async fn run(db: Db, payments: crate::services::payments::Payments, smtp: Option<SmtpSender>, worker_id: String) {
    tokio::spawn(notify::run_worker(db.clone(), smtp));
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        tick.tick().await;
        if let Err(e) = schedule_daily(&db).await {
            tracing::warn!(error = %format!("{e:#}"), "scheduling failed; will retry");
        }
        let (handler_db, handler_payments) = (db.clone(), payments.clone());
        let ran =
            jobs::run_once(&db, &worker_id, move |job| handle(handler_db.clone(), handler_payments.clone(), job)).await;
        if let Err(e) = ran {
            tracing::warn!(error = %format!("{e:#}"), "job loop failed; will retry");
        }
    }
}

/// Today's digest, once (the dedupe key is the date).
async fn schedule_daily(db: &Db) -> anyhow::Result<()> {
    let today = crate::services::today_in_vietnam();
    let at = today.and_hms_opt(DIGEST_HOUR, 0, 0).unwrap_or_default() - chrono::Duration::hours(7);
    let key = today.format("%Y-%m-%d").to_string();
    let prune_key = key.clone();
    db.run(move |conn| jobs::schedule(conn, DUE_DIGEST, &key, "", at)).await?;
    db.run(move |conn| jobs::schedule(conn, PRUNE, &prune_key, "", at)).await?;
    // One reconciliation per five-minute slot.
    let now = chrono::Utc::now().naive_utc();
    let slot = now.and_utc().timestamp() / 300;
    db.run(move |conn| jobs::schedule(conn, RECONCILE_PAYMENTS, &slot.to_string(), "", now)).await?;
    Ok(())
}

/// Runs one job. Unknown kinds fail (and end as failed after the retries, for an admin to see).
pub async fn handle(db: Db, payments: crate::services::payments::Payments, job: Job) -> Result<(), String> {
    match job.kind.as_str() {
        // A gateway that cannot be reached fails the job, which is retried with backoff.
        RECONCILE_PAYMENTS => payments.reconcile().await.map(drop).map_err(|e| format!("{e:#}")),
        PRUNE => db
            .run(|conn| {
                let now = chrono::Utc::now().naive_utc();
                let finished_jobs = jobs::prune(conn, now)?;
                let unverified_messages = crate::services::payments::prune_unverified(conn, now)?;
                tracing::info!(finished_jobs, unverified_messages, "pruned");
                Ok(())
            })
            .await
            .map_err(|e| e.to_string()),
        DUE_DIGEST => db
            .run(|conn| crate::services::backoffice::digest::send_due_digest(conn, chrono::Utc::now().naive_utc()))
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
        other => Err(format!("unknown job kind {other}")),
    }
}
