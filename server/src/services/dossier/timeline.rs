//! A dossier's timeline (the processing record): status changes, which the applicant and the
//! lookup see, and internal notes, which only officers see.

use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::dossier::Status;

/// Writes one line of a dossier's timeline (the processing record): who, when, from, to, note.
/// Public lines are the status changes the applicant and the lookup see; a status change also
/// goes into the national portal's sync outbox and counts the dossier again for the statistics.
pub fn record_event(
    conn: &mut DbConn,
    id: i64,
    at: NaiveDateTime,
    actor: Option<i64>,
    (from, to): (Status, Status),
    note: Option<&str>,
) -> Result<(), DbError> {
    use crate::db::schema::dossier_events;
    diesel::insert_into(dossier_events::table)
        .values((
            dossier_events::dossier_id.eq(id),
            dossier_events::at.eq(at),
            dossier_events::actor_account_id.eq(actor),
            dossier_events::from_status.eq(Some(from.code())),
            dossier_events::to_status.eq(to.code()),
            dossier_events::note.eq(note),
            // Internal hand-overs (same status) stay off the public timeline and the lookup.
            dossier_events::public.eq(from != to),
        ))
        .execute(conn)?;
    if from != to {
        super::sync::enqueue(conn, id, to, at)?;
        super::tally::recount(conn, id, at)?;
    }
    Ok(())
}

/// An internal line of the timeline, without a change of status (a hand-over, a claim, an
/// apology, a waiver): seen by the officers, not by the applicant or the lookup.
pub fn record_note(
    conn: &mut DbConn,
    id: i64,
    at: NaiveDateTime,
    actor: Option<i64>,
    status: Status,
    note: &str,
) -> Result<(), DbError> {
    record_event(conn, id, at, actor, (status, status), Some(note))
}
