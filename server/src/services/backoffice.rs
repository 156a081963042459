//! The one-stop back office: officers move dossiers through their lifecycle. Every move is
//! checked twice, by the access rules (this officer, this agency, this unit) and by the
//! lifecycle (`shared::dossier::apply`: this status, this role), and applied with optimistic
//! concurrency: the form carries the version the officer saw, so when two officers act at once
//! one succeeds and the other is told the dossier changed.

pub mod calendar;
pub mod digest;
mod queue;

pub use calendar::load_calendar;
pub use queue::{ACTIONS, action_from};

use crate::db::schema::{agency_units, channel_offers, dossier_pauses, dossiers};
use crate::db::{Db, DbConn, DbError};
use crate::services::filing::scoped;
use crate::services::notify;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, DossierScope, Role, decide};
use shared::catalog::{TimeLimit, TimeUnit};
use shared::deadline::{Pause, due_at};
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
    },
    Refuse {
        reason: String,
    },
    /// Hand over to a specialist unit of the agency.
    StartProcessing {
        unit: i64,
    },
    /// The specialist's proposal to the leader.
    Propose {
        note: String,
    },
    /// The leader sends it back to the specialist.
    SendBack {
        note: String,
    },
    /// The leader approves: processed.
    Finish {
        note: String,
    },
    /// Handed over to the applicant.
    ReturnResult,
    /// Processing stopped (Mẫu 05).
    Stop {
        reason: String,
    },
}

impl OfficerAction {
    fn movement(&self) -> Move {
        match self {
            OfficerAction::Receive => Move::Receive,
            OfficerAction::RequestSupplement { .. } => Move::RequestSupplement,
            OfficerAction::Refuse { .. } => Move::Refuse,
            OfficerAction::StartProcessing { .. } => Move::StartProcessing,
            OfficerAction::Propose { .. } => Move::Propose,
            OfficerAction::SendBack { .. } => Move::SendBack,
            OfficerAction::Finish { .. } => Move::Finish,
            OfficerAction::ReturnResult => Move::ReturnResult,
            OfficerAction::Stop { .. } => Move::Stop,
        }
    }

    /// The note recorded on the timeline, if any; `None` when a required text is missing.
    fn note(&self) -> Result<Option<String>, ActError> {
        let required = |s: &String| {
            let s = shared::text::nfc(s.trim());
            if s.is_empty() { Err(ActError::Invalid) } else { Ok(Some(s)) }
        };
        match self {
            OfficerAction::RequestSupplement { items } => {
                let items: Vec<String> = items.iter().map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()).collect();
                if items.is_empty() {
                    return Err(ActError::Invalid);
                }
                Ok(Some(items.join("\n")))
            }
            OfficerAction::Refuse { reason } | OfficerAction::Stop { reason } => required(reason),
            OfficerAction::Propose { note } | OfficerAction::SendBack { note } => required(note),
            OfficerAction::Finish { note } => Ok(Some(note.trim().to_owned()).filter(|n| !n.is_empty())),
            OfficerAction::Receive | OfficerAction::StartProcessing { .. } | OfficerAction::ReturnResult => Ok(None),
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
    /// A reason or an item list is required.
    #[error("missing text")]
    Invalid,
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
        Move::Finish | Move::SendBack | Move::Stop => Action::DecideDossier(scope),
        Move::RequestSupplement if scope.unit.is_some() => Action::ProcessDossier(scope),
        _ => Action::ReceiveDossier(scope),
    }
}

/// The role in which `actor` makes `movement`, if they hold one that may.
fn acting_role(actor: &Actor, movement: Move) -> Option<Role> {
    let Actor::Officer { roles, .. } = actor else { return None };
    roles.iter().copied().find(|r| shared::dossier::may_make(By::Officer(*r), movement))
}

impl Backoffice {
    pub fn new(db: Db, base_url: url::Url) -> Self {
        Self { db, base_url }
    }

    /// Makes `action` on dossier `id`, which the officer saw at `version`. Returns the new status.
    pub async fn act(&self, actor: &Actor, id: i64, version: i32, action: OfficerAction) -> Result<Status, ActError> {
        let note = action.note()?;
        let movement = action.movement();
        let actor = actor.clone();
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                conn.transaction(|conn| {
                    let now = chrono::Utc::now().naive_utc();
                    let Some(found) = scoped(conn, id)?.filter(|s| s.status != Status::Draft) else {
                        return Ok(Err(ActError::NotFound));
                    };
                    let (scope, from, current) = (found.scope, found.status, found.version);
                    let agency = scope.agency;
                    if decide(&actor, Action::ViewDossier(scope)).is_err()
                        && decide(&actor, Action::ReceiveDossier(scope)).is_err()
                    {
                        return Ok(Err(ActError::NotFound));
                    }
                    if current != version {
                        return Ok(Err(ActError::Conflict));
                    }
                    let Some(role) = acting_role(&actor, movement) else {
                        return Ok(Err(ActError::Refused(Refusal::NotYourRole)));
                    };
                    if decide(&actor, access_action(movement, scope)).is_err() {
                        return Ok(Err(ActError::Refused(Refusal::NotYourRole)));
                    }
                    let next = match apply(from, movement, By::Officer(role)) {
                        Ok(next) => next,
                        Err(refusal) => return Ok(Err(ActError::Refused(refusal))),
                    };
                    let updated = diesel::update(
                        dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(version)),
                    )
                    .set((
                        dossiers::status.eq(next.code()),
                        dossiers::version.eq(version + 1),
                        dossiers::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                    if updated != 1 {
                        return Ok(Err(ActError::Conflict));
                    }
                    match &action {
                        OfficerAction::Receive => receive(conn, id, now)?,
                        OfficerAction::RequestSupplement { .. } => {
                            diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                                .set(dossiers::supplement_requests.eq(dossiers::supplement_requests + 1))
                                .execute(conn)?;
                            diesel::insert_into(dossier_pauses::table)
                                .values((dossier_pauses::dossier_id.eq(id), dossier_pauses::paused_from.eq(now)))
                                .execute(conn)?;
                        }
                        OfficerAction::StartProcessing { unit } => {
                            let in_agency: Option<i64> = agency_units::table
                                .filter(agency_units::id.eq(*unit))
                                .filter(agency_units::agency_id.eq(agency))
                                .select(agency_units::id)
                                .first(conn)
                                .optional()?;
                            if in_agency.is_none() {
                                return Err(DbError::Query(diesel::result::Error::RollbackTransaction));
                            }
                            diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                                .set(dossiers::unit_id.eq(unit))
                                .execute(conn)?;
                        }
                        _ => {}
                    }
                    if next.is_final() || next == Status::Processed {
                        diesel::update(
                            dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::finished_at.is_null()),
                        )
                        .set(dossiers::finished_at.eq(now))
                        .execute(conn)?;
                    }
                    crate::services::filing::record_event(
                        conn,
                        id,
                        now,
                        actor.account(),
                        (from, next),
                        note.as_deref(),
                    )?;
                    if next != from {
                        tell_applicant(conn, id, next, note.as_deref(), &base, now)?;
                    }
                    Ok::<_, DbError>(Ok(next))
                })
            })
            .await
            .or_else(|e| match e {
                DbError::Query(diesel::result::Error::RollbackTransaction) => Ok(Err(ActError::Invalid)),
                e => Err(e),
            })?
    }
}

/// `dossier_documents.requirement` of a result document (requirements count from 1).
pub const RESULT_REQUIREMENT: i32 = 0;

impl Backoffice {
    /// Streams the result document into the applicant's document store and links it to the
    /// processed dossier. `Ok(Err(problem))`: the file was refused, nothing stored.
    pub async fn attach_result<S, E>(
        &self,
        store: &crate::storage::Store,
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
        use crate::db::schema::{dossier_documents, stored_files};
        use object_store::ObjectStoreExt;
        let check = {
            let actor = actor.clone();
            move |conn: &mut DbConn| -> Result<Result<i64, ActError>, DbError> {
                let Some(found) = scoped(conn, id)? else { return Ok(Err(ActError::NotFound)) };
                let scope = found.scope;
                if decide(&actor, Action::ReceiveDossier(scope)).is_err()
                    && decide(&actor, Action::DecideDossier(scope)).is_err()
                {
                    return Ok(Err(ActError::NotFound));
                }
                if found.status != Status::Processed {
                    return Ok(Err(ActError::Refused(Refusal::NotInThisStatus)));
                }
                let owner = scope.owner;
                Ok(Ok(owner))
            }
        };
        let owner = {
            let check = check.clone();
            self.db.run(move |conn| check(conn)).await??
        };
        let key = object_store::path::Path::from(format!("files/{owner}/{}", hex::encode(rand::random::<[u8; 16]>())));
        let stored = match crate::services::filing::upload::store_stream(store, &key, body, limit).await? {
            Ok(s) => s,
            Err(problem) => return Ok(Err(problem)),
        };
        let name = crate::services::filing::display_name(file_name);
        let key_text = key.to_string();
        let linked = self
            .db
            .run(move |conn| {
                conn.transaction(|conn| {
                    if let Err(e) = check(conn)? {
                        return Ok(Err(e));
                    }
                    let now = chrono::Utc::now().naive_utc();
                    let file_id: i64 = diesel::insert_into(stored_files::table)
                        .values((
                            stored_files::account_id.eq(owner),
                            stored_files::object_key.eq(&key_text),
                            stored_files::display_name.eq(&name),
                            stored_files::content_type.eq(stored.content_type),
                            stored_files::size_bytes.eq(i64::try_from(stored.size).unwrap_or(i64::MAX)),
                            stored_files::sha256.eq(&stored.sha256),
                            stored_files::created_at.eq(now),
                        ))
                        .returning(stored_files::id)
                        .get_result(conn)?;
                    diesel::insert_into(dossier_documents::table)
                        .values((
                            dossier_documents::dossier_id.eq(id),
                            dossier_documents::requirement.eq(RESULT_REQUIREMENT),
                            dossier_documents::file_id.eq(file_id),
                            dossier_documents::added_at.eq(now),
                        ))
                        .execute(conn)?;
                    Ok::<_, DbError>(Ok(file_id))
                })
            })
            .await;
        match linked {
            Ok(Ok(file_id)) => Ok(Ok(file_id)),
            other => {
                let _ = store.delete(&key).await;
                match other {
                    Ok(Err(e)) => Err(e),
                    Err(e) => Err(e.into()),
                    Ok(Ok(_)) => unreachable!(),
                }
            }
        }
    }
}

/// At reception the clock starts: the appointment from the procedure's online time limit, the
/// same-day cut-off and the working calendar.
fn receive(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    let procedure_id: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::procedure_id).first(conn)?;
    let offer: Option<(i32, String, Option<String>)> = channel_offers::table
        .filter(channel_offers::procedure_id.eq(procedure_id))
        .filter(channel_offers::channel.eq(shared::catalog::Channel::Online.code()))
        .order(channel_offers::ordinal)
        .select((channel_offers::time_value, channel_offers::time_unit, channel_offers::same_day_cutoff))
        .first(conn)
        .optional()?;
    let (value, unit, cutoff) = offer.unwrap_or((15, TimeUnit::WorkingDays.code().to_owned(), None));
    let limit = TimeLimit {
        value: u32::try_from(value).unwrap_or(0),
        unit: TimeUnit::parse(&unit).unwrap_or(TimeUnit::WorkingDays),
    };
    let cutoff = cutoff.and_then(|c| chrono::NaiveTime::parse_from_str(&c, "%H:%M").ok());
    let calendar = load_calendar(conn)?;
    let local_now = now + chrono::Duration::hours(7);
    let pauses: Vec<Pause> = Vec::new();
    let due_local = due_at(&calendar, local_now, limit, cutoff, &pauses);
    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
        .set((dossiers::received_at.eq(now), dossiers::due_at.eq(due_local - chrono::Duration::hours(7))))
        .execute(conn)?;
    Ok(())
}

fn tell_applicant(
    conn: &mut DbConn,
    id: i64,
    status: Status,
    note: Option<&str>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    use crate::db::schema::accounts;
    let (code, email, filer): (Option<String>, Option<String>, i64) = dossiers::table
        .inner_join(accounts::table.on(accounts::id.eq(dossiers::filer_account_id)))
        .filter(dossiers::id.eq(id))
        .select((dossiers::code, accounts::email, dossiers::filer_account_id))
        .first(conn)?;
    let Some(code) = code else { return Ok(()) };
    let label = app::i18n::status_label(status, app::i18n::Lang::Vi);
    // The in-app notice, shown on the person's pages until read.
    {
        use crate::db::schema::notices;
        diesel::insert_into(notices::table)
            .values((
                notices::account_id.eq(filer),
                notices::dossier_id.eq(id),
                notices::message.eq(format!("Hồ sơ {code}: {label}")),
                notices::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    let Some(email) = email else { return Ok(()) };
    let link = base.join(&format!("/ho-so/{id}")).map(|u| u.to_string()).unwrap_or_default();
    let detail = note.map(|n| format!("\n\nNội dung:\n{n}")).unwrap_or_default();
    let body = format!(
        "Hồ sơ {code} chuyển sang trạng thái: {label}.{detail}\n\nXem hồ sơ tại:\n{link}\n\nYour application {code} is now: {label}."
    );
    let subject = format!("Hồ sơ {code}: {label}");
    notify::enqueue(conn, now, notify::Mail { to: &email, subject: &subject, body: &body })
}
