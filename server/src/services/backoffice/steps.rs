//! A dossier in its workflow: which workflow version it follows, the step it stands at, and the
//! tasks (one stay at one step each) that the processing-control sheet (Mẫu 06) is made of.

use crate::db::schema::{dossier_tasks, dossiers, procedure_agencies, procedures, workflows};
use crate::db::{DbConn, DbError};
use crate::services::organisation;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::deadline::due_at;
use shared::workflow::{Step, StepKind, Workflow};

/// Where a dossier is in its workflow.
pub struct Placement {
    /// The stored workflow version, if the dossier has one (none before reception, or when the
    /// procedure has no workflow of its own and the generic one applies).
    pub workflow_id: Option<i64>,
    pub workflow: Workflow,
    pub at: Option<usize>,
    /// The agency that received the dossier.
    pub agency: i64,
    /// The agency that decides it (the procedure's).
    pub deciding: i64,
    /// Where its result is handed over: the agency the procedure names to return results, else
    /// the one that received it.
    pub returning: i64,
}

impl Placement {
    pub fn step(&self, index: usize) -> Option<&Step> {
        self.workflow.steps.get(index)
    }
}

/// The dossier's workflow: the one it was received under, or — not received yet — the newest
/// version of its procedure's workflow (the generic one if the procedure has none).
pub fn placement(conn: &mut DbConn, id: i64) -> Result<Placement, DbError> {
    let (workflow_id, step, procedure, agency, deciding): (Option<i64>, Option<i32>, i64, i64, i64) = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(id))
        .select((
            dossiers::workflow_id,
            dossiers::step_index,
            dossiers::procedure_id,
            dossiers::agency_id,
            procedures::agency_id,
        ))
        .first(conn)?;
    let stored: Option<(i64, String)> = match workflow_id {
        Some(w) => workflows::table
            .filter(workflows::id.eq(w))
            .select((workflows::id, workflows::steps_json))
            .first(conn)
            .optional()?,
        None => workflows::table
            .filter(workflows::procedure_id.eq(procedure))
            .order(workflows::version.desc())
            .select((workflows::id, workflows::steps_json))
            .first(conn)
            .optional()?,
    };
    let (workflow_id, workflow) = match stored {
        Some((w, json)) => (Some(w), crate::services::catalog::workflows::parse_stored(&json)?),
        None => (None, Workflow::generic()),
    };
    let at = step.and_then(|s| usize::try_from(s).ok());
    let named: Option<i64> = procedure_agencies::table
        .filter(procedure_agencies::procedure_id.eq(procedure))
        .filter(procedure_agencies::role.eq(crate::services::catalog::detail::RETURNS))
        .select(procedure_agencies::agency_id)
        .first(conn)
        .optional()?;
    Ok(Placement { workflow_id, workflow, at, agency, deciding, returning: named.unwrap_or(agency) })
}

/// The agency that does `step` of the dossier placed at `place` when the step names none: the
/// counter that received it for reception, the returning counter for the result, the deciding
/// agency for processing and approval (a centre receives for many agencies).
pub fn default_agency(place: &Placement, step: &Step) -> i64 {
    match step.kind {
        StepKind::Reception => place.agency,
        StepKind::Result => place.returning,
        StepKind::Processing | StepKind::Approval => place.deciding,
    }
}

/// The agency that does `step` (named or by default) or `None` for an unknown agency code.
pub fn agency_of(conn: &mut DbConn, place: &Placement, step: &Step) -> Result<Option<i64>, DbError> {
    match &step.agency {
        Some(code) => organisation::agency_id(conn, code),
        None => Ok(Some(default_agency(place, step))),
    }
}

/// The agency and unit that do `step` for the dossier placed at `place`; `chosen` is the unit
/// the counter picked when the step names none. `None`: the step cannot be resolved (an unknown
/// agency or unit code, or no unit chosen for a processing step).
pub fn resolve(
    conn: &mut DbConn,
    place: &Placement,
    step: &Step,
    chosen: Option<i64>,
) -> Result<Option<(i64, Option<i64>)>, DbError> {
    use crate::db::schema::agency_units;
    let Some(at_agency) = agency_of(conn, place, step)? else { return Ok(None) };
    let unit = match (&step.unit, chosen, step.kind) {
        (Some(code), _, kind) => match organisation::unit_id(conn, at_agency, code)? {
            Some(id) => Some(id),
            // A counter other than the deciding agency's (a centre, a commune's) has units of
            // its own: reception and the result need none.
            None if matches!(kind, StepKind::Reception | StepKind::Result) && at_agency != place.deciding => None,
            None => return Ok(None),
        },
        (None, Some(unit), shared::workflow::StepKind::Processing) => {
            let ok: Option<i64> = agency_units::table
                .filter(agency_units::id.eq(unit))
                .filter(agency_units::agency_id.eq(at_agency))
                .select(agency_units::id)
                .first(conn)
                .optional()?;
            match ok {
                Some(id) => Some(id),
                None => return Ok(None),
            }
        }
        (None, None, shared::workflow::StepKind::Processing) => return Ok(None),
        (None, _, _) => None,
    };
    Ok(Some((at_agency, unit)))
}

pub struct Opening<'a> {
    pub index: usize,
    pub step: &'a Step,
    pub agency: i64,
    pub unit: Option<i64>,
    pub handed_by: Option<i64>,
}

/// Starts a stay at a step: its due time from the step's budget. A step visited before (sent
/// back, or resumed after a supplement) goes back to the specialist who had it. Returns that
/// assignee.
pub fn open_task(conn: &mut DbConn, id: i64, now: NaiveDateTime, opening: Opening<'_>) -> Result<Option<i64>, DbError> {
    let index = i32::try_from(opening.index).unwrap_or(i32::MAX);
    let previous: Option<Option<i64>> = dossier_tasks::table
        .filter(dossier_tasks::dossier_id.eq(id))
        .filter(dossier_tasks::step_index.eq(index))
        .order(dossier_tasks::id.desc())
        .select(dossier_tasks::assignee_account_id)
        .first(conn)
        .optional()?;
    let assignee = previous.flatten();
    let due = match opening.step.budget {
        Some(budget) => {
            let calendar = crate::services::calendar::calendar_of_dossier(conn, id)?;
            let local = shared::time::local(now);
            Some(shared::time::utc(due_at(&calendar, local, budget, None, &[])))
        }
        None => None,
    };
    diesel::insert_into(dossier_tasks::table)
        .values((
            dossier_tasks::dossier_id.eq(id),
            dossier_tasks::step_index.eq(index),
            dossier_tasks::step_name.eq(&opening.step.name),
            dossier_tasks::agency_id.eq(opening.agency),
            dossier_tasks::unit_id.eq(opening.unit),
            dossier_tasks::handed_by.eq(opening.handed_by),
            dossier_tasks::started_at.eq(now),
            dossier_tasks::due_at.eq(due),
            dossier_tasks::assignee_account_id.eq(assignee),
        ))
        .execute(conn)?;
    Ok(assignee)
}

/// The unit that had the dossier the last time it stood at step `index` (a step the counter
/// assigns a unit to keeps that unit when the dossier comes back to it).
pub fn previous_unit(conn: &mut DbConn, id: i64, index: usize) -> Result<Option<i64>, DbError> {
    let index = i32::try_from(index).unwrap_or(i32::MAX);
    Ok(dossier_tasks::table
        .filter(dossier_tasks::dossier_id.eq(id))
        .filter(dossier_tasks::step_index.eq(index))
        .order(dossier_tasks::id.desc())
        .select(dossier_tasks::unit_id)
        .first::<Option<i64>>(conn)
        .optional()?
        .flatten())
}
