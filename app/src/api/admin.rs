//! Administration: officers, the audit log, background jobs and the working calendar. Each read
//! authorizes the actor in the service; the forms post to `server/src/http/admin_forms.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, service};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use shared::access::Role;

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AdminService: Send + Sync {
    async fn officers(
        &self,
        actor: &shared::access::Actor,
        agency: Option<i64>,
        page: u32,
    ) -> Result<OfficerPage, ServiceError>;
    async fn audit(&self, actor: &shared::access::Actor, query: AuditQuery) -> Result<AuditPage, ServiceError>;
    /// Background jobs, newest first (system admin).
    async fn jobs(&self, actor: &shared::access::Actor) -> Result<Vec<JobRow>, ServiceError>;
    /// The working calendar's exceptions of `year` (this year if none) (system admin).
    async fn calendar(&self, actor: &shared::access::Actor, year: Option<i32>) -> Result<CalendarPage, ServiceError>;
    /// What the national portal has been sent: dossiers by sync state, the failing deliveries,
    /// and the record of the dossier `code` when one is asked for (system admin).
    async fn national_sync(
        &self,
        actor: &shared::access::Actor,
        code: Option<String>,
    ) -> Result<SyncOverview, ServiceError>;
}

#[cfg(feature = "ssr")]
fn admin() -> Result<std::sync::Arc<dyn AdminService>, ServerFnError> {
    service::<dyn AdminService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitOption {
    pub id: i64,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyOption {
    pub id: i64,
    pub name: String,
    pub units: Vec<UnitOption>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerRow {
    pub account_id: i64,
    pub full_name: String,
    pub email: String,
    pub agency: String,
    pub unit: Option<String>,
    pub title: Option<String>,
    pub roles: Vec<Role>,
    pub second_factor: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerPage {
    /// Agencies whose officers this admin manages.
    pub agencies: Vec<AgencyOption>,
    /// Roles this admin may grant.
    pub grantable: Vec<Role>,
    pub officers: Vec<OfficerRow>,
    pub page: u32,
    pub has_next: bool,
    pub can_view_audit: bool,
}

#[server]
pub async fn admin_officers(agency: Option<i64>, page: Option<u32>) -> Result<Guarded<OfficerPage>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(admin()?.officers(&actor, agency, page.unwrap_or(1).max(1)).await)
}

/// Event codes in the order the filter lists them (the server stores these strings).
pub const EVENTS: [&str; 48] = [
    "signed_in",
    "sign_in_failed",
    "locked_out",
    "signed_out",
    "signed_out_everywhere",
    "registered",
    "email_verified",
    "password_reset_requested",
    "password_reset",
    "password_changed",
    "second_factor_enrolled",
    "second_factor_reset",
    "second_factor_link_sent",
    "officer_created",
    "roles_changed",
    "business_registered",
    "business_verified",
    "business_contested",
    "member_invited",
    "member_joined",
    "member_removed",
    "identity_linked",
    "federated_refused",
    "id_number_released",
    "calendar_changed",
    "catalog_draft_saved",
    "catalog_published",
    "catalog_draft_discarded",
    "catalog_unpublished",
    "workflow_saved",
    "form_published",
    "catalog_imported",
    "contact_changed",
    "papers_changed",
    "sync_resent",
    "export_started",
    "export_downloaded",
    "dossier_opened",
    "document_downloaded",
    "fee_waived",
    "fee_collected_at_counter",
    "result_attached",
    "refund_requested",
    "refund_approved",
    "refund_declined",
    "job_retried",
    "audit_log_read",
    "csrf_refused",
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    /// One of [`EVENTS`], or none for all.
    pub event: Option<String>,
    /// Entries where this account acted or was acted on.
    pub account: Option<i64>,
    /// ISO dates, inclusive, in Vietnam's time.
    pub from: Option<String>,
    pub to: Option<String>,
    pub page: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// Vietnam time, `dd/mm/yyyy hh:mm:ss`.
    pub at: String,
    pub event: String,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub ip: Option<String>,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub page: u32,
    pub has_next: bool,
}

#[server(input = Json)]
pub async fn audit_log(query: AuditQuery) -> Result<Guarded<AuditPage>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(admin()?.audit(&actor, query).await)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub dedupe_key: String,
    /// Vietnam time of the next (or last) run.
    pub run_at: String,
    pub attempts: i32,
    /// `waiting`, `running`, `done` or `failed`.
    pub state: String,
    pub last_error: Option<String>,
}

#[server]
pub async fn load_jobs() -> Result<Guarded<Vec<JobRow>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(admin()?.jobs(&actor).await)
}

/// One status change sent, or to be sent, to the national portal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncEventRow {
    pub id: i64,
    pub dossier_id: i64,
    pub code: String,
    pub status: shared::dossier::Status,
    /// Vietnam time it was written.
    pub created_at: String,
    pub attempts: i32,
    /// Vietnam time of the next try (undelivered).
    pub next_at: String,
    pub delivered_at: Option<String>,
    pub last_error: Option<String>,
}

/// A dossier's sync state and every change of its record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierSync {
    pub id: i64,
    pub code: String,
    pub state: shared::dossier::SyncState,
    pub events: Vec<SyncEventRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncOverview {
    /// Dossiers (submitted) per state.
    pub states: Vec<(shared::dossier::SyncState, i64)>,
    /// Changes not delivered yet.
    pub pending: i64,
    /// Undelivered changes that failed at least once, oldest first (at most 100).
    pub failing: Vec<SyncEventRow>,
    /// The code asked for, and its record (`None` with a code: no such dossier).
    pub asked: Option<String>,
    pub dossier: Option<DossierSync>,
}

#[server]
pub async fn load_national_sync(ma: Option<String>) -> Result<Guarded<SyncOverview>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(admin()?.national_sync(&actor, ma.filter(|c| !c.trim().is_empty())).await)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarDayRow {
    /// YYYY-MM-DD.
    pub day: String,
    /// dd/mm/yyyy and the weekday, for reading.
    pub label: String,
    /// `off` (a weekday not worked) or `working` (a weekend day worked).
    pub kind: String,
    pub note: String,
}

/// One agency's office hours; times `HH:MM`, empty where there is no such session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyHoursRow {
    pub agency_id: i64,
    pub agency: String,
    pub morning: (String, String),
    pub afternoon: (String, String),
    pub saturday: (String, String),
    /// Set by an admin (else the standard hours).
    pub own: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarPage {
    pub year: i32,
    pub days: Vec<CalendarDayRow>,
    /// The agencies whose office hours this admin sets.
    pub hours: Vec<AgencyHoursRow>,
    /// The province's days off and worked days may be changed (system admin).
    pub days_editable: bool,
}

#[server]
pub async fn load_calendar_page(year: Option<i32>) -> Result<Guarded<CalendarPage>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(admin()?.calendar(&actor, year).await)
}
