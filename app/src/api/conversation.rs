//! The conversation around a dossier: its message thread (the applicant and the officers
//! handling it), the officers' private notes, and the answers an officer keeps. The forms post to
//! `server/src/http/conversation_forms.rs`; these are what the pages read.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, guarded_optional};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait ConversationService: Send + Sync {
    /// Dossier `id`'s thread as `actor` reads it (the page of messages before message `before`,
    /// else the latest), the kept answer `template` filled into the form; marks what it shows read.
    async fn thread(
        &self,
        actor: &shared::access::Actor,
        id: i64,
        before: Option<i64>,
        template: Option<i64>,
    ) -> Result<Thread, ServiceError>;
    /// The officers' private notes on dossier `id` (officers who see it only).
    async fn notes(&self, actor: &shared::access::Actor, id: i64) -> Result<Notes, ServiceError>;
    /// The answers `actor` keeps.
    async fn templates(&self, actor: &shared::access::Actor) -> Result<Vec<TemplateView>, ServiceError>;
}

#[cfg(feature = "ssr")]
fn conversation() -> Result<std::sync::Arc<dyn ConversationService>, ServerFnError> {
    super::call::service::<dyn ConversationService>()
}

/// A file of a message: its id, name and size in bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageFile {
    pub id: i64,
    pub name: String,
    pub size: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub at: String,
    /// Written by an officer (for the office); else by the applicant's side.
    pub from_office: bool,
    /// Written by the reader.
    pub mine: bool,
    /// Who wrote it, as the reader may know: an officer's name and agency for officers, the
    /// agency alone for the applicant; the applicant's name.
    pub author: String,
    pub body: String,
    pub files: Vec<MessageFile>,
    /// From the other side and not seen by the reader before this page.
    pub new: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    pub dossier: i64,
    /// Oldest first.
    pub messages: Vec<MessageView>,
    /// The id to ask for older messages with (`?truoc=`), when there are some.
    pub older: Option<i64>,
    /// The reader may write (the applicant once it is submitted, an officer who sees it).
    pub can_write: bool,
    /// The reader is an officer: kept answers offered, the officers' wording.
    pub officer: bool,
    /// The form's one-time key: a post retried with it writes its message once.
    pub key: String,
    /// The text the form starts with (a kept answer, filled for this dossier).
    pub text: String,
    /// The reader's kept answers (id, title).
    pub templates: Vec<(i64, String)>,
    pub file_limit_mb: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub at: String,
    pub author: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notes {
    /// Newest first.
    pub notes: Vec<NoteView>,
    /// The form's one-time key.
    pub key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateView {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub updated_at: String,
}

#[server]
pub async fn load_thread(
    id: i64,
    truoc: Option<i64>,
    mau: Option<i64>,
) -> Result<Guarded<Option<Thread>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(conversation()?.thread(&actor, id, truoc, mau).await)
}

#[server]
pub async fn load_notes(id: i64) -> Result<Guarded<Option<Notes>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(conversation()?.notes(&actor, id).await)
}

#[server]
pub async fn load_templates() -> Result<Guarded<Vec<TemplateView>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(conversation()?.templates(&actor).await)
}
