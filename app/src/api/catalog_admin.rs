//! The catalog editor (`/quan-tri/thu-tuc`, `/quan-tri/bieu-mau`, `/quan-tri/quy-trinh`): the
//! procedures an admin may edit, one with its draft and history, its e-form and its workflow.
//! Each read authorizes the actor in the service; the forms post to
//! `server/src/http/catalog_forms.rs` and `server/src/http/form_builder.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, service};
use super::filing::UnitChoice;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::catalog::{CatalogProblem, Named, ProcedureDocument};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CatalogAdminService: Send + Sync {
    /// The procedures the actor may edit matching `q`, a page of them.
    async fn list(&self, actor: &shared::access::Actor, q: String, page: u32)
    -> Result<CatalogAdminList, ServiceError>;
    /// One procedure with its draft and history; `None` when unknown or not the actor's.
    async fn editor(
        &self,
        actor: &shared::access::Actor,
        code: String,
    ) -> Result<Option<ProcedureEditor>, ServiceError>;
    async fn choices(&self, actor: &shared::access::Actor) -> Result<EditorChoices, ServiceError>;
    /// Denied unless the actor may import the whole catalog file.
    async fn import_allowed(&self, actor: &shared::access::Actor) -> Result<(), ServiceError>;
    /// A procedure's e-form; `None` when unknown or not the actor's.
    async fn form(&self, actor: &shared::access::Actor, code: String) -> Result<Option<FormEditor>, ServiceError>;
    /// A procedure's workflow; `None` when unknown or not the actor's.
    async fn workflow(
        &self,
        actor: &shared::access::Actor,
        code: String,
    ) -> Result<Option<WorkflowEditor>, ServiceError>;
}

#[cfg(feature = "ssr")]
fn catalog_admin() -> Result<std::sync::Arc<dyn CatalogAdminService>, ServerFnError> {
    service::<dyn CatalogAdminService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogAdminRow {
    pub code: String,
    pub name: String,
    pub agency: String,
    pub version: Option<i32>,
    /// dd/mm/yyyy.
    pub from: Option<String>,
    pub to: Option<String>,
    /// `in_force`, `future`, `ended` or `draft`.
    pub state: String,
    pub draft: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogAdminList {
    pub rows: Vec<CatalogAdminRow>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub q: String,
}

/// What the editor's selects offer: every field, the agencies the admin may edit, and every
/// agency (where dossiers may be received and results returned).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorChoices {
    pub fields: Vec<Named>,
    pub agencies: Vec<Named>,
    pub all_agencies: Vec<Named>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    pub version: i32,
    pub name: String,
    pub from: String,
    pub to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureEditor {
    pub document: ProcedureDocument,
    /// 0 when no draft is open (the document is the published version).
    pub revision: i32,
    pub published: Option<i32>,
    pub history: Vec<VersionView>,
    pub choices: EditorChoices,
    /// What stops publication now (document paths).
    pub problems: Vec<CatalogProblem>,
    /// The default date of a new version: today (ISO).
    pub today: String,
}

#[server]
pub async fn load_catalog_admin(
    q: Option<String>,
    page: Option<u32>,
) -> Result<Guarded<CatalogAdminList>, ServerFnError> {
    let actor = crate::request::current_actor();
    let q: String = q.unwrap_or_default().chars().take(shared::catalog::MAX_QUERY_CHARS).collect();
    guarded(catalog_admin()?.list(&actor, q, page.unwrap_or(1).max(1)).await)
}

#[server]
pub async fn load_procedure_editor(code: String) -> Result<Guarded<Option<ProcedureEditor>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(catalog_admin()?.editor(&actor, code).await)
}

#[server]
pub async fn load_editor_choices() -> Result<Guarded<EditorChoices>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(catalog_admin()?.choices(&actor).await)
}

/// Whether the actor may import the catalog file (the system admin).
#[server]
pub async fn load_catalog_import() -> Result<Guarded<()>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(catalog_admin()?.import_allowed(&actor).await)
}

/// A procedure's e-form in the editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormEditor {
    /// The procedure's code, and which of its forms this is (`shared::catalog::FormTarget`:
    /// `code` or `code~case`, as in the page's URL).
    pub code: String,
    pub target: String,
    pub name: String,
    /// The case whose own form this is (its name), if it is one.
    pub case: Option<String>,
    /// The procedure's cases (key, name, whether it has a form of its own published).
    pub cases: Vec<(String, String, bool)>,
    /// 0: no form published yet (the generic one a first draft gets is shown).
    pub version: i32,
    pub schema: shared::eform::FormSchema,
    /// The schema as indented JSON, to edit or download.
    pub json: String,
    /// Administrative units, for the preview's unit fields.
    pub units: Vec<UnitChoice>,
    /// The builder's revision (every step names it) and whether a draft is open (if not, the
    /// first step opens one from the published form).
    pub draft: i32,
    pub draft_open: bool,
    /// What the builder works on: the draft, or the published form.
    pub building: shared::eform::FormSchema,
    /// The procedure's document requirements (ordinal, name), for fields that place an upload.
    pub documents: Vec<(i32, String)>,
    /// The fields fees are counted from (key, unit).
    pub counts: Vec<(String, String)>,
}

#[server]
pub async fn load_form_editor(code: String) -> Result<Guarded<Option<FormEditor>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(catalog_admin()?.form(&actor, code).await)
}

/// A procedure's workflow in the editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkflowEditor {
    pub code: String,
    pub name: String,
    /// 0: none of its own yet (the generic one applies and is shown to start from).
    pub version: i32,
    /// The form's fields (`shared::workflow::form::fields_of`).
    pub fields: Vec<(String, String)>,
    /// Every agency, for a liên thông step.
    pub agencies: Vec<Named>,
    /// The units of the procedure's agency.
    pub units: Vec<Named>,
}

#[server]
pub async fn load_workflow_editor(code: String) -> Result<Guarded<Option<WorkflowEditor>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(catalog_admin()?.workflow(&actor, code).await)
}
