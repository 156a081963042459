//! Delivery of the national portal's sync outbox (`sync_events`, written by
//! `services::dossier::sync` in the transaction of each status change) to the endpoint the
//! province is given (`PORTAL_NATIONAL_SYNC_URL`).
//!
//! Order: a dossier's events go one at a time, oldest first; the next waits until the one before
//! is delivered, so the national portal never sees "result returned" before "received".
//! Once: every event carries its id as the `Idempotency-Key`; an answer lost to a timeout is sent
//! again under the same key, and the receiver's "already have it" (409) counts as delivered.
//! Failures wait 10 s, 20 s, 40 s … up to an hour before the next try, as long as it takes; the
//! administrator sees the failing ones and can send one again at once (`/quan-tri/dong-bo`).
//! Several workers may run: an event is leased (its `next_at` moved past the delivery) by the
//! worker whose update matched the time it read.

pub mod admin;

use crate::db::schema::{dossiers, sync_events};
use crate::db::{Db, DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::dossier::{SyncRecord, SyncState};

/// Events taken per round.
const BATCH: i64 = 50;
/// How long a worker holds an event it is delivering (longer than the request's timeout).
const LEASE: Duration = Duration::seconds(120);
/// The first wait after a failure, doubled each time, and the longest.
const FIRST_WAIT: i64 = 10;
const LONGEST_WAIT: i64 = 3_600;
/// The longest failure text kept (a receiver's error page can be large).
const ERROR_MAX: usize = 500;

/// Where and how to deliver.
#[derive(Clone)]
pub struct SyncSettings {
    pub url: url::Url,
    /// Sent as `Authorization: Bearer …` when set.
    pub token: Option<String>,
    pub timeout: std::time::Duration,
}

// Hand-written: the token never reaches a log line.
impl std::fmt::Debug for SyncSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host = self.url.host_str().unwrap_or_default();
        write!(f, "NationalSync(host={host}, token={}, timeout={:?})", self.token.is_some(), self.timeout)
    }
}

/// The wait before attempt `attempts + 1` after `attempts` failures.
pub fn backoff(attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(0);
    Duration::seconds((FIRST_WAIT << doublings).min(LONGEST_WAIT))
}

/// Sends a delivery and reads its answer.
#[derive(Clone)]
pub struct Sender {
    http: reqwest::Client,
    settings: SyncSettings,
    /// The portal's own address, which makes the result's verification path absolute.
    base: url::Url,
}

impl Sender {
    pub fn new(settings: SyncSettings, base: url::Url) -> anyhow::Result<Sender> {
        let http = reqwest::Client::builder().timeout(settings.timeout).build()?;
        Ok(Sender { http, settings, base })
    }

    /// Delivers one event; `Err` says why it was not taken.
    async fn send(&self, id: i64, payload: &str) -> Result<(), String> {
        let mut record: SyncRecord = serde_json::from_str(payload).map_err(|e| format!("stored record: {e}"))?;
        if let Some(path) = &record.duong_dan_tep_tin_ket_qua {
            record.duong_dan_tep_tin_ket_qua = self.base.join(path).ok().map(|u| u.to_string());
        }
        let mut request = self
            .http
            .post(self.settings.url.clone())
            .header("Idempotency-Key", id.to_string())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::json!({ "event": id, "record": record }).to_string());
        if let Some(token) = &self.settings.token {
            request = request.bearer_auth(token);
        }
        // Without the URL: it is the province's, and could carry credentials.
        let answer = request.send().await.map_err(|e| format!("no answer: {}", e.without_url()))?;
        let status = answer.status();
        // 409: the receiver has this event already (an earlier answer was lost).
        if status.is_success() || status == reqwest::StatusCode::CONFLICT {
            return Ok(());
        }
        let body = answer.text().await.unwrap_or_default();
        Err(format!("{status}: {}", body.chars().take(ERROR_MAX).collect::<String>()))
    }
}

#[derive(diesel::QueryableByName)]
struct Due {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::Timestamp)]
    next_at: NaiveDateTime,
}

/// Leases the events due at `now` that are first in their dossier's line.
fn claim(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<(i64, String)>, DbError> {
    use diesel::sql_types::{BigInt, Timestamp};
    let due: Vec<Due> = diesel::sql_query(
        "SELECT e.id, e.next_at FROM sync_events e \
         WHERE e.delivered_at IS NULL AND e.next_at <= $1 \
         AND NOT EXISTS (SELECT 1 FROM sync_events p \
             WHERE p.dossier_id = e.dossier_id AND p.delivered_at IS NULL AND p.id < e.id) \
         ORDER BY e.id LIMIT $2",
    )
    .bind::<Timestamp, _>(now)
    .bind::<BigInt, _>(BATCH)
    .load(conn)?;
    let mut mine = Vec::new();
    for d in due {
        let leased = diesel::update(sync_events::table.filter(sync_events::id.eq(d.id)))
            .filter(sync_events::next_at.eq(d.next_at))
            .filter(sync_events::delivered_at.is_null())
            .set(sync_events::next_at.eq(now + LEASE))
            .execute(conn)?;
        if leased == 1 {
            let payload: String =
                sync_events::table.filter(sync_events::id.eq(d.id)).select(sync_events::payload).first(conn)?;
            mine.push((d.id, payload));
        }
    }
    Ok(mine)
}

/// Records the outcome of delivering event `id`, and the dossier's state with it.
fn settle(conn: &mut DbConn, id: i64, outcome: Result<(), String>, now: NaiveDateTime) -> Result<(), DbError> {
    crate::db::transaction(conn, |conn| {
        let (dossier, attempts): (i64, i32) = sync_events::table
            .filter(sync_events::id.eq(id))
            .select((sync_events::dossier_id, sync_events::attempts))
            .first(conn)?;
        let state = match &outcome {
            Ok(()) => {
                diesel::update(sync_events::table.filter(sync_events::id.eq(id)))
                    .set((sync_events::delivered_at.eq(now), sync_events::attempts.eq(attempts + 1)))
                    .execute(conn)?;
                let left: i64 = sync_events::table
                    .filter(sync_events::dossier_id.eq(dossier))
                    .filter(sync_events::delivered_at.is_null())
                    .count()
                    .get_result(conn)?;
                if left == 0 { SyncState::Synced } else { SyncState::Pending }
            }
            Err(why) => {
                diesel::update(sync_events::table.filter(sync_events::id.eq(id)))
                    .set((
                        sync_events::attempts.eq(attempts + 1),
                        sync_events::next_at.eq(now + backoff(attempts + 1)),
                        sync_events::last_error.eq(why),
                    ))
                    .execute(conn)?;
                SyncState::Failing
            }
        };
        diesel::update(dossiers::table.filter(dossiers::id.eq(dossier)))
            .set(dossiers::sync_state.eq(state.code()))
            .execute(conn)?;
        // Synced is what indicator 1.4 counts.
        crate::services::dossier::tally::recount(conn, dossier, now)
    })
}

/// One round: leases the due events and delivers them, each dossier's one at a time. Returns
/// (delivered, failed).
pub async fn deliver_due(db: &Db, sender: &Sender, now: NaiveDateTime) -> Result<(usize, usize), DbError> {
    let claimed = db.run(move |conn| claim(conn, now)).await?;
    let (mut delivered, mut failed) = (0, 0);
    for (id, payload) in claimed {
        let outcome = sender.send(id, &payload).await;
        match &outcome {
            Ok(()) => delivered += 1,
            Err(why) => {
                failed += 1;
                tracing::warn!(event = id, error = %why, "national sync delivery failed; will retry");
            }
        }
        let at = shared::time::now().max(now);
        db.run(move |conn| settle(conn, id, outcome, at)).await?;
    }
    Ok((delivered, failed))
}

/// Runs forever inside the worker: a round every two seconds.
pub async fn run_worker(db: Db, sender: Sender) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
    loop {
        tick.tick().await;
        if let Err(e) = deliver_due(&db, &sender, shared::time::now()).await {
            tracing::warn!(error = %e, "national sync round failed; will retry");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_ten_seconds_to_an_hour() {
        let waits: Vec<i64> = (1..=11).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(waits, [10, 20, 40, 80, 160, 320, 640, 1_280, 2_560, 3_600, 3_600]);
        assert_eq!(backoff(0).num_seconds(), 10);
        assert_eq!(backoff(i32::MAX).num_seconds(), 3_600);
    }
}
