//! What the administrator sees of the national sync (`/quan-tri/dong-bo`) and the two ways to
//! send again: a failing change at once, or a dossier's whole record as it is now (after the
//! national portal lost it, say). Both are audited.

use crate::db::schema::{dossiers, sync_events};
use crate::db::{DbConn, DbError};
use app::api::admin::{DossierSync, SyncEventRow, SyncOverview};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::dossier::{Status, SyncState};
use shared::time::minute;

/// Failing changes listed at most.
const FAILING_SHOWN: i64 = 100;

type EventRow =
    (i64, i64, Option<String>, Status, NaiveDateTime, i32, NaiveDateTime, Option<NaiveDateTime>, Option<String>);

fn event_row(r: EventRow) -> SyncEventRow {
    let (id, dossier_id, code, status, created, attempts, next, delivered, error) = r;
    SyncEventRow {
        id,
        dossier_id,
        code: code.unwrap_or_default(),
        status,
        created_at: minute(created),
        attempts,
        next_at: minute(next),
        delivered_at: delivered.map(minute),
        last_error: error,
    }
}

macro_rules! event_columns {
    () => {
        (
            sync_events::id,
            sync_events::dossier_id,
            dossiers::code,
            sync_events::status,
            sync_events::created_at,
            sync_events::attempts,
            sync_events::next_at,
            sync_events::delivered_at,
            sync_events::last_error,
        )
    };
}

pub fn overview(conn: &mut DbConn, asked: Option<String>) -> Result<SyncOverview, DbError> {
    let mut states = Vec::new();
    for state in SyncState::ALL {
        let n: i64 = dossiers::table
            .filter(dossiers::submitted_at.is_not_null())
            .filter(dossiers::sync_state.eq(state.code()))
            .count()
            .get_result(conn)?;
        states.push((state, n));
    }
    let pending: i64 = sync_events::table.filter(sync_events::delivered_at.is_null()).count().get_result(conn)?;
    let failing: Vec<EventRow> = sync_events::table
        .inner_join(dossiers::table)
        .filter(sync_events::delivered_at.is_null())
        .filter(sync_events::attempts.gt(0))
        .order(sync_events::id)
        .limit(FAILING_SHOWN)
        .select(event_columns!())
        .load(conn)?;
    let asked = asked.map(|c| c.trim().to_owned());
    let dossier = match &asked {
        None => None,
        Some(code) => {
            let found: Option<(i64, i32)> = dossiers::table
                .filter(dossiers::code.eq(code))
                .select((dossiers::id, dossiers::sync_state))
                .first(conn)
                .optional()?;
            match found {
                None => None,
                Some((id, state)) => {
                    let events: Vec<EventRow> = sync_events::table
                        .inner_join(dossiers::table)
                        .filter(sync_events::dossier_id.eq(id))
                        .order(sync_events::id)
                        .select(event_columns!())
                        .load(conn)?;
                    Some(DossierSync {
                        id,
                        code: code.clone(),
                        state: SyncState::from_code(state),
                        events: events.into_iter().map(event_row).collect(),
                    })
                }
            }
        }
    };
    Ok(SyncOverview { states, pending, failing: failing.into_iter().map(event_row).collect(), asked, dossier })
}

fn audit(conn: &mut DbConn, actor: &Actor, subject: String, now: NaiveDateTime) -> Result<(), DbError> {
    let entry = crate::services::audit::Entry {
        event: crate::services::audit::Event::SyncResent,
        actor: actor.account(),
        subject: Some(subject),
        ip: None,
        detail: None,
    };
    crate::services::audit::record(conn, now, entry)
}

/// Sends the undelivered change `event` at the next round. `Ok(false)`: no such undelivered one.
pub fn resend_event(
    conn: &mut DbConn,
    actor: &Actor,
    event: i64,
    now: NaiveDateTime,
) -> Result<Result<bool, Denial>, DbError> {
    if let Err(denial) = decide(actor, Action::ManageNationalSync) {
        return Ok(Err(denial));
    }
    crate::db::transaction(conn, |conn| {
        let changed = diesel::update(sync_events::table.filter(sync_events::id.eq(event)))
            .filter(sync_events::delivered_at.is_null())
            .set(sync_events::next_at.eq(now))
            .execute(conn)?
            == 1;
        if changed {
            audit(conn, actor, format!("sync_event:{event}"), now)?;
        }
        Ok(Ok(changed))
    })
}

/// Writes dossier `id`'s record as it is now as a new change to deliver (after its others).
/// `Ok(false)`: no such submitted dossier.
pub fn resend_record(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    now: NaiveDateTime,
) -> Result<Result<bool, Denial>, DbError> {
    if let Err(denial) = decide(actor, Action::ManageNationalSync) {
        return Ok(Err(denial));
    }
    crate::db::transaction(conn, |conn| {
        let status: Option<(Status, Option<NaiveDateTime>)> = dossiers::table
            .filter(dossiers::id.eq(id))
            .select((dossiers::status, dossiers::submitted_at))
            .first(conn)
            .optional()?;
        let Some((status, Some(_))) = status else { return Ok(Ok(false)) };
        crate::services::dossier::sync::enqueue(conn, id, status, now)?;
        crate::services::dossier::tally::recount(conn, id, now)?;
        audit(conn, actor, format!("dossier:{id}"), now)?;
        Ok(Ok(true))
    })
}
