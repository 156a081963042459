//! Exports of a list of dossiers: the page where an officer (their agency's) or a business member
//! (the business's) asks for one and follows it until its file is ready. The form posts to
//! `server/src/http/export_forms.rs`; the file is written by a background job.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::exports::ExportState;

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait ExportService: Send + Sync {
    /// What `actor` may export and the exports they asked for (the latest first).
    async fn page(&self, actor: &shared::access::Actor) -> Result<ExportsPage, ServiceError>;
}

#[cfg(feature = "ssr")]
fn exports() -> Result<std::sync::Arc<dyn ExportService>, ServerFnError> {
    super::call::service::<dyn ExportService>()
}

/// One export asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRow {
    pub id: i64,
    pub asked_at: String,
    /// Whose dossiers (the agency's or the business's name) and the days.
    pub what: String,
    /// "CSV", "XLSX", with "ZIP" when the documents come too.
    pub format: String,
    pub state: ExportState,
    pub rows_done: i64,
    pub rows_total: Option<i64>,
    pub size: Option<i64>,
    /// Until when the file is offered.
    pub expires: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportsPage {
    /// What the reader may export: (`Scope::code`, its name).
    pub scopes: Vec<(String, String)>,
    /// The procedures to narrow to (id, name).
    pub procedures: Vec<(i64, String)>,
    pub exports: Vec<ExportRow>,
    /// The form's default days: this month.
    pub month_start: String,
    pub today: String,
}

#[server]
pub async fn load_exports() -> Result<Guarded<ExportsPage>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(exports()?.page(&actor).await)
}
