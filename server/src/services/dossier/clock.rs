//! A dossier's clock: the appointment set at reception from its case's online time limit, the
//! same-day cut-off and the calendar of the agency that handles it; pauses while a supplement is
//! awaited, and the appointment moved by the time the clock stood still.

use crate::db::schema::{dossier_pauses, dossiers};
use crate::db::{DbConn, DbError};
use crate::services::calendar::calendar_of_dossier;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::catalog::{TimeLimit, TimeUnit};
use shared::deadline::{Pause, due_at};
use shared::time::{local, utc};

/// Dossier `id`'s online time limit and same-day cut-off, from its case's offer (15 working days
/// if the procedure has no online offer).
fn online_limit(conn: &mut DbConn, id: i64) -> Result<(TimeLimit, Option<chrono::NaiveTime>), DbError> {
    Ok(match crate::services::dossier::case::online_offer(conn, id)? {
        Some(offer) => (offer.limit, offer.same_day_cutoff),
        None => (TimeLimit { value: 15, unit: TimeUnit::WorkingDays }, None),
    })
}

/// At reception the clock starts: the appointment from the procedure's online time limit, the
/// same-day cut-off and the working calendar.
pub fn start_clock(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    let (limit, cutoff) = online_limit(conn, id)?;
    let calendar = calendar_of_dossier(conn, id)?;
    let pauses: Vec<Pause> = Vec::new();
    let due_local = due_at(&calendar, local(now), limit, cutoff, &pauses);
    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
        .set((
            dossiers::received_at.eq(now),
            dossiers::due_at.eq(utc(due_local)),
            // What the receipt issued now says, whatever later moves the appointment.
            dossiers::issued_due_at.eq(utc(due_local)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A supplement is asked for: the clock stands still from `now`.
pub fn start_pause(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(dossier_pauses::table)
        .values((dossier_pauses::dossier_id.eq(id), dossier_pauses::paused_from.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Ends the open pause of a dossier (the supplement came, or the dossier was withdrawn).
pub fn end_pause(conn: &mut DbConn, id: i64, at: NaiveDateTime) -> Result<(), DbError> {
    let open: Option<(i64, NaiveDateTime)> = dossier_pauses::table
        .filter(dossier_pauses::dossier_id.eq(id))
        .filter(dossier_pauses::paused_to.is_null())
        .select((dossier_pauses::id, dossier_pauses::paused_from))
        .first(conn)
        .optional()?;
    let Some((pause, from)) = open else { return Ok(()) };
    diesel::update(dossier_pauses::table.filter(dossier_pauses::id.eq(pause)))
        .set(dossier_pauses::paused_to.eq(at))
        .execute(conn)?;
    // A pause after reception moves the appointment (before reception the clock had not started).
    extend_due_by_pause(conn, id, from, at)
}

/// A supplement asked for after reception came in: the appointment moves by the time the clock
/// stood still (working time or elapsed time, as the procedure's limit counts).
fn extend_due_by_pause(conn: &mut DbConn, id: i64, from: NaiveDateTime, to: NaiveDateTime) -> Result<(), DbError> {
    let due: Option<NaiveDateTime> =
        dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::due_at).first(conn)?;
    let Some(due) = due else { return Ok(()) };
    let (limit, _) = online_limit(conn, id)?;
    let calendar = calendar_of_dossier(conn, id)?;
    let pause = Pause { from: local(from), to: local(to) };
    let moved = utc(shared::deadline::extend_by_pauses(&calendar, local(due), limit.unit, &[pause]));
    diesel::update(dossiers::table.filter(dossiers::id.eq(id))).set(dossiers::due_at.eq(moved)).execute(conn)?;
    Ok(())
}
