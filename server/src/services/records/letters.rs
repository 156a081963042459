//! The forms written while a dossier is processed (Circular 03/2025, Appendix I): Mẫu 04, the
//! apology with a new appointment, sent to the applicant once a leader approved it; Mẫu 05, the
//! notice that processing stopped, with the step it had reached and the reason; Mẫu 06, the
//! processing-control sheet, one row per stay at a workflow step with its timeliness.

use super::layout::{self, heading, signatures, title};
use super::pdf::{Line, Sheet};
use super::{lookup_link, pdf_bytes};
use crate::db::schema::{accounts, dossier_events};
use crate::db::{DbConn, DbError};
use crate::services::dossier::handovers;
use crate::services::dossier::notices::{Apology, approved_apology};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::deadline::{Timeliness, classify};
use shared::dossier::{Move, Status};
use shared::time::formal;

/// What every letter names: code, procedure, agency, owner, received at.
struct Dossier {
    code: String,
    procedure: String,
    agency: String,
    owner: String,
    phone: Option<String>,
    received: Option<NaiveDateTime>,
}

/// The dossier if `actor` may see it (`officers_only`: and is an officer).
fn visible(conn: &mut DbConn, actor: &Actor, id: i64, officers_only: bool) -> Result<Option<Dossier>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    let officer_sees = matches!(actor, Actor::Officer { .. })
        && (decide(actor, Action::ViewDossier(found.scope)).is_ok()
            || decide(actor, Action::ReceiveDossier(found.scope)).is_ok());
    let may = if officers_only {
        officer_sees
    } else {
        officer_sees || decide(actor, Action::ViewDossier(found.scope)).is_ok()
    };
    if !may {
        return Ok(None);
    }
    let h = crate::services::dossier::header::header(conn, id)?;
    Ok(h.code.map(|code| Dossier {
        code,
        procedure: h.procedure,
        agency: h.agency,
        owner: h.owner,
        phone: h.owner_phone,
        received: h.received_at,
    }))
}

fn name_of(conn: &mut DbConn, account: Option<i64>) -> Result<String, DbError> {
    let Some(account) = account else { return Ok(String::new()) };
    Ok(accounts::table
        .filter(accounts::id.eq(account))
        .select(accounts::full_name)
        .first(conn)
        .optional()?
        .unwrap_or_default())
}

/// Mẫu 04, once approved: for the applicant and the officers who see the dossier.
pub fn apology_letter(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let Some(Apology { reason, old_due, new_due, approved_by, approved_at }) = approved_apology(conn, id)? else {
        return Ok(None);
    };
    let leader = name_of(conn, approved_by)?;
    let mut lines = heading(&layout::issuer_of_dossier(conn, id)?, "", approved_at);
    lines.extend([
        title(text::APOLOGY_TITLE),
        Line::center(fill(text::CODE, &[("code", &d.code)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::DEAR, &[("owner", &d.owner)]), false, 11.0),
    ]);
    if let Some(phone) = &d.phone {
        lines.push(Line::new(fill(text::PHONE, &[("phone", phone)]), false, 11.0));
    }
    if let Some(received) = d.received {
        let at = formal(received);
        let holes = [("at", at.as_str()), ("agency", &d.agency), ("code", &d.code), ("procedure", &d.procedure)];
        lines.push(Line::new(fill(text::APOLOGY_RECEIVED, &holes), false, 11.0));
    }
    lines.extend([
        Line::new(fill(text::APOLOGY_OLD_DUE, &[("at", &formal(old_due))]), false, 11.0),
        Line::new(text::APOLOGY_LATE, false, 11.0),
        Line::new(fill(text::REASON, &[("reason", &reason)]), false, 11.0),
        Line::new(fill(text::APOLOGY_NEW_DUE, &[("agency", &d.agency), ("at", &formal(new_due))]), true, 11.0),
        Line::new(fill(text::APOLOGY_SIGNED_AT, &[("at", &formal(approved_at))]), false, 11.0),
    ]);
    lines.extend(signatures(None, (text::APOLOGY_SIGNER, &leader)));
    let sheet = Sheet { title: text::APOLOGY_SHEET, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

/// Mẫu 05, for a stopped dossier: for the applicant and the officers who see it.
pub fn stop_notice(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let event: Option<(NaiveDateTime, Option<String>, Option<i64>)> = dossier_events::table
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(Status::Stopped.code()))
        // The stop itself, never an internal line written afterwards.
        .filter(dossier_events::public.eq(true))
        .order(dossier_events::id.desc())
        .select((dossier_events::at, dossier_events::note, dossier_events::actor_account_id))
        .first(conn)
        .optional()?;
    let Some((when, reason, by)) = event else { return Ok(None) };
    let stage = handovers::tasks(conn, id)?.into_iter().rev().find(|t| t.outcome == Some(Move::Stop));
    let leader = name_of(conn, by)?;
    let mut lines = heading(&layout::issuer_of_dossier(conn, id)?, "", when);
    lines.extend([
        title(text::STOP_TITLE),
        Line::center(fill(text::CODE, &[("code", &d.code)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::DEAR, &[("owner", &d.owner)]), false, 11.0),
        Line::new(fill(text::REQUESTED, &[("procedure", &d.procedure)]), false, 11.0),
    ]);
    if let Some(received) = d.received {
        lines.push(Line::new(fill(text::STOP_RECEIVED_AT, &[("at", &formal(received))]), false, 11.0));
    }
    if let Some(stage) = stage {
        let place = stage.unit_name.map(|u| format!("{} — {u}", stage.agency_name)).unwrap_or(stage.agency_name);
        let holes = [("step", stage.step_name.as_str()), ("place", &place)];
        lines.push(Line::new(fill(text::STOP_STAGE, &holes), false, 11.0));
    }
    lines.extend([
        Line::new(fill(text::STOP_FROM, &[("at", &formal(when))]), true, 11.0),
        Line::new(fill(text::REASON, &[("reason", &reason.unwrap_or_default())]), false, 11.0),
        Line::new(text::STOP_FEES, false, 11.0),
    ]);
    lines.extend(signatures(None, (text::STOP_SIGNER, &leader)));
    let sheet = Sheet { title: text::STOP_SHEET, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

fn outcome_label(outcome: Option<Move>) -> &'static str {
    match outcome {
        None => text::OUTCOME_PENDING,
        Some(Move::StartProcessing) => text::OUTCOME_START,
        Some(Move::Propose) => text::OUTCOME_PROPOSE,
        Some(Move::SendBack) => text::OUTCOME_SEND_BACK,
        Some(Move::Finish) => text::OUTCOME_FINISH,
        Some(Move::Reject) => text::OUTCOME_REJECT,
        Some(Move::RequestSupplement) => text::OUTCOME_SUPPLEMENT,
        Some(Move::ReturnResult) => text::OUTCOME_RETURNED,
        Some(Move::Stop) => text::OUTCOME_STOP,
        Some(Move::Withdraw) => text::OUTCOME_WITHDRAW,
        Some(Move::Submit | Move::Receive | Move::Supplement | Move::Refuse) => text::OUTCOME_FORWARD,
    }
}

pub fn timeliness_label(t: Timeliness) -> &'static str {
    match t {
        Timeliness::Early => text::EARLY,
        Timeliness::OnTime => text::ON_TIME,
        Timeliness::Late => text::LATE,
    }
}

/// Mẫu 06, the processing-control sheet: for the officers who see the dossier.
pub fn control_sheet(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, true)? else { return Ok(None) };
    let tasks = handovers::tasks(conn, id)?;
    if tasks.is_empty() {
        return Ok(None);
    }
    let widths = [0.30, 0.38, 0.14, 0.18];
    let mut lines = heading(&layout::issuer_of_dossier(conn, id)?, text::COUNTER, shared::time::now());
    lines.extend([
        title(text::CONTROL_TITLE),
        Line::center(fill(text::CODE, &[("code", &d.code)]), true, 11.0),
        Line::new(fill(text::CONTROL_OWNER, &[("owner", &d.owner)]), false, 11.0),
        Line::new(fill(text::PROCEDURE, &[("procedure", &d.procedure)]), false, 11.0),
        Line::new("", false, 6.0),
        Line::row(&text::CONTROL_HEADERS, &widths, true, 9.0),
    ]);
    for t in tasks {
        let place = match &t.unit_name {
            Some(u) => format!("{} — {u}: {}", t.agency_name, t.step_name),
            None => format!("{}: {}", t.agency_name, t.step_name),
        };
        let by = t.handed_by.as_deref().unwrap_or(text::CONTROL_SYSTEM);
        let mut times = fill(text::CONTROL_HANDED, &[("at", &formal(t.started_at)), ("by", by)]);
        let taker = t.assignee.as_deref().or(t.finished_by.as_deref()).unwrap_or("—");
        times.push(' ');
        times.push_str(&fill(text::CONTROL_TAKEN, &[("by", taker)]));
        if let Some(due) = t.due_at {
            times.push(' ');
            times.push_str(&fill(text::CONTROL_DUE, &[("at", &formal(due))]));
        }
        if let Some(done) = t.finished_at {
            times.push(' ');
            times.push_str(&fill(text::CONTROL_PASSED, &[("at", &formal(done))]));
        }
        let result = match (t.finished_at, t.due_at) {
            (Some(done), Some(due)) => timeliness_label(classify(done, due)),
            (Some(_), None) => text::CONTROL_NO_DEADLINE,
            (None, _) => text::OUTCOME_PENDING,
        };
        lines.push(Line::row(&[&place, &times, result, outcome_label(t.outcome)], &widths, false, 9.0));
    }
    let sheet = Sheet { title: text::CONTROL_SHEET, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

/// The cover page of an issued result: which files were issued, their SHA-256, and a QR code to
/// the public check (`/xac-thuc/{code}`). For whoever may see the dossier.
pub fn result_cover(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    use crate::db::schema::{dossier_documents, stored_files};
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let files: Vec<(String, String, NaiveDateTime)> = dossier_documents::table
        .inner_join(stored_files::table)
        .filter(dossier_documents::dossier_id.eq(id))
        .filter(dossier_documents::requirement.eq(crate::services::dossier::documents::RESULT_REQUIREMENT))
        .order(dossier_documents::id)
        .select((stored_files::display_name, stored_files::sha256, dossier_documents::added_at))
        .load(conn)?;
    if files.is_empty() {
        return Ok(None);
    }
    let check = base.join(&format!("/xac-thuc/{}", d.code)).map(|u| u.to_string()).unwrap_or_default();
    let issued = files.iter().map(|f| f.2).max().unwrap_or_else(shared::time::now);
    let mut lines = heading(&layout::issuer_of_dossier(conn, id)?, "", issued);
    lines.extend([
        title(text::COVER_TITLE),
        Line::center(fill(text::CODE, &[("code", &d.code)]), true, 11.0),
        Line::new(fill(text::PROCEDURE, &[("procedure", &d.procedure)]), false, 11.0),
        Line::new(fill(text::COVER_RECIPIENT, &[("owner", &d.owner)]), false, 11.0),
        Line::new("", false, 6.0),
    ]);
    // Each hash on a line of its own, so that it is printed (and read back) unbroken.
    for (name, sha, added) in &files {
        lines.push(Line::new(fill(text::COVER_FILE, &[("name", name), ("at", &formal(*added))]), true, 10.0));
        lines.push(Line::new(fill(text::COVER_HASH, &[("sha", sha)]), false, 8.0));
    }
    lines.extend([
        Line::new("", false, 6.0),
        Line::new(text::COVER_CHECK, false, 10.0),
        Line::new(check.clone(), false, 10.0),
    ]);
    lines.extend(signatures(None, (text::SIGNER_AGENCY, &d.agency)));
    let sheet = Sheet { title: text::COVER_SHEET, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&check))?))
}
