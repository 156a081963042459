//! Opinions asked of other units about a dossier (xin ý kiến): on the dossier's page, what was
//! asked and answered and the form to ask (officers who see it); for the unit asked, its list of
//! questions and the page to answer one, which shows the question and its files, never the
//! dossier. The forms post to `server/src/http/opinion_forms.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, guarded_optional};
pub use super::conversation::MessageFile;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait OpinionService: Send + Sync {
    /// What was asked about dossier `id` and the form to ask (officers who see it).
    async fn of_dossier(&self, actor: &shared::access::Actor, id: i64) -> Result<DossierOpinions, ServiceError>;
    /// What `actor`'s unit (a leader: their agency) was asked, open or answered, page `page`.
    async fn asked(&self, actor: &shared::access::Actor, answered: bool, page: u32) -> Result<AskedList, ServiceError>;
    /// Request `id` as the unit asked sees it, with the form to answer.
    async fn asked_one(&self, actor: &shared::access::Actor, id: i64) -> Result<AskedOpinion, ServiceError>;
}

#[cfg(feature = "ssr")]
fn opinions() -> Result<std::sync::Arc<dyn OpinionService>, ServerFnError> {
    super::call::service::<dyn OpinionService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerView {
    pub by: String,
    pub at: String,
    pub text: String,
    pub files: Vec<MessageFile>,
}

/// One request for an opinion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpinionView {
    pub id: i64,
    /// The unit asked, and its agency.
    pub unit: String,
    pub agency: String,
    /// Who asked (name, their agency) and when.
    pub asked_by: String,
    pub from_agency: String,
    pub asked_at: String,
    pub question: String,
    pub files: Vec<MessageFile>,
    /// The last day to answer (dd/mm/yyyy).
    pub due_on: String,
    pub overdue: bool,
    pub answer: Option<AnswerView>,
}

/// The units one agency has, for the asker's choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyUnits {
    pub agency: String,
    pub units: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierOpinions {
    pub dossier: i64,
    /// Newest first.
    pub opinions: Vec<OpinionView>,
    /// The reader may ask (`Action::AskOpinion`): then the units they may ask.
    pub can_ask: bool,
    pub units: Vec<AgencyUnits>,
    /// The form's one-time key.
    pub key: String,
    pub file_limit_mb: u64,
}

/// A line of the asked unit's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskedRow {
    pub id: i64,
    pub code: String,
    pub procedure: String,
    pub from_agency: String,
    /// The unit asked (a leader's list has every unit of the agency).
    pub unit: String,
    pub asked_at: String,
    pub due_on: String,
    pub overdue: bool,
    pub answered: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskedList {
    pub rows: Vec<AskedRow>,
    /// The answered ones (else the open ones).
    pub answered: bool,
    /// Open requests, and how many of them are overdue (whatever the page shows).
    pub open: i64,
    pub overdue: i64,
    pub page: u32,
    pub more: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskedOpinion {
    pub opinion: OpinionView,
    /// The dossier's code and procedure: what the question is about, not the dossier itself.
    pub code: String,
    pub procedure: String,
    pub can_answer: bool,
    pub key: String,
    pub file_limit_mb: u64,
}

#[server]
pub async fn load_dossier_opinions(id: i64) -> Result<Guarded<Option<DossierOpinions>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(opinions()?.of_dossier(&actor, id).await)
}

#[server]
pub async fn load_asked_opinions(
    da_tra_loi: Option<bool>,
    trang: Option<u32>,
) -> Result<Guarded<AskedList>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(opinions()?.asked(&actor, da_tra_loi.unwrap_or(false), trang.unwrap_or(0)).await)
}

#[server]
pub async fn load_asked_opinion(id: i64) -> Result<Guarded<Option<AskedOpinion>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(opinions()?.asked_one(&actor, id).await)
}
