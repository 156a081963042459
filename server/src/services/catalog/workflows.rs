//! The workflow editor: a procedure's processing steps changed in the portal. A save adds the
//! next version of the workflow of the procedure's latest version (dossiers already received
//! keep the version they started with, `dossiers.workflow_id`), after the checks that need the
//! database: every unit exists in the agency that does its step, and the steps' budgets end
//! no later than the procedure's own time limit. Like the catalog editor, a save names the
//! version it was made on, and only the procedure's agency admins (or the system admin) may.

use super::drafts::{EditError, may_edit};
use super::store;
use crate::db::schema::{agency_units, workflows};
use crate::db::{DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::Actor;
use shared::catalog::{CatalogProblem, CatalogProblemKind as K, Channel, ProcedureDocument};
use shared::workflow::Workflow;

/// A procedure's workflow as the editor shows it.
pub struct Current {
    pub document: ProcedureDocument,
    /// 0: the procedure has none of its own yet (the generic workflow applies).
    pub version: i32,
    pub workflow: Workflow,
}

/// The workflow of `code`'s latest version, if the actor may edit the procedure.
pub fn load(conn: &mut DbConn, actor: &Actor, code: &str) -> Result<Option<Current>, DbError> {
    let Some((id, ..)) = store::latest(conn, code)? else { return Ok(None) };
    let document = store::read(conn, id)?;
    if !may_edit(conn, actor, &document)? {
        return Ok(None);
    }
    let stored: Option<(i32, String)> = workflows::table
        .filter(workflows::procedure_id.eq(id))
        .order(workflows::version.desc())
        .select((workflows::version, workflows::steps_json))
        .first(conn)
        .optional()?;
    let (version, workflow) = match stored {
        Some((version, json)) => (version, parse_stored(&json)?),
        None => (0, Workflow::generic()),
    };
    Ok(Some(Current { document, version, workflow }))
}

/// Saves `workflow` (its steps from form rows `rows`) as the next version, if the current one is
/// still `seen`; returns the new version.
pub fn save(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: i32,
    workflow: &Workflow,
    rows: &[usize],
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(current) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if current.version != seen {
            return Ok(Err(EditError::Stale));
        }
        let mut problems = units_exist(conn, &current.document, workflow, rows)?;
        if problems.is_empty() {
            problems.extend(fits_the_time_limit(conn, &current.document, workflow)?);
        }
        if !problems.is_empty() {
            return Ok(Err(EditError::Invalid(problems)));
        }
        let Some((procedure_id, ..)) = store::latest(conn, code)? else { return Ok(Err(EditError::NotFound)) };
        let json = serde_json::to_string(workflow).map_err(|e| super::corrupt("workflow", e))?;
        let version = current.version + 1;
        diesel::insert_into(workflows::table)
            .values((
                workflows::procedure_id.eq(procedure_id),
                workflows::version.eq(version),
                workflows::steps_json.eq(json),
                workflows::created_at.eq(now),
            ))
            .execute(conn)?;
        let detail = format!("{code} quy trình phiên bản {version}: {} bước", workflow.steps.len());
        record(
            conn,
            now,
            Entry {
                event: Event::WorkflowSaved,
                actor: actor.account(),
                subject: None,
                ip: None,
                detail: Some(&detail),
            },
        )?;
        Ok(Ok(version))
    })
}

/// Each step's agency and unit exist (a step without an agency is the procedure's).
fn units_exist(
    conn: &mut DbConn,
    doc: &ProcedureDocument,
    workflow: &Workflow,
    rows: &[usize],
) -> Result<Vec<CatalogProblem>, DbError> {
    let mut problems = Vec::new();
    for (n, step) in workflow.steps.iter().enumerate() {
        let row = rows.get(n).copied().unwrap_or(n);
        let code = step.agency.as_deref().unwrap_or(doc.agency.as_str());
        let Some(agency) = crate::services::organisation::agency_id(conn, code)? else {
            let kind = K::UnknownAgency { code: code.to_owned() };
            problems.push(CatalogProblem { path: format!("b.{row}.co_quan"), kind });
            continue;
        };
        if let Some(unit) = &step.unit {
            let found: i64 = agency_units::table
                .filter(agency_units::agency_id.eq(agency))
                .filter(agency_units::code.eq(unit))
                .count()
                .get_result(conn)?;
            if found == 0 {
                problems.push(CatalogProblem {
                    path: format!("b.{row}.don_vi"),
                    kind: K::UnknownUnit { code: unit.clone() },
                });
            }
        }
    }
    Ok(problems)
}

/// With every step using exactly its budget from the opening of the coming Monday (in the
/// agency's office hours and the province's calendar), the steps end no later than the
/// procedure's strictest time limit (online if offered, else its first channel). A workflow
/// with a step without a budget is not checked: only the dossier's deadline applies there.
fn fits_the_time_limit(
    conn: &mut DbConn,
    doc: &ProcedureDocument,
    workflow: &Workflow,
) -> Result<Vec<CatalogProblem>, DbError> {
    let offer = doc.channels.iter().filter(|c| c.channel == Channel::Online).chain(doc.channels.iter()).next();
    let Some(offer) = offer else { return Ok(Vec::new()) };
    let mut calendar = crate::services::calendar::load_calendar(conn)?;
    if let Some(agency) = crate::services::organisation::agency_id(conn, doc.agency.as_str())? {
        calendar.hours = crate::services::calendar::hours_of(conn, agency)?;
    }
    let today = shared::time::today();
    let monday = next_monday(today).and_time(calendar.hours.opens());
    let start = calendar.next_working_moment(monday);
    let Some(planned) = workflow.planned_end(&calendar, start) else { return Ok(Vec::new()) };
    let cutoff = offer.same_day_cutoff.as_deref().and_then(|c| chrono::NaiveTime::parse_from_str(c, "%H:%M").ok());
    let legal = shared::deadline::due_at(&calendar, start, offer.time_limit, cutoff, &[]);
    if planned <= legal {
        return Ok(Vec::new());
    }
    // Both are moments on Vietnam's clock.
    let show = |t: NaiveDateTime| shared::time::minute(shared::time::utc(t));
    Ok(vec![CatalogProblem {
        path: "b".into(),
        kind: K::OverLegalLimit { planned: show(planned), legal: show(legal) },
    }])
}

fn next_monday(today: NaiveDate) -> NaiveDate {
    let ahead = (7 - i64::from(today.weekday().num_days_from_monday())) % 7;
    today + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// A workflow as stored: a corrupt one is a decode error, never a workflow made up.
pub fn parse_stored(json: &str) -> Result<Workflow, DbError> {
    let workflow: Workflow =
        serde_json::from_str(json).map_err(|e| crate::db::decode(format!("stored workflow: {e}")))?;
    workflow.check().map_err(|e| crate::db::decode(format!("stored workflow: {e:?}")))?;
    Ok(workflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coming_monday() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(next_monday(d("2026-12-06")), d("2026-12-07"), "from a Sunday");
        assert_eq!(next_monday(d("2026-12-07")), d("2026-12-14"), "from a Monday, the next one");
        assert_eq!(next_monday(d("2026-12-09")), d("2026-12-14"));
    }
}
