//! The unit asked for an opinion: its list of questions (a leader's: every unit of the agency),
//! one question with the form to answer, and the answer, written once. What they see is the
//! question, its files and the dossier's code and procedure, never the dossier itself.

use super::{OpinionError, link_files, views};
use crate::db::schema::{accounts, agencies, agency_units, dossiers, opinion_requests, procedures};
use crate::db::{DbConn, DbError};
use crate::services::conversation::{Conversation, form_key};
use crate::services::dossier::documents::OfficeFile;
use crate::services::dossier::scope::scoped;
use crate::services::dossier::timeline::record_note;
use crate::services::notify;
use app::api::ServiceError;
use app::api::opinions::{AskedList, AskedOpinion, AskedRow};
use app::i18n::mail;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::conversation::opinions::{self as rules, OpinionProblem};

/// Where a request was sent: (its dossier, the agency and unit asked).
fn addressed(conn: &mut DbConn, opinion: i64) -> Result<Option<(i64, i64, i64)>, DbError> {
    Ok(opinion_requests::table
        .filter(opinion_requests::id.eq(opinion))
        .select((opinion_requests::dossier_id, opinion_requests::to_agency_id, opinion_requests::to_unit_id))
        .first(conn)
        .optional()?)
}

/// Whether `actor` may read request `opinion`: the unit asked, or an officer who sees its dossier.
pub(super) fn may_read(conn: &mut DbConn, actor: &Actor, opinion: i64) -> Result<bool, DbError> {
    let Some((dossier, agency, unit)) = addressed(conn, opinion)? else { return Ok(false) };
    if decide(actor, Action::AnswerOpinion { agency, unit }).is_ok() {
        return Ok(true);
    }
    Ok(scoped(conn, dossier)?.is_some_and(|s| {
        decide(actor, Action::ViewDossier(s.scope)).is_ok() && decide(actor, Action::KeepNotes(s.scope)).is_ok()
    }))
}

/// Which requests are `actor`'s to answer: their agency's (a leader: `None`, every unit) or
/// their unit's; `Err` for an officer no unit's question is for.
fn answerable(actor: &Actor) -> Result<(i64, Option<i64>), Denial> {
    let Actor::Officer { agency, unit, .. } = actor else {
        return Err(decide(actor, Action::SignedIn).err().unwrap_or(Denial::Forbidden));
    };
    // No unit has a negative id: who may answer for it may answer for any unit of the agency.
    if decide(actor, Action::AnswerOpinion { agency: *agency, unit: -1 }).is_ok() {
        return Ok((*agency, None));
    }
    match unit {
        Some(unit) if decide(actor, Action::AnswerOpinion { agency: *agency, unit: *unit }).is_ok() => {
            Ok((*agency, Some(*unit)))
        }
        _ => Err(Denial::Forbidden),
    }
}

type ListRow = (i64, Option<String>, String, String, String, NaiveDateTime, NaiveDate, bool);

/// What `actor`'s unit was asked: the open requests (the overdue first, then by due day) or the
/// answered ones (the latest first), page `page`; with the open and overdue counts.
pub(in crate::services::conversation) fn list(
    conn: &mut DbConn,
    actor: &Actor,
    answered: bool,
    page: u32,
) -> Result<Result<AskedList, ServiceError>, DbError> {
    let (agency, unit) = match answerable(actor) {
        Ok(found) => found,
        Err(denial) => return Ok(Err(ServiceError::Denied(denial))),
    };
    let mine = || {
        let mut query = opinion_requests::table.filter(opinion_requests::to_agency_id.eq(agency)).into_boxed();
        if let Some(unit) = unit {
            query = query.filter(opinion_requests::to_unit_id.eq(unit));
        }
        query
    };
    let today = shared::time::today();
    let open: i64 = mine().filter(opinion_requests::answered_at.is_null()).count().get_result(conn)?;
    let overdue: i64 = mine()
        .filter(opinion_requests::answered_at.is_null())
        .filter(opinion_requests::due_on.lt(today))
        .count()
        .get_result(conn)?;
    let mut query = mine()
        .inner_join(agency_units::table)
        .inner_join(dossiers::table.inner_join(procedures::table))
        .inner_join(agencies::table.on(agencies::id.eq(dossiers::agency_id)))
        .select((
            opinion_requests::id,
            dossiers::code,
            procedures::name,
            agencies::name,
            agency_units::name,
            opinion_requests::created_at,
            opinion_requests::due_on,
            opinion_requests::answered_at.is_not_null(),
        ));
    query = if answered {
        query.filter(opinion_requests::answered_at.is_not_null()).order(opinion_requests::answered_at.desc())
    } else {
        query.filter(opinion_requests::answered_at.is_null()).order((opinion_requests::due_on, opinion_requests::id))
    };
    let mut rows: Vec<ListRow> = query.offset(i64::from(page) * rules::PAGE).limit(rules::PAGE + 1).load(conn)?;
    let more = rows.len() > rules::PAGE as usize;
    rows.truncate(rules::PAGE as usize);
    let rows = rows
        .into_iter()
        .map(|(id, code, procedure, from_agency, unit, asked_at, due, answered)| AskedRow {
            id,
            code: code.unwrap_or_default(),
            procedure,
            from_agency,
            unit,
            asked_at: shared::time::minute(asked_at),
            due_on: shared::time::date(due),
            overdue: rules::overdue(due, answered, today),
            answered,
        })
        .collect();
    Ok(Ok(AskedList { rows, answered, open, overdue, page, more }))
}

/// Request `id` as the unit asked reads it (an officer who sees its dossier reads it too, without
/// the form); not there for anyone else.
pub(in crate::services::conversation) fn one(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    file_limit: u64,
) -> Result<Result<AskedOpinion, ServiceError>, DbError> {
    if let Err(denial) = decide(actor, Action::SignedIn) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let Some((dossier, agency, unit)) = addressed(conn, id)? else { return Ok(Err(ServiceError::NotFound)) };
    if !may_read(conn, actor, id)? {
        return Ok(Err(ServiceError::NotFound));
    }
    let Some(opinion) = views(conn, &[id])?.pop() else { return Ok(Err(ServiceError::NotFound)) };
    let (code, procedure): (Option<String>, String) = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(dossier))
        .select((dossiers::code, procedures::name))
        .first(conn)?;
    let can_answer = opinion.answer.is_none() && decide(actor, Action::AnswerOpinion { agency, unit }).is_ok();
    Ok(Ok(AskedOpinion {
        opinion,
        code: code.unwrap_or_default(),
        procedure,
        can_answer,
        key: form_key(),
        file_limit_mb: file_limit / (1024 * 1024),
    }))
}

impl Conversation {
    /// May `actor` answer request `opinion`: asked before a byte of a file is stored.
    pub async fn may_answer(&self, actor: &Actor, opinion: i64) -> anyhow::Result<Result<(), OpinionError>> {
        let actor = actor.clone();
        Ok(self.db.run(move |conn| Ok::<_, DbError>(answerer(conn, &actor, opinion)?.map(|_| ()))).await?)
    }

    /// Writes `actor`'s answer to request `opinion` with its files (once: a retried form finds it
    /// written; someone else's earlier answer refuses it), puts it on the dossier's internal
    /// timeline and tells the asker. The files are removed unless the answer is written.
    pub(crate) async fn answer(
        &self,
        actor: &Actor,
        opinion: i64,
        key: String,
        text: String,
        files: Vec<OfficeFile>,
    ) -> anyhow::Result<Result<(), OpinionError>> {
        let actor = actor.clone();
        self.write_holding(files, move |conn, files, base, now| {
            write_answer(conn, &actor, opinion, (&key, &text), files, base, now)
        })
        .await
    }
}

/// Request `opinion`'s dossier and agency and unit asked, when `actor` may answer it; not there
/// for whoever may not even read it.
fn answerer(conn: &mut DbConn, actor: &Actor, opinion: i64) -> Result<Result<(i64, i64, i64), OpinionError>, DbError> {
    let Some((dossier, agency, unit)) = addressed(conn, opinion)? else { return Ok(Err(OpinionError::NotFound)) };
    match decide(actor, Action::AnswerOpinion { agency, unit }) {
        Ok(()) => Ok(Ok((dossier, agency, unit))),
        Err(_) if !may_read(conn, actor, opinion)? => Ok(Err(OpinionError::NotFound)),
        Err(denial) => Ok(Err(OpinionError::Denied(denial))),
    }
}

/// The answer's row, files, timeline line and mail, in the caller's transaction: true when
/// written now, false when this form's key wrote it before.
fn write_answer(
    conn: &mut DbConn,
    actor: &Actor,
    opinion: i64,
    (key, text): (&str, &str),
    files: &[OfficeFile],
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<Result<bool, OpinionError>, DbError> {
    let (dossier, agency, unit) = match answerer(conn, actor, opinion)? {
        Ok(found) => found,
        Err(problem) => return Ok(Err(problem)),
    };
    let Some(me) = actor.account() else { return Ok(Err(OpinionError::Denied(Denial::SignInRequired))) };
    let (answered, by_key): (Option<NaiveDateTime>, Option<String>) = opinion_requests::table
        .filter(opinion_requests::id.eq(opinion))
        .select((opinion_requests::answered_at, opinion_requests::answer_key))
        .first(conn)?;
    if answered.is_some() {
        return Ok(if by_key.as_deref() == Some(key) {
            Ok(false)
        } else {
            Err(OpinionError::Refused(OpinionProblem::Answered))
        });
    }
    let text = match rules::text(text) {
        Ok(text) => text,
        Err(problem) => return Ok(Err(OpinionError::Refused(problem))),
    };
    if files.len() > shared::conversation::MAX_FILES {
        return Ok(Err(OpinionError::Refused(OpinionProblem::TooManyFiles)));
    }
    // Only while nobody has answered: two officers answering at once, one wins.
    let updated = diesel::update(
        opinion_requests::table
            .filter(opinion_requests::id.eq(opinion))
            .filter(opinion_requests::answered_at.is_null()),
    )
    .set((
        opinion_requests::answer.eq(&text),
        opinion_requests::answered_by_account_id.eq(me),
        opinion_requests::answered_at.eq(now),
        opinion_requests::answer_key.eq(key),
    ))
    .execute(conn)?;
    if updated == 0 {
        // Answered meanwhile: by this same form posted twice at once (then it is done), or by
        // someone else.
        let by_key: Option<String> =
            opinion_requests::table.find(opinion).select(opinion_requests::answer_key).first(conn)?;
        return Ok(if by_key.as_deref() == Some(key) {
            Ok(false)
        } else {
            Err(OpinionError::Refused(OpinionProblem::Answered))
        });
    }
    link_files(conn, opinion, files, true)?;
    let (unit_name, agency_name): (String, String) = agency_units::table
        .inner_join(agencies::table)
        .filter(agency_units::id.eq(unit))
        .filter(agency_units::agency_id.eq(agency))
        .select((agency_units::name, agencies::name))
        .first(conn)?;
    if let Some(s) = scoped(conn, dossier)? {
        record_note(
            conn,
            dossier,
            now,
            Some(me),
            s.status,
            &format!("Ý kiến của {unit_name} ({agency_name}): {text}"),
        )?;
    }
    tell_asker(conn, (opinion, dossier), (&unit_name, &agency_name), base, now)?;
    Ok(Ok(true))
}

/// Mails whoever asked that the unit answered, with the link to the dossier's opinions.
fn tell_asker(
    conn: &mut DbConn,
    (opinion, dossier): (i64, i64),
    (unit, agency): (&str, &str),
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (code, to): (Option<String>, Option<String>) = opinion_requests::table
        .inner_join(dossiers::table)
        .inner_join(accounts::table.on(accounts::id.eq(opinion_requests::asked_by_account_id)))
        .filter(opinion_requests::id.eq(opinion))
        .filter(accounts::disabled_at.is_null())
        .select((dossiers::code, accounts::email))
        .first::<(Option<String>, Option<String>)>(conn)
        .optional()?
        .unwrap_or((None, None));
    let Some(to) = to else { return Ok(()) };
    let link = base.join(&format!("/ho-so/{dossier}#y-kien")).map(|u| u.to_string()).unwrap_or_default();
    let (subject, body) = mail::compose_in(&mail::OPINION_ANSWERED, |_| {
        vec![
            ("code", code.clone().unwrap_or_default()),
            ("unit", unit.to_owned()),
            ("agency", agency.to_owned()),
            ("link", link.clone()),
        ]
    });
    notify::enqueue(conn, now, notify::Mail { to: &to, subject: &subject, body: &body })
}
