//! The catalog editor's reads for the pages (`app::api::catalog_admin`): the list of the
//! procedures an admin may edit, one procedure's draft with its history, and the choices of its
//! selects. The changes are in `drafts.rs` (`workflows`, `forms`, `form_builder`); both authorize
//! through `Action::ManageCatalog`. The form handlers reach those changes and the catalog file's
//! import and export through this service too.

use super::drafts::{self, EditError};
use super::form_builder::{self, Seen};
use super::import::{self, ImportReport};
use super::spreadsheet::{self, Format};
use super::store::{self, Written};
use super::{forms, workflows};
use crate::db::schema::{agencies, fields};
use crate::db::{Db, DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use app::api::ServiceError;
use app::api::catalog_admin::CatalogAdminService;
use app::api::catalog_admin::{
    CatalogAdminList, CatalogAdminRow, EditorChoices, FormEditor, ProcedureEditor, VersionView, WorkflowEditor,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::catalog::editor::Section;
use shared::catalog::{Named, ProcedureDocument};
use shared::eform::builder::Edit;
use shared::workflow::Workflow;
use std::collections::HashMap;

/// Procedures per page of the list.
pub const PER_PAGE: u32 = 50;

pub struct CatalogAdmin {
    db: Db,
}

impl CatalogAdmin {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

/// A save's outcome, with the revision now current when it was refused as stale (someone saved
/// meanwhile: the page shows what was typed on that revision).
pub type Saved = (Result<i32, EditError>, Option<i32>);

fn with_current(
    conn: &mut DbConn,
    saved: Result<i32, EditError>,
    current: impl FnOnce(&mut DbConn) -> Result<Option<i32>, DbError>,
) -> Result<Saved, DbError> {
    let now = if saved == Err(EditError::Stale) { current(conn)? } else { None };
    Ok((saved, now))
}

/// Why a catalog file was not imported.
#[derive(Debug)]
pub enum ImportRefused {
    Denied(Denial),
    /// Not a catalog file this portal reads; why.
    Unreadable(String),
}

/// The editor's changes, for the form handlers: each authorizes against `actor` in the function
/// it wraps (`drafts`, `workflows`, `forms`, `form_builder`), the catalog file's against `ImportCatalog`.
impl CatalogAdmin {
    /// A new procedure, as a draft (`drafts::create`).
    pub async fn create_procedure(
        &self,
        actor: &Actor,
        doc: ProcedureDocument,
    ) -> Result<Result<(), EditError>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| drafts::create(conn, &actor, doc, now)).await
    }

    /// Saves `section` of `code`'s draft from the posted `fields`, made on `revision` (`drafts::save`).
    pub async fn save_section(
        &self,
        actor: &Actor,
        code: String,
        revision: i32,
        section: Section,
        fields: HashMap<String, String>,
    ) -> Result<Saved, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                let get = |name: &str| fields.get(name).cloned();
                let saved = drafts::save(conn, &actor, &code, revision, section, &get, now)?;
                with_current(conn, saved, |conn| Ok(drafts::load(conn, &actor, &code)?.ok().map(|d| d.revision)))
            })
            .await
    }

    /// Publishes `code`'s draft at `revision` as a version in force from `from` (`drafts::publish`).
    pub async fn publish_procedure(
        &self,
        actor: &Actor,
        code: String,
        revision: i32,
        from: NaiveDate,
    ) -> Result<Result<Written, EditError>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| drafts::publish(conn, &actor, &code, revision, from, now)).await
    }

    /// Throws away `code`'s draft if it is still at `revision` (`drafts::discard`).
    pub async fn discard_procedure_draft(
        &self,
        actor: &Actor,
        code: String,
        revision: i32,
    ) -> Result<Result<(), EditError>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| drafts::discard(conn, &actor, &code, revision, now)).await
    }

    /// Withdraws `code` from day `to` (`drafts::unpublish`).
    pub async fn unpublish_procedure(
        &self,
        actor: &Actor,
        code: String,
        to: NaiveDate,
    ) -> Result<Result<i32, EditError>, DbError> {
        let (actor, today, now) = (actor.clone(), shared::time::today(), shared::time::now());
        self.db.run(move |conn| drafts::unpublish(conn, &actor, &code, to, today, now)).await
    }

    /// Saves `workflow` as `code`'s next workflow version if it is still `seen` (`workflows::save`).
    pub async fn save_workflow(
        &self,
        actor: &Actor,
        code: String,
        seen: i32,
        workflow: Workflow,
        rows: Vec<usize>,
    ) -> Result<Saved, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                let saved = workflows::save(conn, &actor, &code, seen, &workflow, &rows, now)?;
                with_current(conn, saved, |conn| Ok(workflows::load(conn, &actor, &code)?.map(|c| c.version)))
            })
            .await
    }

    /// Publishes `json` as `code`'s next e-form version if it is still `seen` (`forms::publish`).
    pub async fn publish_form(&self, actor: &Actor, code: String, seen: i32, json: String) -> Result<Saved, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                let saved = forms::publish(conn, &actor, &code, seen, &json, now)?;
                with_current(conn, saved, |conn| Ok(forms::current(conn, &actor, &code)?.map(|c| c.version)))
            })
            .await
    }

    /// The current e-form of `code`, if `actor` may edit it (`forms::current`).
    pub async fn current_form(&self, actor: &Actor, code: String) -> Result<Option<forms::Current>, DbError> {
        let actor = actor.clone();
        self.db.run(move |conn| forms::current(conn, &actor, &code)).await
    }

    /// The form builder's revision of `code` now, if it moved past `seen`.
    pub async fn builder_moved(&self, actor: &Actor, code: String, seen: Seen) -> Result<Option<i32>, DbError> {
        let actor = actor.clone();
        self.db
            .run(move |conn| Ok(form_builder::load(conn, &actor, &code)?.filter(|b| !b.is(seen)).map(|b| b.revision)))
            .await
    }

    /// One builder step on `code`'s form draft as shown at `seen` (`form_builder::edit`).
    pub async fn builder_edit(&self, actor: &Actor, code: String, seen: Seen, edit: Edit) -> Result<Saved, DbError> {
        self.builder_step(actor, code, move |conn, actor, code, now| {
            form_builder::edit(conn, actor, code, seen, edit, now)
        })
        .await
    }

    /// Publishes `code`'s form draft as shown at `seen` (`form_builder::publish`).
    pub async fn builder_publish(&self, actor: &Actor, code: String, seen: Seen) -> Result<Saved, DbError> {
        self.builder_step(actor, code, move |conn, actor, code, now| {
            form_builder::publish(conn, actor, code, seen, now)
        })
        .await
    }

    /// Throws away `code`'s form draft as shown at `seen` (`form_builder::discard`).
    pub async fn builder_discard(&self, actor: &Actor, code: String, seen: Seen) -> Result<Saved, DbError> {
        self.builder_step(actor, code, move |conn, actor, code, now| {
            Ok(form_builder::discard(conn, actor, code, seen, now)?.map(|()| 0))
        })
        .await
    }

    async fn builder_step(
        &self,
        actor: &Actor,
        code: String,
        step: impl FnOnce(&mut DbConn, &Actor, &str, NaiveDateTime) -> Result<Result<i32, EditError>, DbError>
        + Send
        + 'static,
    ) -> Result<Saved, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                let outcome = step(conn, &actor, &code, now)?;
                with_current(conn, outcome, |conn| Ok(form_builder::load(conn, &actor, &code)?.map(|b| b.revision)))
            })
            .await
    }

    /// The whole catalog as a file in `format` (`spreadsheet::export`).
    pub async fn export_catalog(&self, actor: &Actor, format: Format) -> Result<Result<Vec<u8>, Denial>, DbError> {
        if let Err(denial) = decide(actor, Action::ImportCatalog) {
            return Ok(Err(denial));
        }
        self.db.run(move |conn| spreadsheet::export(conn, format)).await.map(Ok)
    }

    /// Reads catalog file `bytes` and imports it, or only reports what it would do unless `apply`.
    pub async fn import_catalog(
        &self,
        actor: &Actor,
        bytes: Vec<u8>,
        apply: bool,
    ) -> Result<Result<ImportReport, ImportRefused>, DbError> {
        if let Err(denial) = decide(actor, Action::ImportCatalog) {
            return Ok(Err(ImportRefused::Denied(denial)));
        }
        let (by, now) = (actor.account().unwrap_or_default(), shared::time::now());
        // Parsing a file of megabytes is blocking work: it runs with the import, off the async threads.
        self.db
            .run(move |conn| {
                let incoming = match spreadsheet::read(&bytes) {
                    Ok(incoming) => incoming,
                    Err(reason) => return Ok(Err(ImportRefused::Unreadable(reason))),
                };
                drop(bytes);
                let report = import::import(conn, &incoming, store::Mode::NewVersions, apply)?;
                if report.applied {
                    let (created, versions, ..) = report.counts();
                    let detail = format!("{created} thủ tục mới, {versions} phiên bản mới");
                    let entry = Entry {
                        event: Event::CatalogImported,
                        actor: Some(by),
                        subject: None,
                        ip: None,
                        detail: Some(&detail),
                    };
                    record(conn, now, entry)?;
                }
                Ok(Ok(report))
            })
            .await
    }
}

/// Signed in, and allowed to edit the catalog of at least one agency (their own).
fn authorize(actor: &Actor) -> Result<(), ServiceError> {
    decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
    let own = match actor {
        Actor::Officer { agency, .. } => *agency,
        _ => return Err(ServiceError::Denied(Denial::Forbidden)),
    };
    decide(actor, Action::ManageCatalog { agency: own }).map_err(ServiceError::Denied)
}

/// In force, future, ended (by `today`), or only a draft.
fn state(from: Option<NaiveDate>, to: Option<NaiveDate>, today: NaiveDate) -> &'static str {
    match (from, to) {
        (None, _) => "draft",
        (Some(f), _) if f > today => "future",
        (_, Some(t)) if t <= today => "ended",
        _ => "in_force",
    }
}

/// Every field, and the agencies `actor` may edit, by name.
fn choices(conn: &mut DbConn, actor: &Actor) -> Result<EditorChoices, DbError> {
    let fields: Vec<(String, String)> =
        fields::table.order(fields::name).select((fields::code, fields::name)).load(conn)?;
    let agencies: Vec<(i64, String, String)> =
        agencies::table.order(agencies::name).select((agencies::id, agencies::code, agencies::name)).load(conn)?;
    Ok(EditorChoices {
        fields: fields.into_iter().map(|(code, name)| Named { code, name }).collect(),
        agencies: agencies
            .iter()
            .filter(|(id, ..)| decide(actor, Action::ManageCatalog { agency: *id }).is_ok())
            .map(|(_, code, name)| Named { code: code.clone(), name: name.clone() })
            .collect(),
        all_agencies: agencies.into_iter().map(|(_, code, name)| Named { code, name }).collect(),
    })
}

#[async_trait::async_trait]
impl CatalogAdminService for CatalogAdmin {
    async fn list(&self, actor: &Actor, q: String, page: u32) -> Result<CatalogAdminList, ServiceError> {
        authorize(actor)?;
        let actor = actor.clone();
        let today = shared::time::today();
        let query = q.clone();
        let (rows, total) = self
            .db
            .run(move |conn| drafts::list(conn, &actor, &query, page, PER_PAGE))
            .await
            .map_err(crate::services::unexpected)?;
        let total = u64::try_from(total).unwrap_or(0);
        let pages = u32::try_from(total.div_ceil(u64::from(PER_PAGE))).unwrap_or(u32::MAX).max(1);
        Ok(CatalogAdminList {
            rows: rows
                .into_iter()
                .map(|r| CatalogAdminRow {
                    state: state(r.from, r.to, today).to_string(),
                    code: r.code,
                    name: r.name,
                    agency: r.agency,
                    version: r.version,
                    from: r.from.map(shared::time::date),
                    to: r.to.map(shared::time::date),
                    draft: r.draft,
                })
                .collect(),
            total,
            page,
            pages,
            q,
        })
    }

    async fn editor(&self, actor: &Actor, code: String) -> Result<Option<ProcedureEditor>, ServiceError> {
        authorize(actor)?;
        let actor = actor.clone();
        let today = shared::time::today();
        self.db
            .run(move |conn| {
                let draft = match drafts::load(conn, &actor, &code)? {
                    Ok(d) => d,
                    Err(EditError::NotFound | EditError::Stale | EditError::Invalid(_)) => return Ok(None),
                };
                let history = drafts::history(conn, &code)?
                    .into_iter()
                    .map(|v| VersionView {
                        version: v.version,
                        name: v.name,
                        from: shared::time::date(v.from),
                        to: v.to.map(shared::time::date),
                    })
                    .collect();
                let problems = draft.document.check();
                Ok::<_, DbError>(Some(ProcedureEditor {
                    problems,
                    document: draft.document,
                    revision: draft.revision,
                    published: draft.published,
                    history,
                    choices: choices(conn, &actor)?,
                    today: shared::time::iso_date(today),
                }))
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn import_allowed(&self, actor: &Actor) -> Result<(), ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        decide(actor, Action::ImportCatalog).map_err(ServiceError::Denied)
    }

    async fn form(&self, actor: &Actor, code: String) -> Result<Option<FormEditor>, ServiceError> {
        authorize(actor)?;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let Some(building) = super::form_builder::load(conn, &actor, &code)? else { return Ok(None) };
                let (draft, draft_open, schema) =
                    (building.revision, building.draft.is_some(), building.schema().clone());
                let current = building.current;
                let json = serde_json::to_string_pretty(&current.schema).map_err(|e| super::corrupt("schema", e))?;
                let Some((procedure_id, ..)) = super::store::latest(conn, current.document.code.as_str())? else {
                    return Ok(None);
                };
                let documents = current.document.documents.iter().enumerate();
                let own: Vec<Option<String>> = crate::db::schema::procedure_forms::table
                    .filter(crate::db::schema::procedure_forms::procedure_id.eq(procedure_id))
                    .select(crate::db::schema::procedure_forms::case_key)
                    .load(conn)?;
                let cases =
                    current.document.cases.iter().map(|c| {
                        (c.key.clone(), c.name.clone(), own.iter().any(|o| o.as_deref() == Some(c.key.as_str())))
                    });
                let case = current.case.as_ref().and_then(|k| current.document.cases.iter().find(|c| &c.key == k));
                Ok::<_, DbError>(Some(FormEditor {
                    code: current.document.code.to_string(),
                    target: code.clone(),
                    case: case.map(|c| c.name.clone()),
                    cases: cases.collect(),
                    name: current.document.name,
                    version: current.version,
                    schema: current.schema,
                    json,
                    units: super::units::choices(conn)?,
                    draft,
                    draft_open,
                    building: schema,
                    documents: documents.map(|(i, d)| (super::store::ordinal(i), d.name.clone())).collect(),
                    counts: super::forms::fee_counts(conn, procedure_id)?,
                }))
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn workflow(&self, actor: &Actor, code: String) -> Result<Option<WorkflowEditor>, ServiceError> {
        use crate::db::schema::agency_units;
        authorize(actor)?;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let Some(current) = super::workflows::load(conn, &actor, &code)? else { return Ok(None) };
                let agencies: Vec<(String, String)> =
                    agencies::table.order(agencies::name).select((agencies::code, agencies::name)).load(conn)?;
                let units: Vec<(String, String)> = agency_units::table
                    .inner_join(agencies::table)
                    .filter(agencies::code.eq(current.document.agency.as_str()))
                    .order(agency_units::code)
                    .select((agency_units::code, agency_units::name))
                    .load(conn)?;
                let named =
                    |rows: Vec<(String, String)>| rows.into_iter().map(|(code, name)| Named { code, name }).collect();
                Ok::<_, DbError>(Some(WorkflowEditor {
                    code: current.document.code.to_string(),
                    name: current.document.name.clone(),
                    version: current.version,
                    fields: shared::workflow::form::fields_of(&current.workflow),
                    agencies: named(agencies),
                    units: named(units),
                }))
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn choices(&self, actor: &Actor) -> Result<EditorChoices, ServiceError> {
        authorize(actor)?;
        let actor = actor.clone();
        self.db.run(move |conn| choices(conn, &actor)).await.map_err(crate::services::unexpected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_the_dates() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let today = d("2026-12-06").unwrap();
        assert_eq!(state(None, None, today), "draft");
        assert_eq!(state(d("2026-12-07"), None, today), "future");
        assert_eq!(state(d("2026-01-01"), d("2026-12-06"), today), "ended");
        assert_eq!(state(d("2026-01-01"), d("2026-12-07"), today), "in_force");
        assert_eq!(state(d("2026-12-06"), None, today), "in_force");
    }
}
