//! A dossier's hand-overs: each stay at one step of its workflow (a task: where, who, from when,
//! until when, due when, how it ended), the lines of the processing-control sheet (Mẫu 06) and of
//! the officer's step list. The back office opens tasks as the workflow moves; any move that
//! ends the processing (a withdrawal too) closes the open one.

use crate::db::schema::{agencies, dossier_tasks};
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::dossier::Move;

/// Ends the dossier's open task, if any, with the move that ended it.
pub fn close_task(
    conn: &mut DbConn,
    id: i64,
    now: NaiveDateTime,
    by: Option<i64>,
    outcome: Move,
) -> Result<(), DbError> {
    diesel::update(
        dossier_tasks::table.filter(dossier_tasks::dossier_id.eq(id)).filter(dossier_tasks::finished_at.is_null()),
    )
    .set((dossier_tasks::finished_at.eq(now), dossier_tasks::finished_by.eq(by), dossier_tasks::outcome.eq(outcome)))
    .execute(conn)?;
    Ok(())
}

/// One line of the processing-control sheet and of the officer's step list.
pub struct TaskLine {
    pub step_name: String,
    pub agency_name: String,
    pub unit_name: Option<String>,
    pub handed_by: Option<String>,
    pub started_at: NaiveDateTime,
    pub due_at: Option<NaiveDateTime>,
    pub assignee: Option<String>,
    pub finished_by: Option<String>,
    pub finished_at: Option<NaiveDateTime>,
    pub outcome: Option<Move>,
}

/// The dossier's tasks in order.
pub fn tasks(conn: &mut DbConn, id: i64) -> Result<Vec<TaskLine>, DbError> {
    use crate::db::schema::{accounts, agency_units};
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        String,
        String,
        Option<i64>,
        Option<i64>,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<i64>,
        Option<i64>,
        Option<NaiveDateTime>,
        Option<Move>,
    )> = dossier_tasks::table
        .inner_join(agencies::table.on(agencies::id.eq(dossier_tasks::agency_id)))
        .filter(dossier_tasks::dossier_id.eq(id))
        .order(dossier_tasks::id)
        .select((
            dossier_tasks::step_name,
            agencies::name,
            dossier_tasks::unit_id,
            dossier_tasks::handed_by,
            dossier_tasks::started_at,
            dossier_tasks::due_at,
            dossier_tasks::assignee_account_id,
            dossier_tasks::finished_by,
            dossier_tasks::finished_at,
            dossier_tasks::outcome,
        ))
        .load(conn)?;
    let name_of = |conn: &mut DbConn, account: Option<i64>| -> Result<Option<String>, DbError> {
        let Some(account) = account else { return Ok(None) };
        Ok(accounts::table.filter(accounts::id.eq(account)).select(accounts::full_name).first(conn).optional()?)
    };
    let mut lines = Vec::with_capacity(rows.len());
    for (step_name, agency_name, unit, handed_by, started_at, due_at, assignee, finished_by, finished_at, outcome) in
        rows
    {
        let unit_name: Option<String> = match unit {
            Some(u) => {
                agency_units::table.filter(agency_units::id.eq(u)).select(agency_units::name).first(conn).optional()?
            }
            None => None,
        };
        lines.push(TaskLine {
            step_name,
            agency_name,
            unit_name,
            handed_by: name_of(conn, handed_by)?,
            started_at,
            due_at,
            assignee: name_of(conn, assignee)?,
            finished_by: name_of(conn, finished_by)?,
            finished_at,
            outcome,
        });
    }
    Ok(lines)
}
