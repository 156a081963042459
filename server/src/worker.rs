//! The background worker: mail delivery, the national sync, the audit log's sealer and jobs (the officers' daily digest). It runs inside
//! `portal serve`, or alone as `portal worker`; several may run against one database, since
//! mail is leased per message and jobs are claimed with `FOR UPDATE SKIP LOCKED`.

use crate::db::Db;
use crate::services::jobs::{self, Job};
use crate::services::notify::{self, smtp::SmtpSender};
use shared::jobs::JobKind;
use std::time::Duration;

/// When the digest goes out, Vietnam time.
const DIGEST_HOUR: u32 = 7;

/// What the worker needs, taken from the portal's state and configuration.
#[derive(Clone)]
pub struct Worker {
    pub db: Db,
    pub store: crate::storage::Store,
    pub payments: std::sync::Arc<crate::services::payments::Payments>,
    pub smtp: Option<SmtpSender>,
    /// Delivers the national sync outbox, when an endpoint is configured.
    pub national_sync: Option<crate::services::national_sync::Sender>,
    /// Mail is kept whole for the demo mailbox (anyone may read it there).
    pub demo_mailbox: bool,
    /// The portal's address, for the links in the mails jobs send.
    pub base_url: url::Url,
    pub id: String,
}

impl Worker {
    pub fn new(state: &crate::http::AppState, config: &crate::config::Config, id: String) -> anyhow::Result<Self> {
        let smtp = match &config.smtp {
            Some(settings) => Some(SmtpSender::new(settings)?),
            None => None,
        };
        let national_sync = match &config.national_sync {
            Some(settings) => {
                Some(crate::services::national_sync::Sender::new(settings.clone(), config.base_url.clone())?)
            }
            None => None,
        };
        Ok(Self {
            db: state.db.clone(),
            store: state.store.clone(),
            payments: state.services.payments.clone(),
            smtp,
            national_sync,
            demo_mailbox: config.demo_mailbox,
            base_url: config.base_url.clone(),
            id,
        })
    }

    /// Runs forever: mail delivery in one task, the job loop in this one.
    pub async fn run(self) {
        tokio::spawn(notify::run_worker(self.db.clone(), self.smtp.clone(), self.demo_mailbox));
        tokio::spawn(crate::services::audit::chain::run_sealer(self.db.clone()));
        if let Some(sender) = self.national_sync.clone() {
            tokio::spawn(crate::services::national_sync::run_worker(self.db.clone(), sender));
        }
        let mut tick = tokio::time::interval(Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(e) = schedule_daily(&self.db).await {
                tracing::warn!(error = %format!("{e:#}"), "scheduling failed; will retry");
            }
            let worker = self.clone();
            let ran = jobs::run_once(&self.db, &self.id, move |job| handle(worker.clone(), job)).await;
            if let Err(e) = ran {
                tracing::warn!(error = %format!("{e:#}"), "job loop failed; will retry");
            }
        }
    }
}

/// Today's digest, once (the dedupe key is the date).
async fn schedule_daily(db: &Db) -> anyhow::Result<()> {
    let today = shared::time::today();
    let at = shared::time::utc(today.and_hms_opt(DIGEST_HOUR, 0, 0).unwrap_or_default());
    let key = shared::time::iso_date(today);
    for kind in [JobKind::DueDigest, JobKind::Prune, JobKind::CollectFiles] {
        let key = key.clone();
        db.run(move |conn| jobs::schedule(conn, kind.code(), &key, "", at)).await?;
    }
    // One reconciliation per five-minute slot.
    let now = shared::time::now();
    let slot = now.and_utc().timestamp() / 300;
    db.run(move |conn| jobs::schedule(conn, JobKind::ReconcilePayments.code(), &slot.to_string(), "", now)).await?;
    // And one count of passed appointments per hour.
    let hour = now.and_utc().timestamp() / 3_600;
    db.run(move |conn| jobs::schedule(conn, JobKind::CountOverdue.code(), &hour.to_string(), "", now)).await?;
    Ok(())
}

/// Runs one job. Unknown kinds fail (and end as failed after the retries, for an admin to see).
pub async fn handle(worker: Worker, job: Job) -> Result<(), String> {
    let db = worker.db.clone();
    let Some(kind) = JobKind::parse(&job.kind) else { return Err(format!("unknown job kind {}", job.kind)) };
    match kind {
        // A gateway that cannot be reached fails the job, which is retried with backoff.
        JobKind::ReconcilePayments => worker.payments.reconcile().await.map(drop).map_err(|e| format!("{e:#}")),
        JobKind::Prune => {
            let keep_mail = if worker.demo_mailbox { notify::KEEP_DEMO } else { notify::KEEP_SENT };
            db.run(move |conn| crate::services::upkeep::prune(conn, shared::time::now(), keep_mail))
                .await
                .map(drop)
                .map_err(|e| e.to_string())
        }
        JobKind::CollectFiles => {
            // Each runs whatever the other did.
            let now = shared::time::now();
            let files = crate::services::dossier::orphans::collect(&db, &worker.store, now).await.map(drop);
            let exports = crate::services::exports::expire(&db, &worker.store, now).await.map(drop);
            files.and(exports).map_err(|e| format!("{e:#}"))
        }
        JobKind::Export => {
            let id: i64 = job.payload.parse().map_err(|_| format!("export job {}: no export id", job.id))?;
            crate::services::exports::job::run(&db, &worker.store, &worker.base_url, id)
                .await
                .map_err(|e| format!("{e:#}"))
        }
        JobKind::CountOverdue => db
            .run(|conn| crate::services::dossier::tally::recount_overdue(conn, shared::time::now()))
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
        JobKind::DueDigest => db
            .run(|conn| crate::services::backoffice::digest::send_due_digest(conn, shared::time::now()))
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
    }
}
