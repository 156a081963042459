//! The one-stop back office: officers move dossiers through their lifecycle. Every move is
//! checked twice, by the access rules (this officer, this agency, this unit) and by the
//! lifecycle (`shared::dossier::apply`: this status, this role), and applied with optimistic
//! concurrency: the form carries the version the officer saw, so when two officers act at once
//! one succeeds and the other is told the dossier changed.

pub mod apology;
mod assignment;
pub mod bulk;
pub mod digest;
mod queue;
pub mod steps;
pub mod views;

pub use queue::action_from;

use crate::db::schema::dossiers;
use crate::db::{Db, DbConn, DbError};
use crate::services::dossier::scope::scoped;
use crate::services::payments::Settlement;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, DossierScope, Role, decide};
use shared::dossier::{By, Move, Refusal, Status, apply};

#[derive(Clone)]
pub struct Backoffice {
    db: Db,
    base_url: url::Url,
}

/// What an officer does, with what it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficerAction {
    /// Accept: the appointment comes from the deadline engine.
    Receive,
    /// Ask, once and completely, for these items (each "what — why").
    RequestSupplement {
        items: Vec<String>,
        /// Why the dossier is asked for a supplement again: a second request needs one, and
        /// makes the dossier late for Decision 766 (the "supplement once" rule).
        again: String,
    },
    Refuse {
        reason: String,
    },
    /// Hand over to the first processing step (or back to the unit that asked for a
    /// supplement); `unit` is the counter's pick when the workflow names none.
    StartProcessing {
        unit: Option<i64>,
    },
    /// The specialist's proposal: the dossier goes to the next step (another unit, another
    /// agency, or the leader).
    Propose {
        note: String,
    },
    /// The leader sends the proposal back to the specialist.
    SendBack {
        note: String,
    },
    /// The leader approves: processed.
    Finish {
        note: String,
    },
    /// The leader refuses the request on its merits.
    Reject {
        reason: String,
    },
    /// Handed over to the applicant.
    ReturnResult,
    /// Processing stopped (Mẫu 05).
    Stop {
        reason: String,
    },
    /// A specialist takes an unassigned dossier of their unit.
    Claim,
    /// The unit head gives the dossier to a specialist of the unit.
    Assign {
        specialist: i64,
    },
    /// Draft the apology and new appointment (Mẫu 04) for a leader to approve.
    DraftApology {
        reason: String,
        new_due: Option<chrono::NaiveDate>,
    },
    /// The leader approves the drafted apology: the new appointment is in force and the
    /// applicant gets the letter.
    ApproveApology,
    /// The counter waives the fee for an applicant of an exempt group, with the reason.
    ExemptFee {
        reason: String,
    },
    /// The counter took the fee in cash.
    CollectFee,
}

impl OfficerAction {
    /// The lifecycle move, for the actions that move the dossier.
    fn movement(&self) -> Option<Move> {
        Some(match self {
            OfficerAction::Receive => Move::Receive,
            OfficerAction::RequestSupplement { .. } => Move::RequestSupplement,
            OfficerAction::Refuse { .. } => Move::Refuse,
            OfficerAction::StartProcessing { .. } => Move::StartProcessing,
            OfficerAction::Propose { .. } => Move::Propose,
            OfficerAction::SendBack { .. } => Move::SendBack,
            OfficerAction::Finish { .. } => Move::Finish,
            OfficerAction::Reject { .. } => Move::Reject,
            OfficerAction::ReturnResult => Move::ReturnResult,
            OfficerAction::Stop { .. } => Move::Stop,
            OfficerAction::Claim
            | OfficerAction::Assign { .. }
            | OfficerAction::DraftApology { .. }
            | OfficerAction::ApproveApology
            | OfficerAction::ExemptFee { .. }
            | OfficerAction::CollectFee => return None,
        })
    }

    /// The note recorded on the timeline, if any; `Invalid` when a required text is missing.
    fn note(&self) -> Result<Option<String>, ActError> {
        let required = |s: &String| {
            let s = shared::text::nfc(s.trim());
            if s.is_empty() { Err(ActError::Invalid) } else { Ok(Some(s)) }
        };
        match self {
            OfficerAction::RequestSupplement { items, again } => {
                let items: Vec<String> = items.iter().map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()).collect();
                if items.is_empty() {
                    return Err(ActError::Invalid);
                }
                let mut note = items.join("\n");
                if !again.trim().is_empty() {
                    note.push_str(&format!("\nLý do yêu cầu bổ sung thêm: {}", again.trim()));
                }
                Ok(Some(shared::text::nfc(&note)))
            }
            OfficerAction::Refuse { reason }
            | OfficerAction::Stop { reason }
            | OfficerAction::Reject { reason }
            | OfficerAction::DraftApology { reason, .. }
            | OfficerAction::ExemptFee { reason } => required(reason),
            OfficerAction::Propose { note } | OfficerAction::SendBack { note } => required(note),
            OfficerAction::Finish { note } => Ok(Some(shared::text::nfc(note.trim())).filter(|n| !n.is_empty())),
            OfficerAction::Receive
            | OfficerAction::StartProcessing { .. }
            | OfficerAction::ReturnResult
            | OfficerAction::Claim
            | OfficerAction::Assign { .. }
            | OfficerAction::ApproveApology
            | OfficerAction::CollectFee => Ok(None),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ActError {
    /// Not in this officer's agency (or no such dossier): the same answer.
    #[error("not found")]
    NotFound,
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// Someone acted first; reload.
    #[error("changed meanwhile")]
    Conflict,
    /// A reason or an item list is required, or the chosen unit or specialist is not valid.
    #[error("missing text")]
    Invalid,
    /// The dossier already had its one apology and new appointment.
    #[error("apology already used")]
    ApologyUsed,
    /// The appointment has passed: the apology had to come before it.
    #[error("past the appointment")]
    PastDue,
    /// The new appointment must be a working day after the current one.
    #[error("bad new appointment")]
    BadDate,
    /// The fee is due at this stage and not paid yet.
    #[error("fee unpaid")]
    Unpaid,
    /// A payment of the fee is under way at the gateway.
    #[error("payment under way")]
    PaymentUnderWay,
    /// A supplement was asked for before: asking again needs its reason.
    #[error("second supplement without a reason")]
    SupplementAgainUnexplained,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbError> for ActError {
    fn from(e: DbError) -> Self {
        ActError::Unexpected(e.into())
    }
}

/// The access rule for the move (this agency; a specialist only in their unit).
fn access_action(movement: Move, scope: DossierScope) -> Action {
    match movement {
        Move::Propose => Action::ProcessDossier(scope),
        Move::Finish | Move::SendBack | Move::Stop | Move::Reject => Action::DecideDossier(scope),
        Move::RequestSupplement if scope.unit.is_some() => Action::ProcessDossier(scope),
        Move::ReturnResult => Action::ReturnResult(scope),
        _ => Action::ReceiveDossier(scope),
    }
}

/// The role in which `actor` makes `movement`, if they hold one that may.
fn acting_role(actor: &Actor, movement: Move) -> Option<Role> {
    let Actor::Officer { roles, .. } = actor else { return None };
    roles.iter().copied().find(|r| shared::dossier::may_make(By::Officer(*r), movement))
}

/// May `actor` see the dossier as an officer at all (else: "not found").
fn sees(actor: &Actor, scope: DossierScope) -> bool {
    decide(actor, Action::ViewDossier(scope)).is_ok() || decide(actor, Action::ReturnResult(scope)).is_ok()
}

/// Rolls the transaction back and answers `e` (a refusal found after something was written).
struct Abort(ActError);

impl From<DbError> for Abort {
    fn from(e: DbError) -> Self {
        Abort(e.into())
    }
}

impl From<diesel::result::Error> for Abort {
    fn from(e: diesel::result::Error) -> Self {
        Abort(DbError::from(e).into())
    }
}

impl Backoffice {
    pub fn new(db: Db, base_url: url::Url) -> Self {
        Self { db, base_url }
    }

    /// Whether `actor` may (still) see dossier `id` as an officer.
    pub async fn sees(&self, actor: &Actor, id: i64) -> Result<bool, DbError> {
        let actor = actor.clone();
        self.db.run(move |conn| Ok(scoped(conn, id)?.is_some_and(|found| sees(&actor, found.scope)))).await
    }

    /// Makes `action` on dossier `id`, which the officer saw at `version`. Returns the status.
    pub async fn act(&self, actor: &Actor, id: i64, version: i32, action: OfficerAction) -> Result<Status, ActError> {
        let note = action.note()?;
        let actor = actor.clone();
        let base = self.base_url.clone();

        self.db
            .run(move |conn| {
                let result = crate::db::transaction(conn, |conn| {
                    let now = shared::time::now();
                    let Some(found) = scoped(conn, id)?.filter(|s| s.status != Status::Draft) else {
                        return Err(Abort(ActError::NotFound));
                    };
                    if !sees(&actor, found.scope) {
                        return Err(Abort(ActError::NotFound));
                    }
                    if found.version != version {
                        return Err(Abort(ActError::Conflict));
                    }
                    bump_version(conn, id, version, now)?;
                    let status = found.status;
                    let Some(movement) = action.movement() else {
                        match &action {
                            OfficerAction::Claim | OfficerAction::Assign { .. } => {
                                assignment::assign(conn, &actor, &found, &action, now)?
                            }
                            OfficerAction::ExemptFee { .. } => {
                                let reason = note.as_deref().ok_or(Abort(ActError::Invalid))?;
                                settle_fee(conn, &actor, &found, Settlement::Waived { reason }, &base, now)?
                            }
                            OfficerAction::CollectFee => {
                                settle_fee(conn, &actor, &found, Settlement::Collected, &base, now)?
                            }
                            _ => apology::act(conn, &actor, &found, &action, note.as_deref(), &base, now)?,
                        }
                        return Ok(status);
                    };
                    let moved = make_move(conn, &actor, &found, &action, movement, note.as_deref(), &base, now)?;
                    crate::crash::point("act.written");
                    Ok(moved)
                });
                Ok::<_, DbError>(result.map_err(|Abort(e)| e))
            })
            .await?
    }
}

/// The counter settles the unpaid fee: waives it (the applicant belongs to an exempt group,
/// checked against their documents) or takes it in cash; the applicant is told.
fn settle_fee(
    conn: &mut DbConn,
    actor: &Actor,
    found: &crate::services::dossier::scope::Scoped,
    how: Settlement<'_>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), Abort> {
    use crate::services::audit::{Entry, Event, record};
    use crate::services::payments::{ExemptProblem, settle_at_counter};
    if decide(actor, Action::ReceiveDossier(found.scope)).is_err() {
        return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
    }
    match settle_at_counter(conn, found.id, actor.account().unwrap_or_default(), how, found.status, now)? {
        Ok(()) => {}
        Err(ExemptProblem::NothingToWaive) => return Err(Abort(ActError::Refused(Refusal::NotInThisStatus))),
        Err(ExemptProblem::PaymentUnderWay) => return Err(Abort(ActError::PaymentUnderWay)),
    }
    let (note, event, headline, reason) = match how {
        Settlement::Waived { reason } => {
            (format!("Miễn phí, lệ phí: {reason}"), Event::FeeWaived, app::i18n::t::NEWS_WAIVED, Some(reason))
        }
        Settlement::Collected => {
            ("Đã thu phí, lệ phí tại quầy".to_owned(), Event::FeeCollectedAtCounter, app::i18n::t::NEWS_PAID, None)
        }
    };
    crate::services::dossier::timeline::record_note(conn, found.id, now, actor.account(), found.status, &note)?;
    let subject = Some(format!("dossier:{}", found.id));
    record(conn, now, Entry { event, actor: actor.account(), subject, ip: None, detail: None })?;
    let news = |lang| {
        let detail = reason.map(|reason| format!("{}\n{reason}", app::i18n::t::NEWS_NOTE.get(lang)));
        (headline.get(lang).to_owned(), detail)
    };
    crate::services::dossier::notices::notify_applicant(conn, found.id, news, base, now)?;
    Ok(())
}

/// The optimistic-concurrency guard: the first write of every action (so SQLite takes its write
/// lock before reading further).
fn bump_version(conn: &mut DbConn, id: i64, version: i32, now: NaiveDateTime) -> Result<(), Abort> {
    let updated = diesel::update(dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(version)))
        .set((dossiers::version.eq(version + 1), dossiers::updated_at.eq(now)))
        .execute(conn)?;
    if updated != 1 {
        return Err(Abort(ActError::Conflict));
    }
    Ok(())
}

/// A lifecycle move, checked by the access rules, the lifecycle and the workflow.
#[allow(clippy::too_many_arguments)]
fn make_move(
    conn: &mut DbConn,
    actor: &Actor,
    found: &crate::services::dossier::scope::Scoped,
    action: &OfficerAction,
    movement: Move,
    note: Option<&str>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<Status, Abort> {
    let (scope, from) = (found.scope, found.status);
    let Some(role) = acting_role(actor, movement) else {
        return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
    };
    if decide(actor, access_action(movement, scope)).is_err() {
        return Err(Abort(ActError::Refused(Refusal::NotYourRole)));
    }
    let next = apply(from, movement, By::Officer(role)).map_err(|r| Abort(ActError::Refused(r)))?;
    let id = found.id;
    if crate::services::payments::blocks(conn, id, movement)? {
        return Err(Abort(ActError::Unpaid));
    }
    let place = steps::placement(conn, id)?;
    let Some(destination) = place.workflow.route(place.at, movement) else {
        return Err(Abort(ActError::Refused(Refusal::NotInThisStatus)));
    };
    let me = actor.account();
    crate::services::dossier::handovers::close_task(conn, id, now, me, movement)?;
    // Where the dossier goes: the step's agency and unit, or out of the workflow.
    let (at_agency, unit, assignee) = match destination {
        Some(index) if movement != Move::RequestSupplement => {
            let step = place.step(index).ok_or(Abort(ActError::Invalid))?;
            let chosen = match action {
                OfficerAction::StartProcessing { unit: Some(unit) } => Some(*unit),
                _ => steps::previous_unit(conn, id, index)?,
            };
            let Some((at_agency, unit)) = steps::resolve(conn, &place, step, chosen)? else {
                return Err(Abort(ActError::Invalid));
            };
            let opening = steps::Opening { index, step, agency: at_agency, unit, handed_by: me };
            let assignee = steps::open_task(conn, id, now, opening)?;
            (Some(at_agency), unit, assignee)
        }
        // Paused at the unit that asked: it keeps the step, the unit and its specialist.
        Some(_) => (Some(scope.at_agency), scope.unit, scope.assignee),
        None => (None, None, None),
    };
    let step_index = destination.and_then(|i| i32::try_from(i).ok());
    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
        .set((
            dossiers::status.eq(next.code()),
            dossiers::step_index.eq(step_index),
            dossiers::at_agency_id.eq(at_agency.or(Some(place.agency))),
            dossiers::unit_id.eq(unit),
            dossiers::assignee_account_id.eq(assignee),
        ))
        .execute(conn)?;
    if movement == Move::Receive {
        diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
            .set(dossiers::workflow_id.eq(place.workflow_id))
            .execute(conn)?;
        crate::services::dossier::clock::start_clock(conn, id, now)?;
    }
    if let OfficerAction::RequestSupplement { again, .. } = action {
        let asked: i32 =
            dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::supplement_requests).first(conn)?;
        if asked > 0 && again.trim().is_empty() {
            return Err(Abort(ActError::SupplementAgainUnexplained));
        }
        diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
            .set(dossiers::supplement_requests.eq(dossiers::supplement_requests + 1))
            .execute(conn)?;
        crate::services::dossier::clock::start_pause(conn, id, now)?;
    }
    if next == Status::ResultReturned {
        diesel::update(dossiers::table.filter(dossiers::id.eq(id))).set(dossiers::returned_at.eq(now)).execute(conn)?;
    }
    if next.is_final() || next == Status::Processed {
        diesel::update(dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::finished_at.is_null()))
            .set(dossiers::finished_at.eq(now))
            .execute(conn)?;
    }
    crate::services::dossier::timeline::record_event(conn, id, now, me, (from, next), note)?;
    if next != from {
        crate::services::dossier::notices::tell_applicant(conn, id, next, note, base, now)?;
    }
    Ok(next)
}

impl Backoffice {
    /// Streams the result document into the applicant's document store and links it to the
    /// processed dossier. `Ok(Err(problem))`: the file was refused, nothing stored.
    pub async fn attach_result<S, E>(
        &self,
        landing: crate::storage::Landing<'_>,
        limit: u64,
        actor: &Actor,
        id: i64,
        file_name: &str,
        body: S,
    ) -> Result<Result<i64, shared::dossier::UploadProblem>, ActError>
    where
        S: futures::Stream<Item = Result<bytes::Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        use crate::services::dossier::documents::{Keeping, RESULT_REQUIREMENT, Upload, store_and_link};
        let check = {
            let actor = actor.clone();
            move |conn: &mut DbConn| -> Result<Result<Option<i64>, ActError>, DbError> {
                let Some(found) = scoped(conn, id)? else { return Ok(Err(ActError::NotFound)) };
                let scope = found.scope;
                if decide(&actor, Action::ReturnResult(scope)).is_err()
                    && decide(&actor, Action::DecideDossier(scope)).is_err()
                {
                    return Ok(Err(ActError::NotFound));
                }
                if found.status != Status::Processed {
                    return Ok(Err(ActError::Refused(Refusal::NotInThisStatus)));
                }
                // The applicant's store: the result is theirs.
                Ok(Ok(scope.owner))
            }
        };
        let keeping = Keeping::Result { officer: actor.account() };
        let upload = Upload { dossier: id, requirement: RESULT_REQUIREMENT, file_name, max_bytes: limit, keeping };
        store_and_link(&self.db, landing, check, upload, body).await
    }
}
