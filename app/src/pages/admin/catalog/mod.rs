//! `/quan-tri/thu-tuc`: the catalog editor for the system admin (every agency) and agency admins
//! (their agency's procedures). The list (`list.rs`), a new procedure (`create.rs`), one
//! procedure with its draft, publication and history (`procedure.rs`), one section of its
//! draft as a plain form (`section.rs`), its e-form as JSON (`eform.rs`) or built field by field
//! (`builder.rs`, `field.rs`), its workflow (`workflow.rs`) and the catalog file (`import.rs`). Forms post to `server/src/http/catalog_forms.rs`; the
//! rules are `shared::catalog::editor` and `server/src/services/catalog/drafts.rs`.

mod builder;
mod create;
mod eform;
mod field;
mod import;
mod list;
mod procedure;
mod rules;
mod section;
mod workflow;

pub use builder::FormBuilderPage;
pub use create::NewProcedurePage;
pub use eform::FormAdminPage;
pub use field::FieldEditorPage;
pub use import::CatalogImportPage;
pub use list::CatalogAdminPage;
pub use procedure::ProcedureAdminPage;
pub use section::SectionPage;
pub use workflow::WorkflowAdminPage;

use crate::pages::accounts::Guarded;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::catalog::{CatalogProblem, Named, ProcedureDocument};

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
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    let q: String = q.unwrap_or_default().chars().take(shared::catalog::MAX_QUERY_CHARS).collect();
    crate::pages::accounts::guarded(services.catalog_admin.list(&actor, q, page.unwrap_or(1).max(1)).await)
}

#[server]
pub async fn load_procedure_editor(code: String) -> Result<Guarded<Option<ProcedureEditor>>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.catalog_admin.editor(&actor, code).await)
}

#[server]
pub async fn load_editor_choices() -> Result<Guarded<EditorChoices>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.catalog_admin.choices(&actor).await)
}

/// Whether the actor may import the catalog file (the system admin).
#[server]
pub async fn load_catalog_import() -> Result<Guarded<()>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.catalog_admin.import_allowed(&actor).await)
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
    pub units: Vec<crate::pages::filing::UnitChoice>,
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
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.catalog_admin.form(&actor, code).await)
}

/// The URL of a procedure's e-form in the editor.
pub fn form_href(code: &str) -> String {
    format!("/quan-tri/bieu-mau/{code}")
}

/// The URL of the builder of a procedure's e-form.
pub fn builder_href(code: &str) -> String {
    format!("/quan-tri/bieu-mau/{code}/soan")
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
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.catalog_admin.workflow(&actor, code).await)
}

/// The URL of a procedure's workflow in the editor.
pub fn workflow_href(code: &str) -> String {
    format!("/quan-tri/quy-trinh/{code}")
}

/// What an editor page loaded, or the page to show instead: not found (404; also what an admin
/// sees of another agency's procedure), denied, or unavailable.
pub(super) fn loaded<T>(result: Result<Guarded<Option<T>>, ServerFnError>) -> Result<T, AnyView> {
    use crate::components::notice::{Denied, Unavailable};
    match result {
        Ok(Ok(Some(found))) => Ok(found),
        Ok(Ok(None)) => Err(not_found()),
        Ok(Err(denial)) => Err(view! { <Denied denial/> }.into_any()),
        Err(_) => Err(view! { <Unavailable/> }.into_any()),
    }
}

/// The 404 page of the editor.
pub(super) fn not_found() -> AnyView {
    use crate::i18n::{t, use_lang};
    let lang = use_lang();
    crate::components::notice::set_page_status(404);
    view! { <leptos_meta::Title text=t::NOT_FOUND_TITLE.get(lang)/><h1>{t::NOT_FOUND_TITLE.get(lang)}</h1> }.into_any()
}

/// The URL of a procedure in the editor.
pub fn editor_href(code: &str) -> String {
    format!("/quan-tri/thu-tuc/{code}")
}
