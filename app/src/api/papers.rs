//! The papers an agency issues: its signing key and certificate, and its e-receipt book
//! (`/quan-tri/chu-ky-so`, posting to `server/src/http/admin_forms.rs`).

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, service};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait PapersService: Send + Sync {
    /// The agencies `actor` sets papers for (`ManagePapers`), with what is in use.
    async fn papers_admin(&self, actor: &shared::access::Actor) -> Result<PapersAdmin, ServiceError>;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PapersAdmin {
    pub agencies: Vec<AgencyPapers>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyPapers {
    pub id: i64,
    pub name: String,
    /// The key in use (the newest installed), if any.
    pub key: Option<KeyView>,
    /// How many keys were installed before it (kept to name who signed older papers).
    pub older_keys: usize,
    pub book: Option<BookView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyView {
    pub subject: String,
    pub fingerprint: String,
    pub valid_until: String,
    /// A self-signed test certificate made by the demo seed.
    pub demo: bool,
    pub installed: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookView {
    pub template: String,
    pub series: String,
    pub demo: bool,
    pub since: String,
}

#[server]
pub async fn load_papers_admin() -> Result<Guarded<PapersAdmin>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(service::<dyn PapersService>()?.papers_admin(&actor).await)
}
