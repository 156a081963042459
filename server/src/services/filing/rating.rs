//! The applicant's satisfaction rating of a dossier (`/danh-gia/{code}`, rules in
//! `shared::rating`): given by its applicant signed in (the owner, or a member of the business
//! it was filed for), or by whoever holds its code and check value (the counter's kiosk, the link
//! in the result's mail). One per dossier, changed within a week. Who rated is not stored, and
//! nothing here is shown to officers: they see sums only.

use super::Filing;
use super::lookup::code_key;
use crate::db::schema::{dossiers, procedures, ratings};
use crate::db::{DbConn, DbError};
use crate::services::dossier::scope::scoped;
use app::api::filing::{RatingForm, RatingOutcome};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::{DossierCode, check_value_matches};
use shared::rating::{Level, Rating, RatingProblem, editable, may_rate};
use shared::time::minute;

/// How a rating was given (`ratings.channel`).
const BY_ACCOUNT: &str = "tai_khoan";
const BY_CODE: &str = "ma_ho_so";

/// What saving a rating came to.
#[derive(Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    Invalid(Vec<RatingProblem>),
    /// Given more than a week ago: kept as it is.
    Closed,
    NotYet,
    NotFound,
    AskCheck,
    RateLimited,
}

/// The dossier behind `code`, if `actor` is its applicant or `check` is its check value.
enum Rater {
    Dossier {
        id: i64,
        status: shared::dossier::Status,
        procedure: String,
        channel: &'static str,
    },
    AskCheck,
    /// Unknown, or a wrong check value (`true`: count it against the code).
    NotFound(bool),
}

fn rater(conn: &mut DbConn, actor: &Actor, code: &str, check: Option<&str>) -> Result<Rater, DbError> {
    let Some(code) = DossierCode::parse(code) else { return Ok(Rater::NotFound(false)) };
    let row: Option<(i64, Option<String>, Option<String>, String)> = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::code.eq(code.as_str()))
        .select((dossiers::id, dossiers::owner_id_number, dossiers::owner_phone, procedures::name))
        .first(conn)
        .optional()?;
    // Without a check value an unknown code is asked for one like a known code: which codes
    // exist is not told (they follow each other, as the lookup knows).
    let Some((id, id_number, phone, procedure)) = row else {
        return Ok(if check.is_some() { Rater::NotFound(true) } else { Rater::AskCheck });
    };
    let Some(found) = scoped(conn, id)? else { return Ok(Rater::NotFound(false)) };
    let status = found.status;
    if decide(actor, Action::ActOnOwnDossier(found.scope)).is_ok() {
        return Ok(Rater::Dossier { id, status, procedure, channel: BY_ACCOUNT });
    }
    match check {
        None => Ok(Rater::AskCheck),
        Some(c) if check_value_matches(c, &[id_number.as_deref(), phone.as_deref()]) => {
            Ok(Rater::Dossier { id, status, procedure, channel: BY_CODE })
        }
        Some(_) => Ok(Rater::NotFound(true)),
    }
}

type Stored = (String, String, String, NaiveDateTime);

fn stored(conn: &mut DbConn, id: i64) -> Result<Option<(Rating, NaiveDateTime)>, DbError> {
    let row: Option<Stored> = ratings::table
        .filter(ratings::dossier_id.eq(id))
        .select((ratings::overall, ratings::criteria, ratings::comment, ratings::created_at))
        .first(conn)
        .optional()?;
    Ok(row.map(|(overall, criteria, comment, given)| {
        let criteria: Vec<(u8, String)> = serde_json::from_str(&criteria).unwrap_or_default();
        let criteria = criteria.into_iter().filter_map(|(n, l)| Level::parse(&l).map(|l| (n, l))).collect();
        (Rating { overall: Level::parse(&overall), criteria, comment }, given)
    }))
}

impl Filing {
    /// The check value as typed (`None` when left empty), or `Err` when this client or this code
    /// has tried too many: a client may try check values as often as it may look dossiers up,
    /// and each code takes a bounded number of wrong ones an hour from anyone.
    async fn asked_check(&self, check: Option<String>, code: &str, client: &str) -> Result<Option<String>, ()> {
        let check = check.map(|c| c.trim().to_owned()).filter(|c| !c.is_empty());
        let allowed = check.is_none()
            || (self.lookups.allow(client).await && !self.wrong_checks.exhausted(&code_key(code)).await);
        if allowed { Ok(check) } else { Err(()) }
    }

    pub async fn rating(
        &self,
        actor: &Actor,
        code: String,
        check: Option<String>,
        client: String,
    ) -> anyhow::Result<RatingOutcome> {
        let Ok(check) = self.asked_check(check, &code, &client).await else { return Ok(RatingOutcome::RateLimited) };
        let actor = actor.clone();
        let asked = code_key(&code);
        let (outcome, wrong) = self
            .db
            .run(move |conn| {
                let (id, status, procedure_name) = match rater(conn, &actor, &code, check.as_deref())? {
                    Rater::Dossier { id, status, procedure, .. } => (id, status, procedure),
                    Rater::AskCheck => return Ok((RatingOutcome::AskCheck, false)),
                    Rater::NotFound(wrong) => return Ok((RatingOutcome::NotFound, wrong)),
                };
                if !may_rate(status) {
                    return Ok((RatingOutcome::NotYet, false));
                }
                let given = stored(conn, id)?;
                let now = shared::time::now();
                let form = RatingForm {
                    code: code_key(&code),
                    procedure_name,
                    editable: given.as_ref().is_none_or(|(_, at)| editable(*at, now)),
                    until: given
                        .as_ref()
                        .map(|(_, at)| minute(*at + chrono::Duration::days(shared::rating::EDIT_DAYS))),
                    given: given.map(|(r, _)| r),
                    check,
                };
                Ok::<_, DbError>((RatingOutcome::Form(form), false))
            })
            .await?;
        if wrong {
            self.wrong_checks.count(&asked).await;
        }
        Ok(outcome)
    }

    pub async fn save_rating(
        &self,
        actor: &Actor,
        code: String,
        check: Option<String>,
        rating: Rating,
        client: String,
    ) -> anyhow::Result<SaveOutcome> {
        let Ok(check) = self.asked_check(check, &code, &client).await else { return Ok(SaveOutcome::RateLimited) };
        let problems = rating.problems();
        let actor = actor.clone();
        let asked = code_key(&code);
        let (saved, wrong) = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let (id, status, channel) = match rater(conn, &actor, &code, check.as_deref())? {
                        Rater::Dossier { id, status, channel, .. } => (id, status, channel),
                        Rater::AskCheck => return Ok((SaveOutcome::AskCheck, false)),
                        Rater::NotFound(wrong) => return Ok((SaveOutcome::NotFound, wrong)),
                    };
                    if !may_rate(status) {
                        return Ok((SaveOutcome::NotYet, false));
                    }
                    if !problems.is_empty() {
                        return Ok((SaveOutcome::Invalid(problems), false));
                    }
                    Ok::<_, DbError>((keep(conn, id, &rating, channel)?, false))
                })
            })
            .await?;
        if wrong {
            self.wrong_checks.count(&asked).await;
        }
        Ok(saved)
    }
}

/// Inserts the dossier's rating, or changes it within the week. The dossier's row is locked
/// first, so two first ratings at once (two tabs, the kiosk and the mail) come one after the
/// other: the second changes what the first gave.
fn keep(conn: &mut DbConn, id: i64, rating: &Rating, channel: &str) -> Result<SaveOutcome, DbError> {
    diesel::update(dossiers::table.filter(dossiers::id.eq(id))).set(dossiers::id.eq(id)).execute(conn)?;
    let now = shared::time::now();
    let overall = rating.overall.map(Level::code).unwrap_or_default();
    let criteria: Vec<(u8, &str)> = rating.criteria.iter().map(|(n, l)| (*n, l.code())).collect();
    let criteria = serde_json::to_string(&criteria).unwrap_or_else(|_| "[]".to_owned());
    if let Some((_, given)) = stored(conn, id)? {
        if !editable(given, now) {
            return Ok(SaveOutcome::Closed);
        }
        diesel::update(ratings::table.filter(ratings::dossier_id.eq(id)))
            .set((
                ratings::overall.eq(overall),
                ratings::criteria.eq(&criteria),
                ratings::comment.eq(&rating.comment),
                ratings::edited_at.eq(now),
            ))
            .execute(conn)?;
        crate::services::dossier::tally::recount(conn, id, now)?;
        return Ok(SaveOutcome::Saved);
    }
    diesel::insert_into(ratings::table)
        .values((
            ratings::dossier_id.eq(id),
            ratings::overall.eq(overall),
            ratings::criteria.eq(&criteria),
            ratings::comment.eq(&rating.comment),
            ratings::channel.eq(channel),
            ratings::created_at.eq(now),
        ))
        .execute(conn)?;
    crate::services::dossier::tally::recount(conn, id, now)?;
    Ok(SaveOutcome::Saved)
}
