//! Feedback and proposals (phản ánh, kiến nghị): the public page of published answers, the
//! sender's own page (by the secret of their link, or their account), and the PAKN desk's and the
//! agencies' queue and detail. The forms post to `server/src/http/feedback_forms.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, guarded_optional};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::deadline::Progress;
use shared::feedback::{Kind, State, Topic};
use shared::rating::Level;

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait FeedbackService: Send + Sync {
    /// The empty form, with a signed-in person's name and e-mail filled in.
    async fn blank_form(&self, actor: &shared::access::Actor) -> Result<shared::feedback::FeedbackForm, ServiceError>;
    /// One page of the published answers, newest first.
    async fn published(&self, page: u32) -> Result<PublishedPage, ServiceError>;
    /// The sender's page of feedback `code`: for the holder of its link's `secret`, or for the
    /// account that sent it. `NotFound` for anyone else.
    async fn sender_view(
        &self,
        actor: &shared::access::Actor,
        code: String,
        secret: Option<String>,
    ) -> Result<SenderView, ServiceError>;
    /// The desk's queue (every open feedback), or an agency's (what was given to it).
    async fn queue(&self, actor: &shared::access::Actor) -> Result<FeedbackQueue, ServiceError>;
    /// One feedback, for the desk or the agency it was given to.
    async fn detail(&self, actor: &shared::access::Actor, id: i64) -> Result<FeedbackDetail, ServiceError>;
}

#[cfg(feature = "ssr")]
fn feedback() -> Result<std::sync::Arc<dyn FeedbackService>, ServerFnError> {
    super::call::service::<dyn FeedbackService>()
}

/// A published question and its answer, personal data removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub code: String,
    pub topic: Topic,
    pub title: String,
    pub content: String,
    /// The sender by initials.
    pub sender: String,
    pub agency: String,
    pub answer: String,
    /// Vietnam date.
    pub answered_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedPage {
    pub rows: Vec<Published>,
    pub page: u32,
    pub has_next: bool,
}

/// What the sender sees of their feedback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SenderView {
    pub code: String,
    pub state: State,
    pub topic: Topic,
    pub title: String,
    pub content: String,
    pub agency: Option<String>,
    pub received_at: Option<String>,
    /// When the answer is due (while it is open).
    pub due: Option<String>,
    pub answer: Option<String>,
    pub refusal: Option<String>,
    /// The agency asked for more: what.
    pub info_request: Option<String>,
    pub rating: Option<Level>,
    /// The names of the files attached, and whether one more may be.
    pub files: Vec<String>,
    pub can_attach: bool,
    /// The largest file accepted, in MB.
    pub file_limit_mb: u64,
    /// The secret of the link, carried by the page's forms (none for a signed-in sender).
    pub secret: Option<String>,
}

/// One feedback in a queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub state: State,
    pub topic: Topic,
    pub agency: Option<String>,
    pub received_at: String,
    /// The current stage's time limit and where it stands.
    pub due: Option<String>,
    pub progress: Option<Progress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackQueue {
    /// The desk's queue (else an agency's).
    pub desk: bool,
    pub rows: Vec<QueueRow>,
}

/// One line of a feedback's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackEvent {
    pub at: String,
    /// The action's code (`gui`, `xac_nhan`, `chuyen`, `tu_choi`, `yeu_cau_bo_sung`, `tra_loi`,
    /// `cong_khai`, `danh_gia`).
    pub action: String,
    pub actor: Option<String>,
    pub note: Option<String>,
}

/// One feedback for the desk or the agency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackDetail {
    pub id: i64,
    pub code: String,
    pub state: State,
    pub topic: Topic,
    pub reference: Option<String>,
    pub title: String,
    pub content: String,
    pub sender_name: String,
    pub sender_email: String,
    pub sender_phone: Option<String>,
    pub kind: Option<Kind>,
    pub agency: Option<String>,
    pub received_at: Option<String>,
    pub due: Option<String>,
    pub progress: Option<Progress>,
    pub answer: Option<String>,
    pub answer_public: bool,
    pub refusal: Option<String>,
    pub rating: Option<Level>,
    pub events: Vec<FeedbackEvent>,
    /// The sender's attachments: (file id, name, bytes).
    pub files: Vec<(i64, String, i64)>,
    /// Agencies it may be given to (code, name), for the desk.
    pub agencies: Vec<(String, String)>,
    /// The viewer is the desk / may answer it.
    pub can_handle: bool,
    pub can_answer: bool,
}

#[server]
pub async fn load_feedback_form() -> Result<shared::feedback::FeedbackForm, ServerFnError> {
    let actor = crate::request::current_actor();
    feedback()?.blank_form(&actor).await.map_err(ServerFnError::new)
}

#[server]
pub async fn load_published_feedback(trang: Option<u32>) -> Result<PublishedPage, ServerFnError> {
    feedback()?.published(trang.unwrap_or(1)).await.map_err(ServerFnError::new)
}

#[server]
pub async fn load_sender_feedback(code: String, t: Option<String>) -> Result<Option<SenderView>, ServerFnError> {
    let actor = crate::request::current_actor();
    match feedback()?.sender_view(&actor, code, t).await {
        Ok(view) => Ok(Some(view)),
        Err(ServiceError::NotFound) => Ok(None),
        Err(e) => Err(ServerFnError::new(e)),
    }
}

#[server]
pub async fn load_feedback_queue() -> Result<Guarded<FeedbackQueue>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(feedback()?.queue(&actor).await)
}

#[server]
pub async fn load_feedback_detail(id: i64) -> Result<Guarded<Option<FeedbackDetail>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(feedback()?.detail(&actor, id).await)
}
