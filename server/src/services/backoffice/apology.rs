//! The apology and new appointment for a dossier about to be late (Mẫu 04, "Văn bản xin lỗi và
//! đề nghị gia hạn thời gian giải quyết"). The counter or the unit working on the dossier drafts
//! it before the appointment passes, with the reason and a new appointment day; a leader of the
//! receiving agency approves it, which puts the new appointment in force and sends the letter to
//! the applicant. Once per dossier: the law allows one rescheduling.

use super::{Abort, ActError, OfficerAction};
use crate::db::DbConn;
use crate::db::schema::{dossier_apologies, dossiers};
use crate::services::dossier::scope::Scoped;
use app::i18n::mail::fill;
use app::i18n::{Lang, t};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, DossierScope, decide};
use shared::dossier::{Refusal, Status};

/// The statuses in which a dossier is being worked on with a running clock.
fn open_with_clock(status: Status) -> bool {
    matches!(status, Status::Received | Status::Processing | Status::Supplemented)
}

pub(super) fn act(
    conn: &mut DbConn,
    actor: &Actor,
    found: &Scoped,
    action: &OfficerAction,
    reason: Option<&str>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), Abort> {
    if !open_with_clock(found.status) {
        return Err(Abort(ActError::Refused(Refusal::NotInThisStatus)));
    }
    let scope = found.scope;
    let due: Option<NaiveDateTime> =
        dossiers::table.filter(dossiers::id.eq(found.id)).select(dossiers::due_at).first(conn)?;
    let Some(due) = due else { return Err(Abort(ActError::Refused(Refusal::NotInThisStatus))) };
    let existing: Option<(Option<NaiveDateTime>, NaiveDateTime)> = dossier_apologies::table
        .filter(dossier_apologies::dossier_id.eq(found.id))
        .select((dossier_apologies::approved_at, dossier_apologies::new_due_at))
        .first(conn)
        .optional()?;
    match action {
        OfficerAction::DraftApology { new_due, .. } => {
            let may = decide(actor, Action::ReceiveDossier(scope)).is_ok()
                || decide(actor, Action::ProcessDossier(scope)).is_ok();
            if !may {
                return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
            }
            if existing.is_some() {
                return Err(Abort(ActError::ApologyUsed));
            }
            if now >= due {
                return Err(Abort(ActError::PastDue));
            }
            let new_due = new_appointment(conn, found.id, due, *new_due)?;
            let reason = reason.ok_or(Abort(ActError::Invalid))?;
            diesel::insert_into(dossier_apologies::table)
                .values((
                    dossier_apologies::dossier_id.eq(found.id),
                    dossier_apologies::reason.eq(reason),
                    dossier_apologies::old_due_at.eq(due),
                    dossier_apologies::new_due_at.eq(new_due),
                    dossier_apologies::drafted_by.eq(actor.account().unwrap_or_default()),
                    dossier_apologies::drafted_at.eq(now),
                ))
                .execute(conn)?;
            let note = format!(
                "Dự thảo văn bản xin lỗi, đề nghị hẹn lại ngày trả kết quả: {}",
                shared::time::minute_in_words(new_due)
            );
            crate::services::dossier::timeline::record_note(conn, found.id, now, actor.account(), found.status, &note)?;
        }
        OfficerAction::ApproveApology => {
            // The receiving agency's leader signs it, wherever the dossier is now.
            let home = DossierScope { at_agency: scope.agency, ..scope };
            if decide(actor, Action::DecideDossier(home)).is_err() {
                return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
            }
            let new_due = match existing {
                Some((None, new_due)) => new_due,
                Some((Some(_), _)) => return Err(Abort(ActError::ApologyUsed)),
                None => return Err(Abort(ActError::Refused(Refusal::NotInThisStatus))),
            };
            if now >= due {
                return Err(Abort(ActError::PastDue));
            }
            diesel::update(dossier_apologies::table.filter(dossier_apologies::dossier_id.eq(found.id)))
                .set((dossier_apologies::approved_by.eq(actor.account()), dossier_apologies::approved_at.eq(now)))
                .execute(conn)?;
            diesel::update(dossiers::table.filter(dossiers::id.eq(found.id)))
                .set(dossiers::due_at.eq(new_due))
                .execute(conn)?;
            let note = format!("Xin lỗi và hẹn lại ngày trả kết quả: {}", shared::time::minute_in_words(new_due));
            crate::services::dossier::timeline::record_note(conn, found.id, now, actor.account(), found.status, &note)?;
            let news = |lang: Lang| {
                let when = match lang {
                    Lang::Vi => shared::time::minute_in_words(new_due),
                    Lang::En => shared::time::minute(new_due),
                };
                let detail = fill(t::NEWS_APOLOGY_DETAIL.get(lang), &[("when", &when)]);
                (t::NEWS_APOLOGY.get(lang).to_owned(), Some(detail))
            };
            crate::services::dossier::notices::notify_applicant(conn, found.id, news, base, now)?;
        }
        _ => return Err(Abort(ActError::Invalid)),
    }
    Ok(())
}

/// The new appointment: the end of office hours of `day`, which must be a working day after
/// the current appointment's day.
fn new_appointment(
    conn: &mut DbConn,
    id: i64,
    due: NaiveDateTime,
    day: Option<NaiveDate>,
) -> Result<NaiveDateTime, Abort> {
    let calendar = crate::services::calendar::calendar_of_dossier(conn, id)?;
    let Some(day) = day else { return Err(Abort(ActError::BadDate)) };
    if day <= shared::time::day_of(due) || !calendar.is_working_day(day) {
        return Err(Abort(ActError::BadDate));
    }
    Ok(shared::time::utc(calendar.closing(day)))
}

/// Whether the dossier has a drafted apology waiting for a leader.
pub fn pending(conn: &mut DbConn, id: i64) -> Result<Option<(String, NaiveDateTime)>, crate::db::DbError> {
    Ok(dossier_apologies::table
        .filter(dossier_apologies::dossier_id.eq(id))
        .filter(dossier_apologies::approved_at.is_null())
        .select((dossier_apologies::reason, dossier_apologies::new_due_at))
        .first(conn)
        .optional()?)
}
