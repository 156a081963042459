//! What the UI needs from the server, as traits. `server` implements them and provides them
//! through Leptos context (for server-side rendering and for server-function calls alike);
//! `app` cannot depend on `server`, which depends on it.

use async_trait::async_trait;
use shared::access::Actor;
use shared::catalog::{CatalogFacets, CatalogPage, CatalogQuery, ProcedureCode, ProcedureDetail};
use std::sync::Arc;

/// How a service call failed, in terms the UI can act on.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    Invalid(String),
    /// The actor may not do this (not signed in, or not allowed).
    #[error("denied: {0:?}")]
    Denied(shared::access::Denial),
    /// Anything the user cannot fix. The implementation logs the cause where it happens.
    #[error("unexpected failure")]
    Unexpected,
}

#[async_trait]
pub trait CatalogService: Send + Sync {
    async fn search(&self, query: CatalogQuery) -> Result<CatalogPage, ServiceError>;
    async fn facets(&self) -> Result<CatalogFacets, ServiceError>;
    async fn procedure(&self, code: ProcedureCode) -> Result<ProcedureDetail, ServiceError>;
}

/// Demo mailbox: the delivered mails, newest first (only when the deployment enables it).
#[async_trait]
pub trait MailboxService: Send + Sync {
    async fn recent(&self) -> Result<Vec<crate::pages::accounts::MailView>, ServiceError>;
}

/// The steps of a sign-in in progress, each behind its own cookie of the browser.
#[async_trait]
pub trait SignInStepsService: Send + Sync {
    /// An officer's sign-in waiting for its second factor (`enrolment`: the re-enrolment link's
    /// cookie, if the browser holds one).
    async fn pending(
        &self,
        token: String,
        enrolment: Option<String>,
    ) -> Result<Option<crate::pages::accounts::PendingView>, ServiceError>;
    /// A national sign-in waiting for the person's choice (link a self-registered account, or not).
    async fn link_choice(&self, token: String) -> Result<Option<crate::pages::accounts::LinkChoiceView>, ServiceError>;
}

/// Businesses the signed-in person belongs to, and invitations.
#[async_trait]
pub trait BusinessService: Send + Sync {
    async fn mine(&self, actor: &Actor) -> Result<Vec<crate::pages::business::BusinessView>, ServiceError>;
    async fn invitation(&self, token: String) -> Result<Option<crate::pages::business::InvitationView>, ServiceError>;
    /// The business's dossiers matching `filter`, newest first, at most `limit`.
    async fn dossiers(
        &self,
        actor: &Actor,
        business: i64,
        filter: crate::pages::business::DossierFilter,
        limit: usize,
    ) -> Result<crate::pages::business::BusinessDossierList, ServiceError>;
    /// What the business registry's counter has to decide (its officers only).
    async fn registry_queue(&self, actor: &Actor) -> Result<crate::pages::business::RegistryQueue, ServiceError>;
}

/// The portal's contact details: the footer every page shows, and their editor.
#[async_trait]
pub trait PortalService: Send + Sync {
    /// The contact as the footer shows it, once the admin has set one (anyone may read it).
    async fn footer(&self) -> Result<Option<crate::components::footer::FooterContact>, ServiceError>;
    /// The editor's data (`ManagePortalContact`).
    async fn contact_admin(&self, actor: &Actor) -> Result<crate::pages::admin::ContactAdmin, ServiceError>;
}

/// Administration: officers and the audit log. Each call authorizes the actor itself.
#[async_trait]
pub trait AdminService: Send + Sync {
    async fn officers(
        &self,
        actor: &Actor,
        agency: Option<i64>,
        page: u32,
    ) -> Result<crate::pages::admin::OfficerPage, ServiceError>;
    async fn audit(
        &self,
        actor: &Actor,
        query: crate::pages::admin::AuditQuery,
    ) -> Result<crate::pages::admin::AuditPage, ServiceError>;
    /// Background jobs, newest first (system admin).
    async fn jobs(&self, actor: &Actor) -> Result<Vec<crate::pages::admin::JobRow>, ServiceError>;
    /// The working calendar's exceptions of `year` (this year if none) (system admin).
    async fn calendar(
        &self,
        actor: &Actor,
        year: Option<i32>,
    ) -> Result<crate::pages::admin::CalendarPage, ServiceError>;
}

/// The catalog editor's reads; each call authorizes the actor itself.
#[async_trait]
pub trait CatalogAdminService: Send + Sync {
    /// The procedures the actor may edit matching `q`, a page of them.
    async fn list(
        &self,
        actor: &Actor,
        q: String,
        page: u32,
    ) -> Result<crate::pages::admin::catalog::CatalogAdminList, ServiceError>;
    /// One procedure with its draft and history; `None` when unknown or not the actor's.
    async fn editor(
        &self,
        actor: &Actor,
        code: String,
    ) -> Result<Option<crate::pages::admin::catalog::ProcedureEditor>, ServiceError>;
    async fn choices(&self, actor: &Actor) -> Result<crate::pages::admin::catalog::EditorChoices, ServiceError>;
    /// Denied unless the actor may import the whole catalog file.
    async fn import_allowed(&self, actor: &Actor) -> Result<(), ServiceError>;
    /// A procedure's e-form; `None` when unknown or not the actor's.
    async fn form(
        &self,
        actor: &Actor,
        code: String,
    ) -> Result<Option<crate::pages::admin::catalog::FormEditor>, ServiceError>;
    /// A procedure's workflow; `None` when unknown or not the actor's.
    async fn workflow(
        &self,
        actor: &Actor,
        code: String,
    ) -> Result<Option<crate::pages::admin::catalog::WorkflowEditor>, ServiceError>;
}

/// Online filing: my dossiers, one dossier, the public lookup.
#[async_trait]
pub trait FilingService: Send + Sync {
    /// The person's drafts, one page of their submitted dossiers (newest first), files, notices.
    async fn my_dossiers(&self, actor: &Actor, page: u32) -> Result<crate::pages::filing::MyDossiers, ServiceError>;
    /// How many notices about the person's dossiers they have not read (at most 99: a badge).
    async fn unread_notices(&self, actor: &Actor) -> Result<u32, ServiceError>;
    /// `NotFound` also when the actor may not see it.
    async fn dossier(&self, actor: &Actor, id: i64) -> Result<crate::pages::filing::DossierView, ServiceError>;
    async fn lookup(
        &self,
        code: String,
        check: String,
        client: String,
    ) -> Result<crate::pages::filing::LookupOutcome, ServiceError>;
    /// Whether `sha256` is the hash of a result issued under `code` (rate-limited per client).
    async fn verify_result(
        &self,
        code: String,
        sha256: Option<String>,
        client: String,
    ) -> Result<crate::pages::filing::VerifyOutcome, ServiceError>;
    /// Saves a draft's text fields (autosave); returns the time of the save (Vietnam, hh:mm:ss).
    async fn autosave(&self, actor: &Actor, id: i64, pairs: Vec<(String, String)>) -> Result<String, ServiceError>;
}

/// The officer's workspace: the queue and the actions on one dossier.
#[async_trait]
pub trait BackofficeService: Send + Sync {
    async fn queue(
        &self,
        actor: &Actor,
        filter: crate::pages::backoffice::QueueFilter,
    ) -> Result<crate::pages::backoffice::Queue, ServiceError>;
    async fn panel(
        &self,
        actor: &Actor,
        id: i64,
    ) -> Result<Option<crate::pages::backoffice::OfficerPanel>, ServiceError>;
}

/// Everything the server provides to the UI, cloned into each request's context.
#[derive(Clone)]
pub struct Services {
    pub catalog: Arc<dyn CatalogService>,
    /// `None` unless the deployment enables the demo mailbox.
    pub mailbox: Option<Arc<dyn MailboxService>>,
    pub sign_in_steps: Arc<dyn SignInStepsService>,
    pub businesses: Arc<dyn BusinessService>,
    pub admin: Arc<dyn AdminService>,
    pub catalog_admin: Arc<dyn CatalogAdminService>,
    pub portal: Arc<dyn PortalService>,
    pub filing: Arc<dyn FilingService>,
    pub backoffice: Arc<dyn BackofficeService>,
    /// The button label of the national sign-in, when one is configured (e.g. "VNeID").
    pub federated_sign_in: Option<String>,
}
