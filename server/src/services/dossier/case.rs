//! The case (trường hợp) a dossier is filed under, and what it decides: the online offer whose
//! time limit sets the appointment and whose fees are charged, and which of the procedure's
//! documents are asked for. A procedure's parts may differ by case (Decree 63/2010 Art. 8); the
//! filer picks the case on the draft, and every rule here reads it from this one place.

use crate::db::schema::{channel_offers, document_requirements, dossiers, procedure_cases, procedure_forms};
use crate::db::{DbConn, DbError};
use diesel::prelude::*;
use shared::catalog::{Channel, TimeLimit, TimeUnit, offer_for_case};

/// The case of dossier `id`: the one chosen on the draft, else the one its form is for.
pub(crate) fn case_of(conn: &mut DbConn, id: i64) -> Result<Option<String>, DbError> {
    let (chosen, of_form): (Option<String>, Option<String>) = dossiers::table
        .inner_join(procedure_forms::table)
        .filter(dossiers::id.eq(id))
        .select((dossiers::case_key, procedure_forms::case_key))
        .first(conn)?;
    Ok(chosen.or(of_form))
}

/// The cases of procedure `procedure_id` (key, name), in their order; empty when it has one way.
pub(crate) fn cases(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<(String, String)>, DbError> {
    Ok(procedure_cases::table
        .filter(procedure_cases::procedure_id.eq(procedure_id))
        .order(procedure_cases::ordinal)
        .select((procedure_cases::case_key, procedure_cases::name))
        .load(conn)?)
}

/// The online offer that applies to dossier `id`.
pub(crate) struct OnlineOffer {
    pub id: i64,
    pub limit: TimeLimit,
    /// Filed after this time of day, the clock starts the next working day.
    pub same_day_cutoff: Option<chrono::NaiveTime>,
}

/// The online offer of dossier `id`'s case (see [`offer_for_case`]); none when the procedure
/// has no online offer at all.
pub(crate) fn online_offer(conn: &mut DbConn, id: i64) -> Result<Option<OnlineOffer>, DbError> {
    let procedure_id: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::procedure_id).first(conn)?;
    let case = case_of(conn, id)?;
    #[allow(clippy::type_complexity)]
    let offers: Vec<(i64, Option<String>, i32, String, Option<String>)> = channel_offers::table
        .filter(channel_offers::procedure_id.eq(procedure_id))
        .filter(channel_offers::channel.eq(Channel::Online.code()))
        .order(channel_offers::ordinal)
        .select((
            channel_offers::id,
            channel_offers::case_key,
            channel_offers::time_value,
            channel_offers::time_unit,
            channel_offers::same_day_cutoff,
        ))
        .load(conn)?;
    let keys: Vec<Option<&str>> = offers.iter().map(|o| o.1.as_deref()).collect();
    let Some(chosen) = offer_for_case(&keys, case.as_deref()) else { return Ok(None) };
    let (offer_id, _, value, unit, cutoff) = &offers[chosen];
    Ok(Some(OnlineOffer {
        id: *offer_id,
        limit: TimeLimit {
            value: u32::try_from(*value).unwrap_or(0),
            unit: TimeUnit::parse(unit).unwrap_or(TimeUnit::WorkingDays),
        },
        same_day_cutoff: cutoff.as_deref().and_then(|c| chrono::NaiveTime::parse_from_str(c, "%H:%M").ok()),
    }))
}

/// One document the procedure asks for.
pub(crate) struct Requirement {
    pub ordinal: i32,
    pub name: String,
    pub mandatory: bool,
    pub originals: i32,
    pub copies: i32,
}

/// The documents asked for under `case`: those of every case and those of `case`, in order.
pub(crate) fn requirements(
    conn: &mut DbConn,
    procedure_id: i64,
    case: Option<&str>,
) -> Result<Vec<Requirement>, DbError> {
    let mut query = document_requirements::table
        .filter(document_requirements::procedure_id.eq(procedure_id))
        .order(document_requirements::ordinal)
        .into_boxed();
    query = match case {
        Some(case) => query
            .filter(document_requirements::case_key.is_null().or(document_requirements::case_key.eq(case.to_owned()))),
        None => query.filter(document_requirements::case_key.is_null()),
    };
    let rows: Vec<(i32, String, bool, i32, i32)> = query
        .select((
            document_requirements::ordinal,
            document_requirements::name,
            document_requirements::mandatory,
            document_requirements::originals,
            document_requirements::copies,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(ordinal, name, mandatory, originals, copies)| Requirement {
            ordinal,
            name,
            mandatory,
            originals,
            copies,
        })
        .collect())
}
