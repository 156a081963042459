//! What the officer's pages show: the queue of their agency by role, and the actions open to
//! them on one dossier.

use super::{Backoffice, OfficerAction, access_action, acting_role};
use crate::db::schema::{agencies, agency_units, dossier_tasks, dossiers, procedure_agencies, procedures};
use crate::db::{DbConn, DbError};
use crate::services::catalog::detail::RECEIVES;
use app::api::ServiceError;
use app::api::backoffice::{OfficerPanel, Queue, QueueFilter, QueueRow, StepLine};
use chrono::{Datelike, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::Bool;
use shared::access::{Action, Actor, Denial, QueueParts, decide, queue_parts};
use shared::deadline::{DueFilter, progress};
use shared::dossier::{By, Move, SideAction, Status, apply};

/// The counter's statuses (submitted, supplemented, received, processed), written out as SQL
/// so that it is the very predicate of the partial index `dossiers_counter_queue` (migration
/// 2026-11-22-000012): both databases use a partial index only when the query's condition is
/// the index's, which a bound parameter list is not. With it, a page of a 20,000-dossier queue
/// is a walk along the index in the queue's order instead of a sort of the whole queue
/// (docs/PERFORMANCE.md). The test below holds the migrations to this text.
const AT_COUNTER: &str = "dossiers.status IN ('ChoTiepNhan', 'DaBoSung', 'DaTiepNhan', 'DaXuLyXong')";

/// Whether any procedure names `agency` to return its results.
fn returns_results(conn: &mut crate::db::DbConn, agency: i64) -> Result<bool, DbError> {
    use crate::services::catalog::detail::RETURNS;
    let named: Option<i64> = procedure_agencies::table
        .filter(procedure_agencies::agency_id.eq(agency))
        .filter(procedure_agencies::role.eq(RETURNS))
        .select(procedure_agencies::procedure_id)
        .first(conn)
        .optional()?;
    Ok(named.is_some())
}

/// A dossier due within this is "due soon".
const DUE_SOON: chrono::Duration = chrono::Duration::hours(24);
/// Rows per page of the queue (an agency's counter may hold tens of thousands).
const PER_PAGE: i64 = 50;
/// The last page one may ask for (deeper pages mean a narrower filter is needed).
const MAX_PAGE: u32 = 1_000;

/// The action for a posted code, from the posted fields (`ghi_chu` the note, reason or items;
/// `don_vi` the unit; `chuyen_vien` the specialist; `han_moi` the new appointment day).
pub fn action_from(code: &str, field: impl Fn(&str) -> String) -> Option<OfficerAction> {
    let note = field("ghi_chu");
    if let Some(movement) = Move::parse(code) {
        return Some(match movement {
            Move::Receive => OfficerAction::Receive,
            Move::RequestSupplement => OfficerAction::RequestSupplement {
                items: note.lines().map(str::to_owned).collect(),
                again: field(app::api::backoffice::SUPPLEMENT_AGAIN_FIELD),
            },
            Move::Refuse => OfficerAction::Refuse { reason: note },
            Move::StartProcessing => OfficerAction::StartProcessing { unit: field("don_vi").parse().ok() },
            Move::Propose => OfficerAction::Propose { note },
            Move::SendBack => OfficerAction::SendBack { note },
            Move::Finish => OfficerAction::Finish { note },
            Move::Reject => OfficerAction::Reject { reason: note },
            Move::ReturnResult => OfficerAction::ReturnResult,
            Move::Stop => OfficerAction::Stop { reason: note },
            // The applicant's own moves are not posted from an officer's page.
            Move::Submit | Move::Withdraw | Move::Supplement => return None,
        });
    }
    Some(match SideAction::parse(code)? {
        SideAction::Claim => OfficerAction::Claim,
        SideAction::Assign => OfficerAction::Assign { specialist: field("chuyen_vien").parse().ok()? },
        SideAction::DraftApology => OfficerAction::DraftApology {
            reason: note,
            new_due: chrono::NaiveDate::parse_from_str(field("han_moi").trim(), "%Y-%m-%d").ok(),
        },
        SideAction::ApproveApology => OfficerAction::ApproveApology,
        SideAction::ExemptFee => OfficerAction::ExemptFee { reason: note },
        SideAction::CollectFee => OfficerAction::CollectFee,
    })
}

/// Whose queue: what the officer's roles take of it, their agency and unit, and whether their
/// agency's counter also returns results of procedures received elsewhere (asked once per page,
/// however many queries — the page's, each view's count — are built from it).
#[derive(Clone, Copy)]
pub(super) struct Whose {
    pub parts: QueueParts,
    pub agency: i64,
    pub unit: Option<i64>,
    returns_results: bool,
}

impl Whose {
    pub fn of(conn: &mut DbConn, parts: QueueParts, agency: i64, unit: Option<i64>) -> Result<Self, DbError> {
        // Asked only for a counter: the OR it adds costs the index walk.
        let returns_results = parts.counter && returns_results(conn, agency)?;
        Ok(Whose { parts, agency, unit, returns_results })
    }
}

/// The officers' queue as a query: what waits for this officer — the counter's dossiers of the
/// agency, the processing ones standing at this agency (the leader's, also liên thông steps of
/// other agencies' dossiers), the unit's own. The page reads its ids first (an index walk, see
/// AT_COUNTER), then their rows.
pub(super) fn theirs(whose: Whose) -> Boxed {
    let Whose { parts, agency, unit, .. } = whose;
    let processing = Status::Processing.code();
    let mut q = dossiers::table.into_boxed();
    let mut any = false;
    if parts.counter {
        q = q.filter(dossiers::agency_id.eq(agency).and(diesel::dsl::sql::<Bool>(AT_COUNTER)));
        // A counter that returns results for procedures received elsewhere also holds those
        // results.
        if whose.returns_results {
            let waiting = dossiers::at_agency_id.eq(agency).and(dossiers::status.eq(Status::Processed.code()));
            q = q.or_filter(waiting.and(dossiers::unit_id.is_null()));
        }
        any = true;
    }
    if parts.decisions {
        let c = dossiers::at_agency_id.eq(agency).and(dossiers::status.eq(processing));
        q = if any { q.or_filter(c) } else { q.filter(c) };
        any = true;
    }
    if parts.unit {
        let c = dossiers::unit_id.eq(unit.unwrap_or(-1)).and(dossiers::status.eq(processing));
        q = if any { q.or_filter(c) } else { q.filter(c) };
    }
    q
}

/// The officer's own narrowing, on top of what is theirs (AND over the ORs of [`theirs`]: diesel
/// groups the OR'ed conditions before these filters).
pub(super) fn narrowed(mut q: Boxed, filter: &QueueFilter, now: NaiveDateTime) -> Boxed {
    if let Some(status) = filter.status {
        q = q.filter(dossiers::status.eq(status.code()));
    }
    if let Some(procedure) = filter.procedure {
        q = q.filter(dossiers::procedure_id.eq(procedure));
    }
    match filter.deadline {
        Some(DueFilter::Overdue) => q = q.filter(dossiers::due_at.lt(now)),
        Some(DueFilter::DueSoon) => q = q.filter(dossiers::due_at.ge(now)).filter(dossiers::due_at.lt(now + DUE_SOON)),
        None => {}
    }
    if let Some(channel) = filter.channel {
        q = q.filter(dossiers::channel.eq(channel.code()));
    }
    if let Some(text) = &filter.text {
        // The typed text is a bound value; LIKE's wildcards in it are dropped, not obeyed.
        let pattern = format!("%{}%", text.replace(['\\', '%', '_'], ""));
        q = q.filter(dossiers::code.like(pattern.clone()).or(dossiers::owner_name.like(pattern)));
    }
    q
}

/// A query of the dossiers table on either backend.
pub(super) type Boxed = dossiers::BoxedQuery<'static, <DbConn as diesel::Connection>::Backend>;

#[async_trait::async_trait]
impl app::api::backoffice::BackofficeService for Backoffice {
    async fn queue(&self, actor: &Actor, filter: QueueFilter) -> Result<Queue, ServiceError> {
        decide(actor, Action::WorkOnDossiers).map_err(ServiceError::Denied)?;
        let Actor::Officer { agency, unit, .. } = actor.clone() else {
            return Err(ServiceError::Denied(Denial::Forbidden));
        };
        let actor_for_register = actor.clone();
        let parts = queue_parts(actor);
        let page = filter.page.unwrap_or(1).clamp(1, MAX_PAGE);
        self.db
            .run(move |conn| {
                let agency_name: String =
                    agencies::table.filter(agencies::id.eq(agency)).select(agencies::name).first(conn)?;
                let now = shared::time::now();
                let whose = Whose::of(conn, parts, agency, unit)?;
                let q = narrowed(theirs(whose), &filter, now);
                let ids: Vec<i64> = q
                    .order((dossiers::submitted_at.asc(), dossiers::id.asc()))
                    .limit(PER_PAGE + 1)
                    .offset(i64::from(page - 1) * PER_PAGE)
                    .select(dossiers::id)
                    .load(conn)?;
                #[allow(clippy::type_complexity)]
                let mut rows: Vec<(
                    i64,
                    Option<String>,
                    String,
                    String,
                    Status,
                    Option<NaiveDateTime>,
                    Option<NaiveDateTime>,
                    Option<String>,
                    i32,
                )> = dossiers::table
                    .inner_join(procedures::table)
                    .left_join(
                        dossier_tasks::table
                            .on(dossier_tasks::dossier_id.eq(dossiers::id).and(dossier_tasks::finished_at.is_null())),
                    )
                    .filter(dossiers::id.eq_any(&ids))
                    .select((
                        dossiers::id,
                        dossiers::code,
                        procedures::name,
                        dossiers::owner_name,
                        dossiers::status,
                        dossiers::submitted_at,
                        dossiers::due_at,
                        dossier_tasks::step_name.nullable(),
                        dossiers::version,
                    ))
                    .load(conn)?;
                rows.sort_by_key(|r| ids.iter().position(|id| *id == r.0));
                let has_next = rows.len() as i64 > PER_PAGE;
                let me = actor_for_register.account().unwrap_or(0);
                let unread = crate::services::dossier::unread::unread(conn, me, true, &ids)?;
                let rows = rows
                    .into_iter()
                    .take(PER_PAGE as usize)
                    .filter_map(|(id, code, procedure_name, owner_name, status, submitted, due, step, version)| {
                        Some(QueueRow {
                            id,
                            code: code?,
                            procedure_name,
                            owner_name,
                            status,
                            step,
                            submitted_at: submitted.map(shared::time::minute).unwrap_or_default(),
                            due: due.map(shared::time::minute),
                            progress: due.map(|d| progress(now, d, DUE_SOON)),
                            unread: unread.get(&id).copied().unwrap_or(0),
                            version,
                        })
                    })
                    .collect();
                let today = shared::time::day_of(now);
                let can_print_register = decide(&actor_for_register, Action::ViewAgencyRecords { agency }).is_ok();
                let can_record_at_counter = decide(&actor_for_register, Action::RecordAtCounter).is_ok();
                let mut statuses = Vec::new();
                if parts.counter {
                    statuses.extend([Status::Submitted, Status::Supplemented, Status::Received, Status::Processed]);
                }
                if parts.decisions || parts.unit {
                    statuses.push(Status::Processing);
                }
                // The procedures the agency decides or receives for: two index lookups (one
                // query with OR read the whole catalog on PostgreSQL), merged here.
                let received = procedure_agencies::table
                    .filter(procedure_agencies::agency_id.eq(agency))
                    .filter(procedure_agencies::role.eq(RECEIVES))
                    .select(procedure_agencies::procedure_id);
                let mut procedures: Vec<(i64, String)> = procedures::table
                    .filter(procedures::agency_id.eq(agency))
                    .select((procedures::id, procedures::name))
                    .load(conn)?;
                procedures.extend(
                    procedures::table
                        .filter(procedures::id.eq_any(received))
                        .filter(procedures::agency_id.ne(agency))
                        .select((procedures::id, procedures::name))
                        .load::<(i64, String)>(conn)?,
                );
                procedures.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
                Ok::<_, DbError>(Queue {
                    agency_name,
                    rows,
                    statuses,
                    procedures,
                    filter,
                    has_next,
                    can_print_register,
                    can_record_at_counter,
                    month_start: shared::time::iso_date(today.with_day(1).unwrap_or(today)),
                    today: shared::time::iso_date(today),
                    can_receive: parts.counter,
                    specialists: super::assignment::assignable(conn, &actor_for_register)?,
                    bulk_key: hex::encode(rand::random::<[u8; 16]>()),
                    views: super::views::with_counts(conn, &actor_for_register, whose, now)?,
                })
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn counter_intake(&self, actor: &Actor) -> Result<app::api::backoffice::CounterIntakePage, ServiceError> {
        decide(actor, Action::RecordAtCounter).map_err(ServiceError::Denied)?;
        let Actor::Officer { agency, .. } = *actor else { return Err(ServiceError::Denied(Denial::Forbidden)) };
        let procedures = self
            .db
            .run(move |conn| crate::services::filing::counter::receivable(conn, agency))
            .await
            .map_err(crate::services::unexpected)?;
        Ok(app::api::backoffice::CounterIntakePage { procedures })
    }

    async fn panel(&self, actor: &Actor, id: i64) -> Result<Option<OfficerPanel>, ServiceError> {
        let Actor::Officer { .. } = actor else { return Ok(None) };
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
                let (scope, status, version) = (found.scope, found.status, found.version);
                if !super::sees(&actor, scope) {
                    return Ok(None);
                }
                let (due, supplements): (Option<NaiveDateTime>, i32) = dossiers::table
                    .filter(dossiers::id.eq(id))
                    .select((dossiers::due_at, dossiers::supplement_requests))
                    .first(conn)?;
                let place = super::steps::placement(conn, id)?;
                let actions: Vec<Move> = Move::OFFICERS
                    .into_iter()
                    .filter(|m| {
                        acting_role(&actor, *m).is_some_and(|role| apply(status, *m, By::Officer(role)).is_ok())
                            && place.workflow.route(place.at, *m).is_some()
                            && decide(&actor, access_action(*m, scope)).is_ok()
                    })
                    .collect();
                // The counter picks the unit only when the next processing step names none.
                let next_unit_named = place
                    .workflow
                    .route(place.at, Move::StartProcessing)
                    .flatten()
                    .and_then(|i| place.step(i))
                    .is_some_and(|s| s.unit.is_some());
                // The units of the agency that does that step (the deciding one, by default).
                let next_agency =
                    match place.workflow.route(place.at, Move::StartProcessing).flatten().and_then(|i| place.step(i)) {
                        Some(step) => super::steps::agency_of(conn, &place, step)?,
                        None => None,
                    };
                let units: Vec<(i64, String)> = if actions.contains(&Move::StartProcessing) && !next_unit_named {
                    agency_units::table
                        .filter(agency_units::agency_id.eq(next_agency.unwrap_or(scope.agency)))
                        .order(agency_units::name)
                        .select((agency_units::id, agency_units::name))
                        .load(conn)?
                } else {
                    Vec::new()
                };
                let can_attach_result = status == Status::Processed
                    && (decide(&actor, Action::ReturnResult(scope)).is_ok()
                        || decide(&actor, Action::DecideDossier(scope)).is_ok());
                let processing = status == Status::Processing;
                let can_claim = processing && decide(&actor, Action::ClaimDossier(scope)).is_ok();
                let specialists = if processing && decide(&actor, Action::AssignDossier(scope)).is_ok() {
                    super::assignment::specialists(conn, scope.unit.unwrap_or(-1))?
                } else {
                    Vec::new()
                };
                let assignee: Option<String> = match scope.assignee {
                    Some(a) => crate::db::schema::accounts::table
                        .filter(crate::db::schema::accounts::id.eq(a))
                        .select(crate::db::schema::accounts::full_name)
                        .first(conn)
                        .optional()?,
                    None => None,
                };
                let now = shared::time::now();
                let clock_running = matches!(status, Status::Received | Status::Processing | Status::Supplemented);
                let before_due = due.is_some_and(|d| now < d);
                let has_apology = crate::db::schema::dossier_apologies::table
                    .filter(crate::db::schema::dossier_apologies::dossier_id.eq(id))
                    .count()
                    .get_result::<i64>(conn)?
                    > 0;
                let can_draft_apology = clock_running
                    && before_due
                    && !has_apology
                    && (decide(&actor, Action::ReceiveDossier(scope)).is_ok()
                        || decide(&actor, Action::ProcessDossier(scope)).is_ok());
                let pending = super::apology::pending(conn, id)?;
                let home = shared::access::DossierScope { at_agency: scope.agency, ..scope };
                let can_approve_apology = pending.is_some()
                    && clock_running
                    && before_due
                    && decide(&actor, Action::DecideDossier(home)).is_ok();
                let may_refund = matches!(status, Status::Refused | Status::Stopped | Status::Withdrawn)
                    && (decide(&actor, Action::ReceiveDossier(home)).is_ok()
                        || decide(&actor, Action::DecideDossier(home)).is_ok());
                let awaiting_refunds = if may_refund {
                    crate::services::payments::awaiting_approval(conn, id, actor.account().unwrap_or_default())?
                } else {
                    Vec::new()
                };
                let refundable = if may_refund {
                    use crate::db::schema::payments;
                    let paid: Option<(i64, i64)> = payments::table
                        .filter(payments::dossier_id.eq(id))
                        .filter(payments::state.eq(shared::payment::PaymentState::Paid.code()))
                        .select((payments::amount, payments::refunded_amount))
                        .first(conn)
                        .optional()?;
                    paid.map(|(amount, refunded)| amount - refunded).filter(|left| *left > 0)
                } else {
                    None
                };
                let can_exempt = decide(&actor, Action::ReceiveDossier(scope)).is_ok()
                    && crate::services::payments::fee_status(conn, id, status)?
                        .is_some_and(|f| f.paid_at.is_none() && f.exemption.is_none() && !status.is_final());
                let propose_to_leader = place
                    .workflow
                    .route(place.at, Move::Propose)
                    .flatten()
                    .and_then(|i| place.step(i))
                    .is_some_and(|s| s.kind == shared::workflow::StepKind::Approval);
                let steps = crate::services::dossier::handovers::tasks(conn, id)?
                    .into_iter()
                    .map(|t| StepLine {
                        name: t.step_name,
                        place: match t.unit_name {
                            Some(u) => format!("{} — {u}", t.agency_name),
                            None => t.agency_name,
                        },
                        started: shared::time::minute(t.started_at),
                        due: t.due_at.map(shared::time::minute),
                        finished: t.finished_at.map(shared::time::minute),
                        assignee: t.assignee.or(t.finished_by),
                        timeliness: t.finished_at.zip(t.due_at).map(|(f, d)| shared::deadline::classify(f, d)),
                        progress: match (t.finished_at, t.due_at) {
                            (None, Some(d)) => Some(progress(now, d, DUE_SOON)),
                            _ => None,
                        },
                    })
                    .collect();
                Ok::<_, DbError>(Some(OfficerPanel {
                    version,
                    actions,
                    units,
                    due: due.map(shared::time::minute),
                    supplement_requests: supplements,
                    can_attach_result,
                    workflow_name: place.workflow.name.clone(),
                    steps,
                    assignee,
                    can_claim,
                    specialists,
                    can_draft_apology,
                    pending_apology: pending
                        .map(|(reason, new_due)| format!("{} — {reason}", shared::time::minute(new_due))),
                    can_approve_apology,
                    propose_to_leader,
                    refundable,
                    awaiting_refunds,
                    can_exempt,
                }))
            })
            .await
            .map_err(crate::services::unexpected)
    }
}

#[cfg(test)]
mod tests {
    use super::AT_COUNTER;
    use shared::dossier::Status;

    #[test]
    fn the_counter_predicate_is_the_partial_index_s() {
        let codes = [Status::Submitted, Status::Supplemented, Status::Received, Status::Processed]
            .map(|s| format!("'{}'", s.code()))
            .join(", ");
        assert_eq!(AT_COUNTER, format!("dossiers.status IN ({codes})"));
        for migration in [
            include_str!("../../../../migrations/sqlite/2026-11-22-000012_counter_queue_index/up.sql"),
            include_str!("../../../../migrations/postgres/2026-11-22-000012_counter_queue_index/up.sql"),
        ] {
            let predicate = AT_COUNTER.trim_start_matches("dossiers.");
            assert!(migration.contains(&format!("WHERE {predicate};")), "{migration}");
        }
    }
}
