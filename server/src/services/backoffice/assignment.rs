//! Who in the unit works on a dossier: a specialist claims an unassigned one, or the unit head
//! gives it to a specialist of the unit. The open task carries the assignee too, so the control
//! sheet shows who had the dossier at each step.

use super::{Abort, ActError, OfficerAction};
use crate::db::DbConn;
use crate::db::schema::{accounts, dossier_tasks, dossiers, officer_roles, officers};
use crate::services::dossier::scope::Scoped;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Role, decide};
use shared::dossier::{Refusal, Status};

pub(super) fn assign(
    conn: &mut DbConn,
    actor: &Actor,
    found: &Scoped,
    action: &OfficerAction,
    now: NaiveDateTime,
) -> Result<(), Abort> {
    if found.status != Status::Processing {
        return Err(Abort(ActError::Refused(Refusal::NotInThisStatus)));
    }
    let scope = found.scope;
    let (assignee, access) = match action {
        OfficerAction::Claim => (actor.account().unwrap_or_default(), Action::ClaimDossier(scope)),
        OfficerAction::Assign { specialist } => (*specialist, Action::AssignDossier(scope)),
        _ => return Err(Abort(ActError::Invalid)),
    };
    if decide(actor, access).is_err() {
        return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
    }
    if !specialists(conn, scope.unit.unwrap_or(-1))?.iter().any(|(id, _)| *id == assignee) {
        return Err(Abort(ActError::Invalid));
    }
    diesel::update(dossiers::table.filter(dossiers::id.eq(found.id)))
        .set(dossiers::assignee_account_id.eq(assignee))
        .execute(conn)?;
    diesel::update(
        dossier_tasks::table
            .filter(dossier_tasks::dossier_id.eq(found.id))
            .filter(dossier_tasks::finished_at.is_null()),
    )
    .set(dossier_tasks::assignee_account_id.eq(assignee))
    .execute(conn)?;
    let name: String = accounts::table.filter(accounts::id.eq(assignee)).select(accounts::full_name).first(conn)?;
    let note = match action {
        OfficerAction::Claim => format!("{name} nhận xử lý hồ sơ"),
        _ => format!("Phân công {name} xử lý hồ sơ"),
    };
    crate::services::dossier::timeline::record_note(conn, found.id, now, actor.account(), found.status, &note)?;
    Ok(())
}

/// The specialists of `unit` (id, name), for the unit head's choice.
pub fn specialists(conn: &mut DbConn, unit: i64) -> Result<Vec<(i64, String)>, crate::db::DbError> {
    Ok(officers::table
        .inner_join(accounts::table.on(accounts::id.eq(officers::account_id)))
        .inner_join(officer_roles::table.on(officer_roles::account_id.eq(officers::account_id)))
        .filter(officers::unit_id.eq(unit))
        .filter(accounts::disabled_at.is_null())
        .filter(officer_roles::role.eq(Role::Specialist.code()))
        .order(accounts::full_name)
        .select((accounts::id, accounts::full_name))
        .load(conn)?)
}

/// The specialists `actor` may give the dossiers of their unit to (a unit head: their unit's),
/// for the queue's bulk form; none for anyone else.
pub fn assignable(conn: &mut DbConn, actor: &Actor) -> Result<Vec<(i64, String)>, crate::db::DbError> {
    let Actor::Officer { agency, unit: Some(unit), .. } = *actor else { return Ok(Vec::new()) };
    // Any dossier being processed in their unit: what the rules say of one says it of them all.
    let in_unit = shared::access::DossierScope {
        owner: None,
        business: None,
        agency,
        at_agency: agency,
        unit: Some(unit),
        assignee: None,
        submitted: true,
        counter: false,
    };
    if decide(actor, Action::AssignDossier(in_unit)).is_err() {
        return Ok(Vec::new());
    }
    specialists(conn, unit)
}
