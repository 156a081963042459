//! What the officer's pages show: the queue of their agency by role, and the actions open to
//! them on one dossier.

use super::{Backoffice, OfficerAction, access_action, acting_role};
use crate::db::DbError;
use crate::db::schema::{agencies, agency_units, dossiers, procedures};
use app::pages::backoffice::{OfficerPanel, Queue, QueueRow};
use app::services::ServiceError;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, Role, decide};
use shared::deadline::progress;
use shared::dossier::{Move, Status, transition};

const VIETNAM: chrono::Duration = chrono::Duration::hours(7);
/// A dossier due within this is "due soon".
const DUE_SOON: chrono::Duration = chrono::Duration::hours(24);
const QUEUE_LIMIT: i64 = 200;

fn vn(t: NaiveDateTime) -> String {
    (t + VIETNAM).format("%H:%M %d/%m/%Y").to_string()
}

/// The action codes the page posts, with the move each makes.
pub const ACTIONS: [(&str, Move); 9] = [
    ("tiep_nhan", Move::Receive),
    ("yeu_cau_bo_sung", Move::RequestSupplement),
    ("tu_choi", Move::Refuse),
    ("chuyen_xu_ly", Move::StartProcessing),
    ("de_xuat", Move::Propose),
    ("tra_lai", Move::SendBack),
    ("phe_duyet", Move::Finish),
    ("tra_ket_qua", Move::ReturnResult),
    ("dung_xu_ly", Move::Stop),
];

/// The action for a posted code, with its note, unit or items.
pub fn action_from(code: &str, note: String, unit: Option<i64>) -> Option<OfficerAction> {
    Some(match code {
        "tiep_nhan" => OfficerAction::Receive,
        "yeu_cau_bo_sung" => OfficerAction::RequestSupplement { items: note.lines().map(str::to_owned).collect() },
        "tu_choi" => OfficerAction::Refuse { reason: note },
        "chuyen_xu_ly" => OfficerAction::StartProcessing { unit: unit? },
        "de_xuat" => OfficerAction::Propose { note },
        "tra_lai" => OfficerAction::SendBack { note },
        "phe_duyet" => OfficerAction::Finish { note },
        "tra_ket_qua" => OfficerAction::ReturnResult,
        "dung_xu_ly" => OfficerAction::Stop { reason: note },
        _ => return None,
    })
}

#[async_trait::async_trait]
impl app::services::BackofficeService for Backoffice {
    async fn queue(&self, actor: &Actor) -> Result<Queue, ServiceError> {
        decide(actor, Action::ManageOwnAccount).map_err(ServiceError::Denied)?;
        let Actor::Officer { agency, unit, roles, .. } = actor.clone() else {
            return Err(ServiceError::Denied(Denial::Forbidden));
        };
        let mut statuses: Vec<&str> = Vec::new();
        if roles.contains(&Role::Reception) {
            statuses.extend(
                [Status::Submitted, Status::Supplemented, Status::Received, Status::Processed].map(Status::code),
            );
        }
        if roles.contains(&Role::Leader) || roles.contains(&Role::Specialist) {
            statuses.push(Status::Processing.code());
        }
        if statuses.is_empty() {
            return Err(ServiceError::Denied(Denial::Forbidden));
        }
        let only_unit =
            roles.contains(&Role::Specialist) && !roles.contains(&Role::Leader) && !roles.contains(&Role::Reception);
        self.db
            .run(move |conn| {
                let agency_name: String =
                    agencies::table.filter(agencies::id.eq(agency)).select(agencies::name).first(conn)?;
                let mut q = dossiers::table
                    .inner_join(procedures::table)
                    .filter(dossiers::agency_id.eq(agency))
                    .filter(dossiers::status.eq_any(&statuses))
                    .into_boxed();
                if only_unit {
                    q = q.filter(dossiers::unit_id.eq(unit.unwrap_or(-1)));
                }
                #[allow(clippy::type_complexity)]
                let rows: Vec<(
                    i64,
                    Option<String>,
                    String,
                    String,
                    String,
                    Option<NaiveDateTime>,
                    Option<NaiveDateTime>,
                )> = q
                    .order((dossiers::submitted_at.asc(), dossiers::id.asc()))
                    .limit(QUEUE_LIMIT)
                    .select((
                        dossiers::id,
                        dossiers::code,
                        procedures::name,
                        dossiers::owner_name,
                        dossiers::status,
                        dossiers::submitted_at,
                        dossiers::due_at,
                    ))
                    .load(conn)?;
                let now = chrono::Utc::now().naive_utc();
                let rows = rows
                    .into_iter()
                    .filter_map(|(id, code, procedure_name, owner_name, status, submitted, due)| {
                        Some(QueueRow {
                            id,
                            code: code?,
                            procedure_name,
                            owner_name,
                            status: Status::parse(&status)?,
                            submitted_at: submitted.map(vn).unwrap_or_default(),
                            due: due.map(vn),
                            progress: due.map(|d| progress(now, d, DUE_SOON)),
                        })
                    })
                    .collect();
                Ok::<_, DbError>(Queue { agency_name, rows })
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn panel(&self, actor: &Actor, id: i64) -> Result<Option<OfficerPanel>, ServiceError> {
        let Actor::Officer { .. } = actor else { return Ok(None) };
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let Some(found) = crate::services::filing::scoped(conn, id)? else { return Ok(None) };
                let (scope, status, version) = (found.scope, found.status, found.version);
                let agency = scope.agency;
                let (due, supplements): (Option<NaiveDateTime>, i32) = dossiers::table
                    .filter(dossiers::id.eq(id))
                    .select((dossiers::due_at, dossiers::supplement_requests))
                    .first(conn)?;
                if decide(&actor, Action::ViewDossier(scope)).is_err()
                    && decide(&actor, Action::ReceiveDossier(scope)).is_err()
                {
                    return Ok(None);
                }
                let actions = ACTIONS
                    .iter()
                    .filter(|(_, m)| {
                        transition(status, *m).is_some()
                            && acting_role(&actor, *m).is_some()
                            && decide(&actor, access_action(*m, scope)).is_ok()
                    })
                    .map(|(code, _)| (*code).to_owned())
                    .collect();
                let units: Vec<(i64, String)> = agency_units::table
                    .filter(agency_units::agency_id.eq(agency))
                    .order(agency_units::name)
                    .select((agency_units::id, agency_units::name))
                    .load(conn)?;
                let can_attach_result = status == Status::Processed
                    && (decide(&actor, Action::ReceiveDossier(scope)).is_ok()
                        || decide(&actor, Action::DecideDossier(scope)).is_ok());
                Ok::<_, DbError>(Some(OfficerPanel {
                    version,
                    actions,
                    units,
                    due: due.map(vn),
                    supplement_requests: supplements,
                    can_attach_result,
                }))
            })
            .await
            .map_err(crate::services::unexpected)
    }
}
