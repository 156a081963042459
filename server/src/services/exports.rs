//! Exports of a list of dossiers (issue #19). An officer who prints their agency's register
//! (`Action::ViewAgencyRecords`) exports the agency's dossiers; a business member
//! (`Action::ViewBusiness`) the business's; filtered by procedure, status and submission days,
//! as CSV or XLSX, optionally in a ZIP with every dossier's documents. Asking writes an
//! `export_jobs` row and schedules a job (`job.rs`), which writes the file with bounded memory
//! (`file.rs`: rows a page at a time, documents streamed) and offers it for
//! `shared::exports::KEPT_DAYS` days to the person who asked, by a link on the page and in a mail.
//! Never in an export: officers' notes, opinions, messages.

pub mod file;
pub mod job;

use crate::db::schema::{agencies, business_members, businesses, export_jobs, procedures};
use crate::db::{Db, DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use crate::storage::{Download, Store};
use app::api::ServiceError;
use app::api::exports::{ExportRow, ExportsPage};
use diesel::prelude::*;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use shared::access::{Action, Actor, Denial, decide};
use shared::exports::{ExportProblem, ExportRequest, ExportState, Format, MAX_WAITING, Scope};
use std::collections::HashMap;

/// Exports a page lists (the latest).
const LISTED: i64 = 20;

#[derive(Clone)]
pub struct Exports {
    db: Db,
    store: Store,
}

/// Why an export was not started.
#[derive(Debug, PartialEq, Eq)]
pub enum StartError {
    Denied(Denial),
    Refused(Vec<ExportProblem>),
}

/// Whether `actor` may export the dossiers of `scope`.
pub fn may_export(actor: &Actor, scope: Scope) -> Result<(), Denial> {
    match scope {
        Scope::Agency(agency) => decide(actor, Action::ViewAgencyRecords { agency }),
        Scope::Business(business) => decide(actor, Action::ViewBusiness { business }),
    }
}

impl Exports {
    pub fn new(db: Db, store: Store) -> Self {
        Self { db, store }
    }

    /// Starts an export for `actor` from the form's fields: checked, authorized, at most
    /// `MAX_WAITING` at once; its job is scheduled. Returns the export's id.
    pub async fn start(
        &self,
        actor: &Actor,
        fields: HashMap<String, String>,
    ) -> anyhow::Result<Result<i64, StartError>> {
        let Some(me) = actor.account() else { return Ok(Err(StartError::Denied(Denial::SignInRequired))) };
        let request = match shared::exports::request(&fields) {
            Ok(request) => request,
            Err(problems) => return Ok(Err(StartError::Refused(problems))),
        };
        if let Err(denial) = may_export(actor, request.scope) {
            return Ok(Err(StartError::Denied(denial)));
        }
        let json = serde_json::to_string(&request)?;
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    // One request of this person at a time (PostgreSQL): the count holds.
                    crate::db::lock_account(conn, me)?;
                    let waiting: i64 = export_jobs::table
                        .filter(export_jobs::account_id.eq(me))
                        .filter(export_jobs::state.eq_any([ExportState::Waiting.code(), ExportState::Writing.code()]))
                        .count()
                        .get_result(conn)?;
                    if waiting >= MAX_WAITING {
                        return Ok(Err(StartError::Refused(vec![ExportProblem::TooMany])));
                    }
                    let now = shared::time::now();
                    let id: i64 = diesel::insert_into(export_jobs::table)
                        .values((
                            export_jobs::account_id.eq(me),
                            export_jobs::request.eq(&json),
                            export_jobs::state.eq(ExportState::Waiting.code()),
                            export_jobs::created_at.eq(now),
                        ))
                        .returning(export_jobs::id)
                        .get_result(conn)?;
                    let kind = shared::jobs::JobKind::Export.code();
                    crate::services::jobs::schedule(conn, kind, &id.to_string(), &id.to_string(), now)?;
                    let entry = Entry {
                        event: Event::ExportStarted,
                        actor: Some(me),
                        subject: Some(format!("export:{id}")),
                        ip: None,
                        detail: Some(&json),
                    };
                    record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(id))
                })
            })
            .await?)
    }

    /// Export `id`'s file, for the person who asked while they may still export its dossiers (a
    /// member who left the business, an officer moved elsewhere, no longer), while it is ready
    /// (never one being written).
    pub async fn download(&self, actor: &Actor, id: i64) -> anyhow::Result<Option<Download>> {
        let Some(me) = actor.account() else { return Ok(None) };
        let actor = actor.clone();
        let found = self
            .db
            .run(move |conn| {
                let found: Option<Stored> = export_jobs::table
                    .filter(export_jobs::id.eq(id))
                    .filter(export_jobs::account_id.eq(me))
                    .filter(export_jobs::state.eq(ExportState::Ready.code()))
                    .filter(export_jobs::expires_at.gt(shared::time::now()))
                    .select((
                        export_jobs::request,
                        export_jobs::object_key,
                        export_jobs::file_name,
                        export_jobs::size_bytes,
                    ))
                    .first(conn)
                    .optional()?;
                let found = found.and_then(|(request, key, name, size)| {
                    let request = serde_json::from_str::<ExportRequest>(&request).ok()?;
                    may_export(&actor, request.scope).ok().map(|()| (key, name, size))
                });
                if found.is_some() {
                    let entry = Entry {
                        event: Event::ExportDownloaded,
                        actor: Some(me),
                        subject: Some(format!("export:{id}")),
                        ip: None,
                        detail: None,
                    };
                    record(conn, shared::time::now(), entry)?;
                }
                Ok::<_, DbError>(found)
            })
            .await?;
        let Some((Some(key), Some(name), size)) = found else { return Ok(None) };
        let object = self.store.get(&Path::from(key)).await?;
        let content_type = if name.ends_with(".zip") {
            "application/zip"
        } else if name.ends_with(".xlsx") {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        } else {
            "text/csv; charset=utf-8"
        };
        Ok(Some(Download {
            body: object.into_stream(),
            content_type: content_type.to_owned(),
            display_name: name,
            size: u64::try_from(size.unwrap_or(0)).unwrap_or(0),
        }))
    }
}

/// A ready export as its download reads it: (its request, object key, file name, size).
type Stored = (String, Option<String>, Option<String>, Option<i64>);

/// The exports `actor` may ask for: their agency's, and each business they are a member of.
fn scopes(conn: &mut DbConn, actor: &Actor) -> Result<Vec<(String, String)>, DbError> {
    let mut scopes = Vec::new();
    if let Actor::Officer { agency, .. } = actor
        && may_export(actor, Scope::Agency(*agency)).is_ok()
    {
        let name: String = agencies::table.filter(agencies::id.eq(*agency)).select(agencies::name).first(conn)?;
        scopes.push((Scope::Agency(*agency).code(), name));
    }
    if let Some(me) = actor.account() {
        let theirs: Vec<(i64, String)> = businesses::table
            .inner_join(business_members::table)
            .filter(business_members::account_id.eq(me))
            .order(businesses::name)
            .select((businesses::id, businesses::name))
            .load(conn)?;
        for (id, name) in theirs {
            if may_export(actor, Scope::Business(id)).is_ok() {
                scopes.push((Scope::Business(id).code(), name));
            }
        }
    }
    Ok(scopes)
}

/// What an export holds, in words: whose dossiers and which days.
pub(crate) fn described(conn: &mut DbConn, request: &ExportRequest) -> Result<String, DbError> {
    let whose: Option<String> = match request.scope {
        Scope::Agency(id) => {
            agencies::table.filter(agencies::id.eq(id)).select(agencies::name).first(conn).optional()?
        }
        Scope::Business(id) => {
            businesses::table.filter(businesses::id.eq(id)).select(businesses::name).first(conn).optional()?
        }
    };
    let days = format!("{} – {}", shared::time::date(request.from), shared::time::date(request.to));
    Ok(format!("{}, {days}", whose.unwrap_or_default()))
}

type Listed =
    (i64, chrono::NaiveDateTime, String, String, i64, Option<i64>, Option<i64>, Option<chrono::NaiveDateTime>);

#[async_trait::async_trait]
impl app::api::exports::ExportService for Exports {
    async fn page(&self, actor: &Actor) -> Result<ExportsPage, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let scopes = scopes(conn, &actor)?;
                let me = actor.account().unwrap_or_default();
                let rows: Vec<Listed> = export_jobs::table
                    .filter(export_jobs::account_id.eq(me))
                    .order(export_jobs::id.desc())
                    .limit(LISTED)
                    .select((
                        export_jobs::id,
                        export_jobs::created_at,
                        export_jobs::request,
                        export_jobs::state,
                        export_jobs::rows_done,
                        export_jobs::rows_total,
                        export_jobs::size_bytes,
                        export_jobs::expires_at,
                    ))
                    .load(conn)?;
                let mut exports = Vec::new();
                let now = shared::time::now();
                for (id, asked, request, state, rows_done, rows_total, size, expires) in rows {
                    // Past its keeping time it is not offered, even before the daily collection.
                    let state = match ExportState::parse(&state).unwrap_or(ExportState::Failed) {
                        ExportState::Ready if expires.is_some_and(|e| e <= now) => ExportState::Expired,
                        state => state,
                    };
                    let Ok(request) = serde_json::from_str::<ExportRequest>(&request) else { continue };
                    let format = match (request.format, request.documents) {
                        (Format::Csv, false) => "CSV",
                        (Format::Xlsx, false) => "XLSX",
                        (Format::Csv, true) => "ZIP (CSV)",
                        (Format::Xlsx, true) => "ZIP (XLSX)",
                    };
                    exports.push(ExportRow {
                        id,
                        asked_at: shared::time::minute(asked),
                        what: described(conn, &request)?,
                        format: format.to_owned(),
                        state,
                        rows_done,
                        rows_total,
                        size,
                        expires: expires.map(shared::time::minute),
                    });
                }
                let procedures: Vec<(i64, String)> =
                    procedures::table.order(procedures::name).select((procedures::id, procedures::name)).load(conn)?;
                let today = shared::time::today();
                let month_start = chrono::Datelike::with_day(&today, 1).unwrap_or(today);
                Ok::<_, DbError>(ExportsPage {
                    scopes,
                    procedures,
                    exports,
                    month_start: shared::time::iso_date(month_start),
                    today: shared::time::iso_date(today),
                })
            })
            .await
            .map_err(super::unexpected)
    }
}

/// Writes one export of agency `code`'s dossiers now, in this process, for its first officer
/// (`portal export`, the benchmark's): the export's id, its rows and its file's size.
pub async fn run_now(
    db: &Db,
    store: &Store,
    base: &url::Url,
    code: String,
    shape: (chrono::NaiveDate, chrono::NaiveDate, Format, bool),
) -> anyhow::Result<(i64, i64, i64)> {
    use crate::db::schema::officers;
    let (from, to, format, documents) = shape;
    let id = db
        .run(move |conn| {
            let (agency, officer): (i64, i64) = agencies::table
                .inner_join(officers::table)
                .filter(agencies::code.eq(&code))
                .order(officers::account_id)
                .select((agencies::id, officers::account_id))
                .first(conn)?;
            let request = ExportRequest {
                scope: Scope::Agency(agency),
                procedure: None,
                status: None,
                from,
                to,
                format,
                documents,
            };
            let json = serde_json::to_string(&request).map_err(|e| crate::db::decode(e.to_string()))?;
            Ok::<_, DbError>(
                diesel::insert_into(export_jobs::table)
                    .values((
                        export_jobs::account_id.eq(officer),
                        export_jobs::request.eq(json),
                        export_jobs::state.eq(ExportState::Waiting.code()),
                        export_jobs::created_at.eq(shared::time::now()),
                    ))
                    .returning(export_jobs::id)
                    .get_result::<i64>(conn)?,
            )
        })
        .await?;
    job::run(db, store, base, id).await?;
    let (rows, size): (i64, Option<i64>) = db
        .run(move |conn| {
            Ok::<_, DbError>(
                export_jobs::table.find(id).select((export_jobs::rows_done, export_jobs::size_bytes)).first(conn)?,
            )
        })
        .await?;
    Ok((id, rows, size.unwrap_or(0)))
}

/// Exports past their keeping time, and those given up that long ago: everything their attempts
/// left in the store removed, their rows marked expired.
pub async fn expire(db: &Db, store: &Store, now: chrono::NaiveDateTime) -> anyhow::Result<usize> {
    let given_up = now - chrono::Duration::days(shared::exports::KEPT_DAYS);
    let due: Vec<i64> = db
        .run(move |conn| {
            let ready_past = export_jobs::state.eq(ExportState::Ready.code()).and(export_jobs::expires_at.le(now));
            let failed_past =
                export_jobs::state.eq(ExportState::Failed.code()).and(export_jobs::created_at.le(given_up));
            Ok::<_, DbError>(export_jobs::table.filter(ready_past.or(failed_past)).select(export_jobs::id).load(conn)?)
        })
        .await?;
    for id in &due {
        job::remove_prefix(store, &format!("exports/{id}/")).await?;
        let id = *id;
        db.run(move |conn| {
            Ok::<_, DbError>(
                diesel::update(export_jobs::table.filter(export_jobs::id.eq(id)))
                    .set((
                        export_jobs::state.eq(ExportState::Expired.code()),
                        export_jobs::object_key.eq(None::<String>),
                    ))
                    .execute(conn)?,
            )
        })
        .await?;
    }
    Ok(due.len())
}
