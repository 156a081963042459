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

use crate::api::Guarded;
use leptos::prelude::*;

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
