//! Outgoing mail. Services enqueue a message in `outbox_mail` inside their own transaction, so a
//! mail is sent if and only if what caused it was committed; the worker delivers it.
//!
//! Delivery here is the embedded "local mailbox": a delivered message stays readable at
//! `/hop-thu` when `PORTAL_DEMO_MAILBOX=true`, so registration works end to end on one machine.

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
    diesel::insert_into(outbox_mail::table)
        .values((
            outbox_mail::to_address.eq(mail.to),
            outbox_mail::subject.eq(mail.subject),
            outbox_mail::body.eq(mail.body),
            outbox_mail::created_at.eq(now),
            outbox_mail::attempts.eq(0),
            outbox_mail::next_attempt_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
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

/// Marks due messages delivered to the local mailbox; returns how many.
pub fn deliver_due(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::update(
        outbox_mail::table.filter(outbox_mail::sent_at.is_null()).filter(outbox_mail::next_attempt_at.le(now)),
    )
    .set((outbox_mail::sent_at.eq(now), outbox_mail::attempts.eq(outbox_mail::attempts + 1)))
    .execute(conn)?)
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

/// The delivery loop, one per process; idempotent, so several replicas may run it.
pub async fn run_worker(db: Db) {
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    loop {
        tick.tick().await;
        let now = chrono::Utc::now().naive_utc();
        if let Err(e) = db.run(move |conn| deliver_due(conn, now)).await {
            tracing::warn!(error = %e, "mail delivery failed; will retry");
        }
    }
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
impl app::services::MailboxService for DemoMailbox {
    async fn recent(&self) -> Result<Vec<app::pages::accounts::MailView>, app::services::ServiceError> {
        let mails = self.db.run(|conn| mailbox(conn, 50)).await.map_err(super::unexpected)?;
        Ok(mails
            .into_iter()
            .map(|m| app::pages::accounts::MailView {
                to: m.to,
                subject: m.subject,
                body: m.body,
                sent_at: (m.sent_at + chrono::Duration::hours(7)).format("%d/%m/%Y %H:%M").to_string(),
            })
            .collect())
    }
}
