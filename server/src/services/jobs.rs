//! Background jobs. A job row is claimed by one worker at a time: on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED` (concurrent workers skip each other's rows instead of waiting), on
//! SQLite inside a write transaction (SQLite has one writer at a time anyway); the claim is a
//! lease (`locked_until`), so a worker that dies gives its job back when the lease ends. Jobs
//! are idempotent, retried with growing delays, and marked failed after `MAX_ATTEMPTS`; a system
//! admin sees them and can retry a failed one.

use crate::db::schema::jobs;
use crate::db::{Db, DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

pub const MAX_ATTEMPTS: i32 = 6;
/// How long a claimed job is reserved for its worker.
const LEASE: Duration = Duration::minutes(10);

/// The lease set for this process (`PORTAL_JOB_LEASE_SECONDS`, read once at start), if any.
static CONFIGURED_LEASE: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();

/// Sets how long a claimed job stays its worker's (once, at start; the crash test shortens it so
/// a killed worker's job is taken again within seconds).
pub fn set_lease(lease: std::time::Duration) {
    let _ = CONFIGURED_LEASE.set(Duration::from_std(lease).unwrap_or(LEASE));
}

/// How long a claimed job stays its worker's before another may take it.
pub fn lease() -> Duration {
    CONFIGURED_LEASE.get().copied().unwrap_or(LEASE)
}

/// A claimed job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i32,
}

/// Schedules a job once per (kind, dedupe key); returns whether it was new.
pub fn schedule(
    conn: &mut DbConn,
    kind: &str,
    dedupe_key: &str,
    payload: &str,
    run_at: NaiveDateTime,
) -> Result<bool, DbError> {
    let exists: Option<i64> = jobs::table
        .filter(jobs::kind.eq(kind))
        .filter(jobs::dedupe_key.eq(dedupe_key))
        .select(jobs::id)
        .first(conn)
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    let now = shared::time::now();
    let inserted = diesel::insert_into(jobs::table)
        .values((
            jobs::kind.eq(kind),
            jobs::dedupe_key.eq(dedupe_key),
            jobs::payload.eq(payload),
            jobs::run_at.eq(run_at),
            jobs::attempts.eq(0),
            jobs::created_at.eq(now),
        ))
        .execute(conn);
    match inserted {
        Ok(n) => Ok(n == 1),
        // Another worker scheduled it at the same moment: the unique key kept one.
        Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Claims up to `limit` due jobs for `worker`.
pub fn claim(conn: &mut DbConn, worker: &str, limit: i64, now: NaiveDateTime) -> Result<Vec<Job>, DbError> {
    crate::db::transaction(conn, |conn| {
        let due = jobs::table
            .filter(jobs::done_at.is_null())
            .filter(jobs::failed_at.is_null())
            .filter(jobs::run_at.le(now))
            .filter(jobs::locked_until.is_null().or(jobs::locked_until.lt(now)))
            .order((jobs::run_at, jobs::id))
            .limit(limit)
            .select(jobs::id);
        let ids: Vec<i64> = match conn {
            // Rows another worker holds are skipped, not waited for.
            DbConn::Pg(pg) => due.for_update().skip_locked().load(pg)?,
            DbConn::Sqlite(lite) => {
                // Take the write lock first, so two SQLite workers cannot both read the same rows.
                diesel::sql_query("UPDATE jobs SET attempts = attempts WHERE id = -1").execute(lite)?;
                due.load(lite)?
            }
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(jobs::table.filter(jobs::id.eq_any(&ids)))
            .set((
                jobs::locked_until.eq(now + lease()),
                jobs::locked_by.eq(worker),
                jobs::attempts.eq(jobs::attempts + 1),
            ))
            .execute(conn)?;
        Ok(jobs::table
            .filter(jobs::id.eq_any(&ids))
            .order(jobs::id)
            .select((jobs::id, jobs::kind, jobs::payload, jobs::attempts))
            .load::<(i64, String, String, i32)>(conn)?
            .into_iter()
            .map(|(id, kind, payload, attempts)| Job { id, kind, payload, attempts })
            .collect())
    })
}

/// Records the outcome of a claimed job: done, retried later, or failed for good.
pub fn finish(conn: &mut DbConn, job: &Job, outcome: Result<(), String>, now: NaiveDateTime) -> Result<(), DbError> {
    let row = jobs::table.filter(jobs::id.eq(job.id));
    match outcome {
        Ok(()) => diesel::update(row)
            .set((
                jobs::done_at.eq(now),
                jobs::locked_until.eq(None::<NaiveDateTime>),
                jobs::last_error.eq(None::<String>),
            ))
            .execute(conn)?,
        Err(e) if job.attempts >= MAX_ATTEMPTS => diesel::update(row)
            .set((jobs::failed_at.eq(now), jobs::locked_until.eq(None::<NaiveDateTime>), jobs::last_error.eq(e)))
            .execute(conn)?,
        Err(e) => {
            let delay = Duration::minutes(2_i64.pow(u32::try_from(job.attempts).unwrap_or(0).min(6)));
            diesel::update(row)
                .set((
                    jobs::run_at.eq(now + delay),
                    jobs::locked_until.eq(None::<NaiveDateTime>),
                    jobs::last_error.eq(e),
                ))
                .execute(conn)?
        }
    };
    Ok(())
}

/// Puts a failed job back in the queue (a system admin's retry).
pub fn retry(
    conn: &mut DbConn,
    actor: &shared::access::Actor,
    id: i64,
    now: NaiveDateTime,
) -> Result<Result<bool, shared::access::Denial>, DbError> {
    if let Err(denial) = shared::access::decide(actor, shared::access::Action::ManageJobs) {
        return Ok(Err(denial));
    }
    let by = actor.account().unwrap_or_default();
    let retried = diesel::update(jobs::table.filter(jobs::id.eq(id)).filter(jobs::failed_at.is_not_null()))
        .set((jobs::failed_at.eq(None::<NaiveDateTime>), jobs::attempts.eq(0), jobs::run_at.eq(now)))
        .execute(conn)?
        == 1;
    if retried {
        let entry = crate::services::audit::Entry {
            event: crate::services::audit::Event::JobRetried,
            actor: Some(by),
            subject: Some(format!("job:{id}")),
            ip: None,
            detail: None,
        };
        crate::services::audit::record(conn, now, entry)?;
    }
    Ok(Ok(retried))
}

/// Runs the due jobs once with `handler`; returns how many ran.
pub async fn run_once<F, Fut>(db: &Db, worker: &str, handler: F) -> anyhow::Result<usize>
where
    F: Fn(Job) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let worker = worker.to_owned();
    let claimed = db.run(move |conn| claim(conn, &worker, 10, shared::time::now())).await?;
    let count = claimed.len();
    for job in claimed {
        let outcome = handler(job.clone()).await;
        if let Err(e) = &outcome {
            tracing::warn!(job = job.id, kind = %job.kind, error = %e, "job failed");
        }
        db.run(move |conn| finish(conn, &job, outcome, shared::time::now())).await?;
    }
    Ok(count)
}

/// Finished jobs are kept this long (failed ones for the admin to see), then removed.
pub const KEEP_FINISHED: chrono::Duration = chrono::Duration::days(30);

/// Removes jobs done or failed before `now - KEEP_FINISHED`; returns how many.
pub fn prune(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    let before = now - KEEP_FINISHED;
    Ok(diesel::delete(jobs::table.filter(jobs::done_at.lt(before).or(jobs::failed_at.lt(before)))).execute(conn)?)
}
