//! Opinions asked of other units about a dossier (xin ý kiến). Whoever processes a dossier
//! (`Action::AskOpinion`) asks a unit — of another agency, or another unit of their own — a
//! question with files and a number of working days; the unit asked (`Action::AnswerOpinion`)
//! sees the question and its files, never the dossier, and answers once (`asked`). Both ends go
//! on the dossier's internal timeline; neither is ever shown to the applicant. Files stream to the
//! office's store like a message's and are removed again unless their row is written.

pub mod asked;

use super::{Conversation, form_key};
use crate::db::schema::{
    accounts, agencies, agency_units, dossiers, officer_roles, officers, opinion_files, opinion_requests, procedures,
    stored_files,
};
use crate::db::{DbConn, DbError};
use crate::services::calendar::load_calendar;
use crate::services::dossier::documents::{FILE_HEAD, FileHead, OfficeFile, insert_office_file, open};
use crate::services::dossier::scope::{Scoped, scoped};
use crate::services::dossier::timeline::record_note;
use crate::services::notify;
use crate::storage::Download;
use app::api::ServiceError;
use app::api::conversation::MessageFile;
use app::api::opinions::{AgencyUnits, AnswerView, DossierOpinions, OpinionView};
use app::i18n::mail;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Text, Timestamp};
use shared::access::{Action, Actor, Denial, Role, decide};
use shared::conversation::opinions::{self as rules, OpinionProblem};
use std::collections::HashMap;

/// Why a request or an answer was not written.
#[derive(Debug, PartialEq, Eq)]
pub enum OpinionError {
    NotFound,
    Denied(Denial),
    Refused(OpinionProblem),
}

/// What the asker's form carried, checked in the service.
pub struct Question {
    pub key: String,
    pub unit: String,
    pub days: String,
    pub text: String,
}

/// Dossier `id` as `actor` may ask about it; one they may not see is not there to them.
fn asker(conn: &mut DbConn, actor: &Actor, id: i64) -> Result<Result<Scoped, OpinionError>, DbError> {
    let Some(s) = scoped(conn, id)? else { return Ok(Err(OpinionError::NotFound)) };
    if decide(actor, Action::ViewDossier(s.scope)).is_err() {
        return Ok(Err(OpinionError::NotFound));
    }
    Ok(decide(actor, Action::AskOpinion(s.scope)).map(|()| s).map_err(OpinionError::Denied))
}

impl Conversation {
    /// May `actor` ask about dossier `id`: asked before a byte of a file is stored.
    pub async fn may_ask(&self, actor: &Actor, id: i64) -> anyhow::Result<Result<(), OpinionError>> {
        let actor = actor.clone();
        Ok(self.db.run(move |conn| Ok::<_, DbError>(asker(conn, &actor, id)?.map(|_| ()))).await?)
    }

    /// Writes `actor`'s request about dossier `id` with its files, tells the unit asked, and puts
    /// it on the dossier's internal timeline; a retried form (same key) writes nothing more. The
    /// files are removed unless the request is written.
    pub(crate) async fn ask(
        &self,
        actor: &Actor,
        id: i64,
        question: Question,
        files: Vec<OfficeFile>,
    ) -> anyhow::Result<Result<(), OpinionError>> {
        let actor = actor.clone();
        self.write_holding(files, move |conn, files, base, now| {
            write_question(conn, &actor, id, &question, files, base, now)
        })
        .await
    }

    /// File `file` of request `opinion`, for the officers who see its dossier or the unit asked.
    pub async fn opinion_file(&self, actor: &Actor, opinion: i64, file: i64) -> anyhow::Result<Option<Download>> {
        let actor = actor.clone();
        let found: Option<FileHead> = self
            .db
            .run(move |conn| {
                if !asked::may_read(conn, &actor, opinion)? {
                    return Ok(None);
                }
                Ok::<_, DbError>(
                    stored_files::table
                        .inner_join(opinion_files::table)
                        .filter(opinion_files::opinion_id.eq(opinion))
                        .filter(stored_files::id.eq(file))
                        .select(FILE_HEAD)
                        .first(conn)
                        .optional()?,
                )
            })
            .await?;
        let Some(head) = found else { return Ok(None) };
        Ok(Some(open(&self.store, head).await?))
    }
}

/// The request's row, files, timeline line and mail, in the caller's transaction: true when
/// written now, false when the form's key wrote it before.
fn write_question(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    q: &Question,
    files: &[OfficeFile],
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<Result<bool, OpinionError>, DbError> {
    let s = match asker(conn, actor, id)? {
        Ok(s) => s,
        Err(problem) => return Ok(Err(problem)),
    };
    let Some(me) = actor.account() else { return Ok(Err(OpinionError::Denied(Denial::SignInRequired))) };
    let checked = (|| {
        let unit = q.unit.parse::<i64>().ok().filter(|u| Some(*u) != s.scope.unit).ok_or(OpinionProblem::NoUnit)?;
        let days = rules::days(&q.days)?;
        let text = rules::text(&q.text)?;
        if files.len() > shared::conversation::MAX_FILES {
            return Err(OpinionProblem::TooManyFiles);
        }
        Ok((unit, days, text))
    })();
    let (unit, days, text) = match checked {
        Ok(checked) => checked,
        Err(problem) => return Ok(Err(OpinionError::Refused(problem))),
    };
    let Some((agency, unit_name, agency_name)) = agency_units::table
        .inner_join(agencies::table)
        .filter(agency_units::id.eq(unit))
        .select((agency_units::agency_id, agency_units::name, agencies::name))
        .first::<(i64, String, String)>(conn)
        .optional()?
    else {
        return Ok(Err(OpinionError::Refused(OpinionProblem::NoUnit)));
    };
    let due = rules::due_on(&load_calendar(conn)?, shared::time::day_of(now), days);
    // A retried post finds its request written and writes nothing more (one statement, spelt
    // the same on both backends).
    #[derive(QueryableByName)]
    struct Inserted {
        #[diesel(sql_type = BigInt)]
        id: i64,
    }
    let inserted: Option<Inserted> = diesel::sql_query(
        "INSERT INTO opinion_requests (dossier_id, asked_by_account_id, to_agency_id, to_unit_id, question, \
         due_on, send_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (dossier_id, send_key) DO NOTHING RETURNING id",
    )
    .bind::<BigInt, _>(id)
    .bind::<BigInt, _>(me)
    .bind::<BigInt, _>(agency)
    .bind::<BigInt, _>(unit)
    .bind::<Text, _>(&text)
    .bind::<Date, _>(due)
    .bind::<Text, _>(&q.key)
    .bind::<Timestamp, _>(now)
    .get_result(conn)
    .optional()?;
    let Some(Inserted { id: opinion }) = inserted else { return Ok(Ok(false)) };
    link_files(conn, opinion, files, false)?;
    let note = format!("Xin ý kiến {unit_name} ({agency_name}), hạn trả lời {}", shared::time::date(due));
    record_note(conn, id, now, Some(me), s.status, &note)?;
    tell_unit(conn, (opinion, id), (agency, unit), due, base, now)?;
    Ok(Ok(true))
}

/// Links the files of a question (`answer` false) or an answer to request `opinion`.
fn link_files(conn: &mut DbConn, opinion: i64, files: &[OfficeFile], answer: bool) -> Result<(), DbError> {
    for file in files {
        let file_id = insert_office_file(conn, file)?;
        diesel::insert_into(opinion_files::table)
            .values((
                opinion_files::opinion_id.eq(opinion),
                opinion_files::file_id.eq(file_id),
                opinion_files::answer.eq(answer),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Mails the unit asked (its specialists and heads, enabled, with an address) the question's
/// link: the dossier's code and procedure, never the question's text.
fn tell_unit(
    conn: &mut DbConn,
    (opinion, dossier): (i64, i64),
    (agency, unit): (i64, i64),
    due: NaiveDate,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (code, procedure, from): (Option<String>, String, String) = dossiers::table
        .inner_join(procedures::table)
        .inner_join(agencies::table.on(agencies::id.eq(dossiers::agency_id)))
        .filter(dossiers::id.eq(dossier))
        .select((dossiers::code, procedures::name, agencies::name))
        .first(conn)?;
    let unit_name: String =
        agency_units::table.filter(agency_units::id.eq(unit)).select(agency_units::name).first(conn)?;
    let link = base.join(&format!("/can-bo/y-kien/{opinion}")).map(|u| u.to_string()).unwrap_or_default();
    let (subject, body) = mail::compose_in(&mail::OPINION_ASKED, |_| {
        vec![
            ("code", code.clone().unwrap_or_default()),
            ("procedure", procedure.clone()),
            ("agency", from.clone()),
            ("unit", unit_name.clone()),
            ("due", shared::time::date(due)),
            ("link", link.clone()),
        ]
    });
    let roles = [Role::Specialist.code(), Role::UnitHead.code()];
    let addresses: Vec<Option<String>> = officers::table
        .inner_join(accounts::table)
        .inner_join(officer_roles::table)
        .filter(accounts::disabled_at.is_null())
        .filter(officers::agency_id.eq(agency))
        .filter(officers::unit_id.eq(unit))
        .filter(officer_roles::role.eq_any(roles))
        .select(accounts::email)
        .distinct()
        .load(conn)?;
    for to in addresses.into_iter().flatten() {
        notify::enqueue(conn, now, notify::Mail { to: &to, subject: &subject, body: &body })?;
    }
    Ok(())
}

/// What was asked about dossier `id` (officers who see it) and the form to ask.
pub(super) fn of_dossier(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    file_limit: u64,
) -> Result<Result<DossierOpinions, ServiceError>, DbError> {
    if let Err(denial) = decide(actor, Action::SignedIn) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let Some(s) = scoped(conn, id)? else { return Ok(Err(ServiceError::NotFound)) };
    // The applicant, and an officer who may not see the dossier, find nothing here.
    if decide(actor, Action::ViewDossier(s.scope)).is_err() || decide(actor, Action::KeepNotes(s.scope)).is_err() {
        return Ok(Err(ServiceError::NotFound));
    }
    let ids: Vec<i64> = opinion_requests::table
        .filter(opinion_requests::dossier_id.eq(id))
        .order(opinion_requests::id.desc())
        .select(opinion_requests::id)
        .load(conn)?;
    let opinions = views(conn, &ids)?;
    let can_ask = decide(actor, Action::AskOpinion(s.scope)).is_ok();
    let units = if can_ask { choices(conn, s.scope.unit)? } else { Vec::new() };
    Ok(Ok(DossierOpinions {
        dossier: id,
        opinions,
        can_ask,
        units,
        key: form_key(),
        file_limit_mb: file_limit / (1024 * 1024),
    }))
}

/// Every unit but the dossier's own, by agency (the province's units are a few hundred).
fn choices(conn: &mut DbConn, own: Option<i64>) -> Result<Vec<AgencyUnits>, DbError> {
    let rows: Vec<(String, i64, String)> = agency_units::table
        .inner_join(agencies::table)
        .filter(agency_units::id.ne(own.unwrap_or(-1)))
        .order((agencies::name, agency_units::name))
        .select((agencies::name, agency_units::id, agency_units::name))
        .load(conn)?;
    let mut grouped: Vec<AgencyUnits> = Vec::new();
    for (agency, unit, name) in rows {
        match grouped.last_mut() {
            Some(last) if last.agency == agency => last.units.push((unit, name)),
            _ => grouped.push(AgencyUnits { agency, units: vec![(unit, name)] }),
        }
    }
    Ok(grouped)
}

/// One request as read: (id, asker, unit asked, agency asked, asked at, question, due, answer,
/// answerer, answered at).
type Row =
    (i64, i64, String, String, NaiveDateTime, String, NaiveDate, Option<String>, Option<i64>, Option<NaiveDateTime>);

/// Requests `ids` as both ends read them, in that order: who asked and answered (name, agency),
/// the files on each side, whether it is overdue today.
pub(super) fn views(conn: &mut DbConn, ids: &[i64]) -> Result<Vec<OpinionView>, DbError> {
    let rows: Vec<Row> = opinion_requests::table
        .inner_join(agency_units::table)
        .inner_join(agencies::table.on(agencies::id.eq(opinion_requests::to_agency_id)))
        .filter(opinion_requests::id.eq_any(ids))
        .select((
            opinion_requests::id,
            opinion_requests::asked_by_account_id,
            agency_units::name,
            agencies::name,
            opinion_requests::created_at,
            opinion_requests::question,
            opinion_requests::due_on,
            opinion_requests::answer,
            opinion_requests::answered_by_account_id,
            opinion_requests::answered_at,
        ))
        .load(conn)?;
    let people: Vec<i64> = rows.iter().flat_map(|r| [Some(r.1), r.8]).flatten().collect();
    let names: HashMap<i64, (String, String)> = accounts::table
        .left_join(officers::table.inner_join(agencies::table))
        .filter(accounts::id.eq_any(&people))
        .select((accounts::id, accounts::full_name, agencies::name.nullable()))
        .load::<(i64, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, name, agency)| (id, (name, agency.unwrap_or_default())))
        .collect();
    let mut files: HashMap<(i64, bool), Vec<MessageFile>> = HashMap::new();
    let held: Vec<(i64, bool, i64, String, i64)> = stored_files::table
        .inner_join(opinion_files::table)
        .filter(opinion_files::opinion_id.eq_any(ids))
        .order(stored_files::id)
        .select((
            opinion_files::opinion_id,
            opinion_files::answer,
            stored_files::id,
            stored_files::display_name,
            stored_files::size_bytes,
        ))
        .load(conn)?;
    for (opinion, answer, id, name, size) in held {
        files.entry((opinion, answer)).or_default().push(MessageFile { id, name, size });
    }
    let today = shared::time::today();
    let mut by_id: HashMap<i64, OpinionView> = rows
        .into_iter()
        .map(|(id, asker, unit, agency, asked_at, question, due, answer, by, at)| {
            let (asked_by, from_agency) = names.get(&asker).cloned().unwrap_or_default();
            let answer = answer.map(|text| AnswerView {
                by: by.and_then(|by| names.get(&by)).map(|(name, _)| name.clone()).unwrap_or_default(),
                at: at.map(shared::time::minute).unwrap_or_default(),
                text,
                files: files.remove(&(id, true)).unwrap_or_default(),
            });
            let view = OpinionView {
                id,
                unit,
                agency,
                asked_by,
                from_agency,
                asked_at: shared::time::minute(asked_at),
                question,
                files: files.remove(&(id, false)).unwrap_or_default(),
                due_on: shared::time::date(due),
                overdue: rules::overdue(due, answer.is_some(), today),
                answer,
            };
            (id, view)
        })
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}
