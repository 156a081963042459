//! Submission: the whole dossier is checked again (every field, every mandatory document), then
//! in one transaction the day's number of the receiving agency is taken, the draft becomes
//! "waiting for reception" with its code, the event is recorded and the confirmation mail
//! queued. Submitting twice gives the one dossier: the second request finds it submitted and
//! answers with its code. A crash leaves either the draft or the submitted dossier, never half.

use super::{Filing, today};
use crate::db::schema::{
    accounts, agencies, dossier_code_counters, dossier_documents, dossiers, procedure_forms, procedures,
};
use crate::db::{DbConn, DbError};
use crate::services::catalog::units::codes_in_force as current_unit_codes;
use crate::services::dossier::clock::end_pause;
use crate::services::dossier::scope::scoped;
use crate::services::dossier::timeline::record_event;
use crate::services::notify;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::{By, DossierCode, Move, Status, apply};
use shared::eform::{FieldKind, FieldProblem, FormSchema, FormValues, validate};
use shared::time::now;

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("not found")]
    NotFound,
    /// What must be fixed: field problems, and requirement ordinals still without a file.
    #[error("incomplete")]
    Incomplete { problems: Vec<FieldProblem>, missing: Vec<i32> },
    /// Not a draft and never submitted (cannot happen through the UI).
    #[error("not submittable")]
    NotSubmittable,
    /// The agency's 9999 numbers of the day are used up.
    #[error("no number left today")]
    Exhausted,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl Filing {
    /// Submits the draft; returns its code (the existing one if it was already submitted).
    pub async fn submit(&self, actor: &Actor, id: i64) -> Result<String, SubmitError> {
        let actor = actor.clone();
        let base = self.base_url.clone();
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    // Write first: the transaction holds the write lock (SQLite) or the row lock
                    // (PostgreSQL) from its first statement, so concurrent submissions queue
                    // instead of failing to upgrade a read snapshot.
                    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                        .set(dossiers::version.eq(dossiers::version))
                        .execute(conn)?;
                    let Some(s) = scoped(conn, id)? else { return Ok(Err(SubmitError::NotFound)) };
                    if !super::fills(&actor, s.scope) {
                        return Ok(Err(SubmitError::NotFound));
                    }
                    if s.status == Status::SupplementRequested {
                        return supplement(conn, &actor, id, s.version);
                    }
                    if s.status != Status::Draft {
                        let code: Option<String> =
                            dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn)?;
                        return Ok(code.ok_or(SubmitError::NotSubmittable));
                    }
                    let Ok(next) = apply(s.status, Move::Submit, By::Applicant) else {
                        return Ok(Err(SubmitError::NotSubmittable));
                    };
                    let (problems, missing) = completeness(conn, id)?;
                    if !problems.is_empty() || !missing.is_empty() {
                        return Ok(Err(SubmitError::Incomplete { problems, missing }));
                    }
                    let agency_code: String =
                        agencies::table.filter(agencies::id.eq(s.scope.agency)).select(agencies::code).first(conn)?;
                    let date = today();
                    let number = take_number(conn, s.scope.agency, date)?;
                    let Some(code) = u32::try_from(number).ok().and_then(|n| DossierCode::new(&agency_code, date, n))
                    else {
                        return Ok(Err(SubmitError::Exhausted));
                    };
                    let now = now();
                    let updated = diesel::update(
                        dossiers::table
                            .filter(dossiers::id.eq(id))
                            .filter(dossiers::version.eq(s.version))
                            .filter(dossiers::status.eq(Status::Draft.code())),
                    )
                    .set((
                        dossiers::status.eq(next.code()),
                        dossiers::code.eq(code.as_str()),
                        dossiers::submitted_at.eq(now),
                        dossiers::updated_at.eq(now),
                        dossiers::version.eq(s.version + 1),
                    ))
                    .execute(conn)?;
                    if updated != 1 {
                        // Someone (a second click) moved it first: undo the number, answer with theirs.
                        return Err(DbError::Query(diesel::result::Error::RollbackTransaction));
                    }
                    // The fee, fixed at submission from the procedure's online offer.
                    let fee = crate::services::payments::compute_fee(conn, id)?;
                    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                        .set(dossiers::fee_amount.eq(fee))
                        .execute(conn)?;
                    record_event(conn, id, now, actor.account(), (s.status, next), None)?;
                    crate::crash::point("submit.numbered");
                    // The counter hands its applicant the receipt (and mails it once received).
                    if !s.scope.counter {
                        confirmation_mail(conn, id, &code, &base)?;
                    }
                    Ok::<_, DbError>(Ok(code.to_string()))
                })
            })
            .await;
        match outcome {
            Ok(result) => result,
            Err(DbError::Query(diesel::result::Error::RollbackTransaction)) => {
                // Lost the race to a concurrent submit of the same draft: that one's code.
                let code = self
                    .db
                    .run(move |conn| {
                        Ok(dossiers::table
                            .filter(dossiers::id.eq(id))
                            .select(dossiers::code)
                            .first::<Option<String>>(conn)?)
                    })
                    .await
                    .map_err(anyhow::Error::from)?;
                code.ok_or(SubmitError::NotSubmittable)
            }
            Err(e) => Err(SubmitError::Unexpected(e.into())),
        }
    }

    /// What still stops the draft from being submitted (for the page, before the attempt).
    pub async fn completeness(&self, id: i64) -> anyhow::Result<(Vec<FieldProblem>, Vec<i32>)> {
        let progress = self.progress(id).await?;
        Ok((progress.problems, progress.missing))
    }

    /// Where draft `id` stands, for moving between its steps.
    pub async fn progress(&self, id: i64) -> anyhow::Result<Progress> {
        Ok(self.db.run(move |conn| progress(conn, id)).await?)
    }
}

impl Filing {
    /// The applicant withdraws the dossier (before a decision); the version they saw guards it.
    /// Withdraws a submitted dossier, for `reason` (kept in its history, told to the agency).
    pub async fn withdraw(
        &self,
        actor: &Actor,
        id: i64,
        version: i32,
        reason: String,
    ) -> Result<(), super::DraftError> {
        use super::DraftError;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some(s) = scoped(conn, id)? else { return Ok(Err(DraftError::NotFound)) };
                    if decide(&actor, Action::ActOnOwnDossier(s.scope)).is_err() {
                        return Ok(Err(DraftError::NotFound));
                    }
                    let Ok(next) = apply(s.status, Move::Withdraw, By::Applicant) else {
                        return Ok(Err(DraftError::NotEditable));
                    };
                    let now = now();
                    let updated = diesel::update(
                        dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(version)),
                    )
                    .set((
                        dossiers::status.eq(next.code()),
                        dossiers::version.eq(version + 1),
                        dossiers::updated_at.eq(now),
                        dossiers::finished_at.eq(now),
                    ))
                    .execute(conn)?;
                    if updated != 1 {
                        return Ok(Err(DraftError::Conflict));
                    }
                    end_pause(conn, id, now)?;
                    crate::services::dossier::handovers::close_task(conn, id, now, actor.account(), Move::Withdraw)?;
                    record_event(conn, id, now, actor.account(), (s.status, next), Some(&reason))?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await
            .map_err(|e| DraftError::Unexpected(e.into()))?
    }
}

/// The applicant's answer to a supplement request: checked like a submission, then
/// "supplemented" under the same code; the clock starts again.
fn supplement(conn: &mut DbConn, actor: &Actor, id: i64, version: i32) -> Result<Result<String, SubmitError>, DbError> {
    let Ok(next) = apply(Status::SupplementRequested, Move::Supplement, By::Applicant) else {
        return Ok(Err(SubmitError::NotSubmittable));
    };
    let (problems, missing) = completeness(conn, id)?;
    if !problems.is_empty() || !missing.is_empty() {
        return Ok(Err(SubmitError::Incomplete { problems, missing }));
    }
    let now = now();
    let updated = diesel::update(dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(version)))
        .set((dossiers::status.eq(next.code()), dossiers::version.eq(version + 1), dossiers::updated_at.eq(now)))
        .execute(conn)?;
    if updated != 1 {
        return Ok(Err(SubmitError::NotSubmittable));
    }
    end_pause(conn, id, now)?;
    record_event(conn, id, now, actor.account(), (Status::SupplementRequested, next), None)?;
    let code: Option<String> = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn)?;
    Ok(code.ok_or(SubmitError::NotSubmittable))
}

/// The day's next number for `agency`: one upsert, which holds the counter row until commit, so
/// concurrent submissions queue on it and get consecutive numbers; a rolled-back submission
/// gives its number back. The statement differs by backend only in its spelling, hence the
/// branch.
fn take_number(conn: &mut DbConn, agency: i64, (y, m, d): (i32, u32, u32)) -> Result<i32, DbError> {
    use dossier_code_counters::dsl as c;
    let day = format!("{y:04}-{m:02}-{d:02}");
    let number = match conn {
        DbConn::Pg(pg) => diesel::insert_into(c::dossier_code_counters)
            .values((c::agency_id.eq(agency), c::day.eq(&day), c::last_number.eq(1)))
            .on_conflict((c::agency_id, c::day))
            .do_update()
            .set(c::last_number.eq(c::last_number + 1))
            .returning(c::last_number)
            .get_result(pg)?,
        DbConn::Sqlite(lite) => diesel::insert_into(c::dossier_code_counters)
            .values((c::agency_id.eq(agency), c::day.eq(&day), c::last_number.eq(1)))
            .on_conflict((c::agency_id, c::day))
            .do_update()
            .set(c::last_number.eq(c::last_number + 1))
            .returning(c::last_number)
            .get_result(lite)?,
    };
    Ok(number)
}

/// Where a draft stands: its form and answers, what stops its submission, and whether its
/// procedure asks for documents at all (the documents step is left out when not).
pub struct Progress {
    pub schema: FormSchema,
    pub values: FormValues,
    pub problems: Vec<FieldProblem>,
    /// Mandatory document requirements (ordinals) still without a file.
    pub missing: Vec<i32>,
    pub documents: bool,
}

/// Field problems and missing mandatory documents of dossier `id`.
pub(super) fn completeness(conn: &mut DbConn, id: i64) -> Result<(Vec<FieldProblem>, Vec<i32>), DbError> {
    let progress = progress(conn, id)?;
    Ok((progress.problems, progress.missing))
}

fn progress(conn: &mut DbConn, id: i64) -> Result<Progress, DbError> {
    let (procedure_id, data, schema_json): (i64, String, String) = dossiers::table
        .inner_join(procedure_forms::table)
        .filter(dossiers::id.eq(id))
        .select((dossiers::procedure_id, dossiers::form_data, procedure_forms::schema_json))
        .first(conn)?;
    let schema: FormSchema = serde_json::from_str(&schema_json).map_err(|e| crate::db::decode(e.to_string()))?;
    let values: FormValues = serde_json::from_str(&data).map_err(|e| crate::db::decode(e.to_string()))?;
    let units = current_unit_codes(conn)?;
    let problems = validate(&schema, &values, today(), &|c| units.contains(c));
    let case = crate::services::dossier::case::case_of(conn, id)?;
    let requirements = crate::services::dossier::case::requirements(conn, procedure_id, case.as_deref())?;
    let documents = requirements.iter().any(|r| Some(r.ordinal) != schema.replaces_requirement);
    let mandatory: Vec<i32> = requirements.into_iter().filter(|r| r.mandatory).map(|r| r.ordinal).collect();
    // Document slots the form marks required, where their condition holds.
    let mut needed: Vec<i32> = mandatory;
    for field in schema.fields() {
        if let FieldKind::Document { requirement } = field.kind {
            let applies = field.when.as_ref().is_none_or(|c| match &c.equals {
                Some(v) => values.get(&c.field) == v,
                None => !values.get(&c.field).is_empty(),
            });
            if field.required && applies {
                needed.push(requirement);
            }
        }
    }
    needed.retain(|r| Some(*r) != schema.replaces_requirement);
    needed.sort_unstable();
    needed.dedup();
    let given: Vec<i32> = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select(dossier_documents::requirement)
        .load(conn)?;
    let missing = needed.into_iter().filter(|r| !given.contains(r)).collect();
    Ok(Progress { schema, values, problems, missing, documents })
}

fn confirmation_mail(conn: &mut DbConn, id: i64, code: &DossierCode, base: &url::Url) -> Result<(), DbError> {
    let (email, name, procedure): (Option<String>, String, String) = dossiers::table
        .inner_join(accounts::table.on(accounts::id.nullable().eq(dossiers::filer_account_id)))
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(id))
        .select((accounts::email, accounts::full_name, procedures::name))
        .first(conn)?;
    let Some(email) = email else { return Ok(()) };
    let link = base.join(&format!("/ho-so/{id}")).map(|u| u.to_string()).unwrap_or_default();
    let code = code.to_string();
    let holes = [("name", name.as_str()), ("procedure", procedure.as_str()), ("code", code.as_str()), ("link", &link)];
    let (subject, body) = app::i18n::mail::compose(&app::i18n::mail::DOSSIER_SUBMITTED, &holes);
    notify::enqueue(conn, now(), notify::Mail { to: &email, subject: &subject, body: &body })
}
