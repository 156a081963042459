//! Outgoing mail. Services enqueue a message in `outbox_mail` inside their own transaction, so a
//! mail is sent if and only if what caused it was committed; the worker delivers it.
//!
//! Delivery is over SMTP when `PORTAL_SMTP_HOST` is set (`smtp.rs`): each message is leased to
//! one worker (several replicas may run), retried with growing delays on transient failures and
//! given up after a permanent refusal. Without SMTP the embedded "local mailbox" marks messages
//! delivered, readable at `/hop-thu` when `PORTAL_DEMO_MAILBOX=true`, so registration works end
//! to end on one machine.

pub mod smtp;

use crate::db::schema::outbox_mail;
use crate::db::{Db, DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use std::time::Duration;

pub struct Mail<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
}

pub fn enqueue(conn: &mut DbConn, now: NaiveDateTime, mail: Mail<'_>) -> Result<(), DbError> {
    insert(conn, now, mail, false)
}

/// A mail whose body carries a single-use link (verification, reset, invitation, set-password,
/// re-enrolment): once delivered, its body is replaced by [`REDACTED`], so no usable token stays
/// in the database (the token itself is only ever stored hashed).
pub fn enqueue_with_link(conn: &mut DbConn, now: NaiveDateTime, mail: Mail<'_>) -> Result<(), DbError> {
    insert(conn, now, mail, true)
}

fn insert(conn: &mut DbConn, now: NaiveDateTime, mail: Mail<'_>, single_use_link: bool) -> Result<(), DbError> {
    diesel::insert_into(outbox_mail::table)
        .values((
            outbox_mail::to_address.eq(mail.to),
            outbox_mail::subject.eq(mail.subject),
            outbox_mail::body.eq(mail.body),
            outbox_mail::created_at.eq(now),
            outbox_mail::attempts.eq(0),
            outbox_mail::next_attempt_at.eq(now),
            outbox_mail::single_use_link.eq(single_use_link),
        ))
        .execute(conn)?;
    Ok(())
}

/// What a delivered mail with a single-use link keeps of its body.
pub const REDACTED: &str = "(Thư có liên kết dùng một lần; nội dung đã được xoá sau khi gửi. / \
                            A mail with a single-use link; its body was removed once sent.)";

/// Redacts the bodies of mails carrying single-use links once they were delivered or given up
/// (of message `id`, or all): a link nobody will receive must not wait in the database either.
fn redact(conn: &mut DbConn, id: Option<i64>) -> diesel::QueryResult<usize> {
    let mut delivered = outbox_mail::table
        .filter(outbox_mail::sent_at.is_not_null().or(outbox_mail::attempts.ge(MAX_ATTEMPTS)))
        .filter(outbox_mail::single_use_link.eq(true))
        .filter(outbox_mail::body.ne(REDACTED))
        .into_boxed();
    if let Some(id) = id {
        delivered = delivered.filter(outbox_mail::id.eq(id));
    }
    let ids: Vec<i64> = delivered.select(outbox_mail::id).load(conn)?;
    diesel::update(outbox_mail::table.filter(outbox_mail::id.eq_any(ids)))
        .set(outbox_mail::body.eq(REDACTED))
        .execute(conn)
}

/// How long sent (or given-up) mail is kept: it holds personal data.
pub const KEEP_SENT: chrono::Duration = chrono::Duration::days(30);
/// In the demo mailbox, which anyone may read, a day.
pub const KEEP_DEMO: chrono::Duration = chrono::Duration::days(1);

/// Deletes sent and given-up mail older than `keep` (the daily upkeep).
pub fn prune(conn: &mut DbConn, now: NaiveDateTime, keep: chrono::Duration) -> Result<usize, DbError> {
    let old = now - keep;
    Ok(diesel::delete(outbox_mail::table.filter(outbox_mail::sent_at.lt(old).or(
        outbox_mail::sent_at.is_null().and(outbox_mail::attempts.ge(MAX_ATTEMPTS)).and(outbox_mail::created_at.lt(old)),
    )))
    .execute(conn)?)
}

/// A delivered message, as the demo mailbox shows it.
#[derive(Clone, Debug, Queryable)]
pub struct Delivered {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub sent_at: NaiveDateTime,
}

/// Marks due messages delivered to the local mailbox; returns how many. The demo mailbox
/// (`keep_links`) shows their bodies whole, links included: it exists to let anyone on a demo
/// read them. Without it nobody ever reads them, so their links are redacted at once.
pub fn deliver_due(conn: &mut DbConn, now: NaiveDateTime, keep_links: bool) -> Result<usize, DbError> {
    let delivered = diesel::update(
        outbox_mail::table.filter(outbox_mail::sent_at.is_null()).filter(outbox_mail::next_attempt_at.le(now)),
    )
    .set((outbox_mail::sent_at.eq(now), outbox_mail::attempts.eq(outbox_mail::attempts + 1)))
    .execute(conn)?;
    if !keep_links {
        redact(conn, None)?;
    }
    Ok(delivered)
}

/// The newest delivered messages, for the demo mailbox page.
pub fn mailbox(conn: &mut DbConn, limit: i64) -> Result<Vec<Delivered>, DbError> {
    Ok(outbox_mail::table
        .filter(outbox_mail::sent_at.is_not_null())
        .order(outbox_mail::id.desc())
        .limit(limit)
        .select((
            outbox_mail::id,
            outbox_mail::to_address,
            outbox_mail::subject,
            outbox_mail::body,
            outbox_mail::sent_at.assume_not_null(),
        ))
        .load(conn)?)
}

/// Attempts after which a message is given up (the last error stays in the row).
pub const MAX_ATTEMPTS: i32 = 8;
/// How long a worker holds a message it is sending before another may try it.
const LEASE: chrono::Duration = chrono::Duration::minutes(5);
/// Small, so one slow relay cannot hold leased messages past the lease.
const BATCH: i64 = 10;

/// The delivery loop, one per process; several replicas may run it.
pub async fn run_worker(db: Db, smtp: Option<smtp::SmtpSender>, demo_mailbox: bool) {
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    loop {
        tick.tick().await;
        let result = match &smtp {
            Some(sender) => send_due(&db, sender).await.map(drop),
            None => {
                let now = shared::time::now();
                db.run(move |conn| deliver_due(conn, now, demo_mailbox)).await.map(drop).map_err(anyhow::Error::from)
            }
        };
        if let Err(e) = result {
            tracing::warn!(error = %format!("{e:#}"), "mail delivery failed; will retry");
        }
    }
}

/// Sends the due messages over SMTP; returns how many were sent.
pub async fn send_due(db: &Db, sender: &smtp::SmtpSender) -> anyhow::Result<usize> {
    let claimed = db
        .run(|conn| {
            let now = shared::time::now();
            let due: Vec<(i64, NaiveDateTime)> = outbox_mail::table
                .filter(outbox_mail::sent_at.is_null())
                .filter(outbox_mail::attempts.lt(MAX_ATTEMPTS))
                .filter(outbox_mail::next_attempt_at.le(now))
                .order(outbox_mail::id)
                .limit(BATCH)
                .select((outbox_mail::id, outbox_mail::next_attempt_at))
                .load(conn)?;
            let mut mine = Vec::new();
            for (id, seen) in due {
                // The lease: only the worker whose update matched the time it saw sends it.
                let leased = diesel::update(
                    outbox_mail::table.filter(outbox_mail::id.eq(id)).filter(outbox_mail::next_attempt_at.eq(seen)),
                )
                .set(outbox_mail::next_attempt_at.eq(now + LEASE))
                .execute(conn)?;
                if leased == 1 {
                    let mail: (i64, String, String, String, i32) = outbox_mail::table
                        .filter(outbox_mail::id.eq(id))
                        .select((
                            outbox_mail::id,
                            outbox_mail::to_address,
                            outbox_mail::subject,
                            outbox_mail::body,
                            outbox_mail::attempts,
                        ))
                        .first(conn)?;
                    mine.push(mail);
                }
            }
            Ok::<_, DbError>(mine)
        })
        .await?;
    let mut sent = 0;
    for (id, to, subject, body, attempts) in claimed {
        let outcome = sender.send(&to, &subject, &body).await;
        sent += usize::from(outcome.is_ok());
        // A relay that fails now will likely fail the rest too; they wait for their lease.
        let stop = matches!(outcome, Err(smtp::SendError::Transient(_)));
        let attempts = attempts + 1;
        db.run(move |conn| {
            let now = shared::time::now();
            let row = outbox_mail::table.filter(outbox_mail::id.eq(id));
            match outcome {
                Ok(()) => diesel::update(row)
                    .set((
                        outbox_mail::sent_at.eq(now),
                        outbox_mail::attempts.eq(attempts),
                        outbox_mail::last_error.eq(None::<String>),
                    ))
                    .execute(conn)
                    .and_then(|_| redact(conn, Some(id))),
                Err(smtp::SendError::Permanent(e)) => {
                    tracing::warn!(mail = id, error = %e, "mail refused permanently; given up");
                    diesel::update(row)
                        .set((outbox_mail::attempts.eq(MAX_ATTEMPTS), outbox_mail::last_error.eq(e)))
                        .execute(conn)
                        .and_then(|_| redact(conn, Some(id)))
                }
                Err(smtp::SendError::Transient(e)) => {
                    // 1, 2, 4 … minutes, at most an hour apart.
                    let delay = chrono::Duration::minutes(2_i64.pow(u32::try_from(attempts - 1).unwrap_or(0).min(6)));
                    diesel::update(row)
                        .set((
                            outbox_mail::attempts.eq(attempts),
                            outbox_mail::next_attempt_at.eq(now + delay),
                            outbox_mail::last_error.eq(e),
                        ))
                        .execute(conn)
                        .and_then(|_| redact(conn, Some(id)))
                }
            }
            .map(drop)
            .map_err(DbError::from)
        })
        .await?;
        if stop {
            break;
        }
    }
    Ok(sent)
}

/// The demo mailbox behind `/hop-thu`.
pub struct DemoMailbox {
    db: Db,
}

impl DemoMailbox {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

#[async_trait::async_trait]
impl app::api::accounts::MailboxService for DemoMailbox {
    async fn recent(&self) -> Result<Vec<app::api::accounts::MailView>, app::api::ServiceError> {
        let mails = self.db.run(|conn| mailbox(conn, 50)).await.map_err(super::unexpected)?;
        Ok(mails
            .into_iter()
            .map(|m| app::api::accounts::MailView {
                to: m.to,
                subject: m.subject,
                body: m.body,
                sent_at: shared::time::minute(m.sent_at),
            })
            .collect())
    }
}
