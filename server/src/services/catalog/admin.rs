//! The catalog editor's reads for the pages (`app::api::catalog_admin`): the list of the
//! procedures an admin may edit, one procedure's draft with its history, and the choices of its
//! selects. The changes are in `drafts.rs`; both authorize through `Action::ManageCatalog`.

use super::drafts::{self, EditError};
use crate::db::schema::{agencies, fields};
use crate::db::{Db, DbConn, DbError};
use app::api::ServiceError;
use app::api::catalog_admin::CatalogAdminService;
use app::api::catalog_admin::{
    CatalogAdminList, CatalogAdminRow, EditorChoices, FormEditor, ProcedureEditor, VersionView, WorkflowEditor,
};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::catalog::Named;

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
