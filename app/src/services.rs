//! What the UI needs from the server, as traits. `server` implements them and provides them
//! through Leptos context (for server-side rendering and for server-function calls alike);
//! `app` cannot depend on `server`, which depends on it.

use async_trait::async_trait;
use shared::catalog::{CatalogFacets, CatalogPage, CatalogQuery, ProcedureCode, ProcedureDetail};
use std::sync::Arc;

/// How a service call failed, in terms the UI can act on.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    Invalid(String),
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

/// Everything the server provides to the UI, cloned into each request's context.
#[derive(Clone)]
pub struct Services {
    pub catalog: Arc<dyn CatalogService>,
    /// `None` unless the deployment enables the demo mailbox.
    pub mailbox: Option<Arc<dyn MailboxService>>,
}
