//! Businesses: the ones the signed-in person belongs to, invitations, a business's dossiers,
//! and the business registry's counter. The forms post to `server/src/http/business_forms.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, guarded_optional, service};
use super::filing::DossierRow;
use crate::links::encode_component;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use shared::dossier::Status;

/// Businesses the signed-in person belongs to, and invitations.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait BusinessService: Send + Sync {
    async fn mine(&self, actor: &shared::access::Actor) -> Result<Vec<BusinessView>, ServiceError>;
    async fn invitation(&self, token: String) -> Result<Option<InvitationView>, ServiceError>;
    /// The business's dossiers matching `filter`, newest first, at most `limit`.
    async fn dossiers(
        &self,
        actor: &shared::access::Actor,
        business: i64,
        filter: DossierFilter,
        limit: usize,
    ) -> Result<BusinessDossierList, ServiceError>;
    /// What the business registry's counter has to decide (its officers only).
    async fn registry_queue(&self, actor: &shared::access::Actor) -> Result<RegistryQueue, ServiceError>;
}

#[cfg(feature = "ssr")]
fn businesses() -> Result<std::sync::Arc<dyn BusinessService>, ServerFnError> {
    service::<dyn BusinessService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessView {
    pub id: i64,
    pub tax_code: String,
    pub name: String,
    pub address: String,
    pub representative: String,
    /// Its representation was verified: members may file for it and see its dossiers.
    pub verified: bool,
    /// The viewer owns it (invites and removes members).
    pub owner: bool,
    pub members: Vec<MemberView>,
    /// Addresses invited and not yet joined.
    pub pending_invitations: Vec<String>,
    /// The business's dossiers (any member's), newest first.
    pub dossiers: Vec<DossierRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub owner: bool,
    /// This member is the viewer (who may leave).
    pub you: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub business_name: String,
    pub email: String,
}

#[server]
pub async fn my_businesses() -> Result<Guarded<Vec<BusinessView>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(businesses()?.mine(&actor).await)
}

/// An invitation is shown to whoever holds the link (it names only the business and the
/// address it was sent to); accepting it needs the invited account.
#[server]
pub async fn business_invitation(token: String) -> Result<Option<InvitationView>, ServerFnError> {
    businesses()?.invitation(token).await.map_err(ServerFnError::new)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierFilter {
    /// A status code (`shared::dossier::Status::code`).
    pub status: Option<String>,
    /// Part of a procedure's code or name (accents and case ignored).
    pub procedure: Option<String>,
    /// ISO dates of submission, inclusive, Vietnam time.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl DossierFilter {
    /// The query string that selects the same list (for the CSV link).
    pub fn query(&self) -> String {
        let mut pairs = Vec::new();
        for (k, v) in
            [("trang_thai", &self.status), ("thu_tuc", &self.procedure), ("tu", &self.from), ("den", &self.to)]
        {
            if let Some(v) = v {
                pairs.push(format!("{k}={}", encode_component(v)));
            }
        }
        pairs.join("&")
    }

    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> DossierFilter {
        let clean = |k: &str| get(k).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        DossierFilter {
            status: clean("trang_thai").filter(|s| Status::parse(s).is_some()),
            procedure: clean("thu_tuc"),
            from: clean("tu"),
            to: clean("den"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessDossierList {
    pub business_name: String,
    pub rows: Vec<DossierRow>,
    /// More rows match than the page shows (the CSV has them all).
    pub truncated: bool,
}

#[server(input = Json)]
pub async fn business_dossiers(
    business: i64,
    filter: DossierFilter,
) -> Result<Guarded<Option<BusinessDossierList>>, ServerFnError> {
    let actor = crate::request::current_actor();
    // Not a member, or no such business: the same answer.
    guarded_optional(businesses()?.dossiers(&actor, business, filter, 200).await)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryQueue {
    pub waiting: Vec<PendingBusinessRow>,
    pub claims: Vec<ClaimRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingBusinessRow {
    pub id: i64,
    pub tax_code: String,
    pub name: String,
    pub representative: String,
    pub representative_id: String,
    pub registered_at: String,
    pub registrant: String,
    pub registrant_email: String,
    /// The registrant signed in with VNeID (their own ID number is proven, if not the one named).
    pub registrant_verified: bool,
    /// The registrant's proven ID number is the representative's typed in the form: a hint for
    /// the counter, not a proof (the form's number is the registrant's own word).
    pub registrant_is_representative: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub id: i64,
    pub tax_code: String,
    pub business_name: String,
    pub reason: String,
    pub claimed_at: String,
    pub claimant: String,
    pub claimant_email: String,
    pub claimant_verified: bool,
}

#[server]
pub async fn load_registry_queue() -> Result<Guarded<RegistryQueue>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(businesses()?.registry_queue(&actor).await)
}
