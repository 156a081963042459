//! The portal's contact details: the footer every page shows, and their editor
//! (`/quan-tri/lien-he`, posting to `server/src/http/admin_forms.rs`).

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, service, unexpected};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::portal::Contact;

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait PortalService: Send + Sync {
    /// The contact as the footer shows it, once the admin has set one (anyone may read it).
    async fn footer(&self) -> Result<Option<FooterContact>, ServiceError>;
    /// The editor's data (`ManagePortalContact`).
    async fn contact_admin(&self, actor: &shared::access::Actor) -> Result<ContactAdmin, ServiceError>;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FooterContact {
    pub contact: Contact,
    /// The office hours of `contact.hours_agency`.
    pub hours: Option<FooterHours>,
}

/// An agency's office hours as read: sessions `HH:MM–HH:MM`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FooterHours {
    pub agency: String,
    pub weekdays: Vec<String>,
    pub saturday: Option<String>,
}

#[server]
pub async fn portal_contact() -> Result<Option<FooterContact>, ServerFnError> {
    service::<dyn PortalService>()?.footer().await.map_err(unexpected)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactAdmin {
    /// As saved (empty until first set).
    pub contact: Contact,
    /// The agencies whose office hours the footer may show: (id, name).
    pub agencies: Vec<(i64, String)>,
    /// When and by whom it was last saved, for reading.
    pub updated: Option<String>,
}

#[server]
pub async fn load_contact_admin() -> Result<Guarded<ContactAdmin>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(service::<dyn PortalService>()?.contact_admin(&actor).await)
}
