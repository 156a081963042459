//! Accounts: the steps of a sign-in in progress (the officer's second factor, the national
//! sign-in's link choice), the national sign-in's button, and the demo mailbox. The forms
//! themselves post to `server/src/http/account_forms.rs`.

#[cfg(feature = "ssr")]
use super::call::{ServiceError, service};
#[cfg(feature = "ssr")]
use crate::request::{ENROL_COOKIE, PENDING_COOKIE, request_cookie};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The steps of a sign-in in progress, each behind its own cookie of the browser.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait SignInStepsService: Send + Sync {
    /// An officer's sign-in waiting for its second factor (`enrolment`: the re-enrolment link's
    /// cookie, if the browser holds one).
    async fn pending(&self, token: String, enrolment: Option<String>) -> Result<Option<PendingView>, ServiceError>;
    /// A national sign-in waiting for the person's choice (link a self-registered account, or not).
    async fn link_choice(&self, token: String) -> Result<Option<LinkChoiceView>, ServiceError>;
}

/// Demo mailbox: the delivered mails, newest first. The server provides it only when the
/// deployment enables the mailbox.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait MailboxService: Send + Sync {
    async fn recent(&self) -> Result<Vec<MailView>, ServiceError>;
}

/// The button label of the national sign-in ("VNeID"), in context when one is configured.
#[derive(Clone, Debug)]
pub struct NationalSignInLabel(pub String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingView {
    /// Present while the officer still has to enrol an authenticator.
    pub enrolment: Option<EnrolmentView>,
    /// The second factor was reset: enrolling again needs the link mailed to the officer.
    pub needs_link: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentView {
    /// Base32, as authenticator apps take it.
    pub secret: String,
    /// The `otpauth://` URI drawn as an SVG QR code (generated on the server).
    pub qr_svg: String,
}

#[server]
pub async fn pending_second_factor() -> Result<Option<PendingView>, ServerFnError> {
    let steps = service::<dyn SignInStepsService>()?;
    let Some(token) = request_cookie(PENDING_COOKIE) else { return Ok(None) };
    let enrolment = request_cookie(ENROL_COOKIE);
    steps.pending(token, enrolment).await.map_err(ServerFnError::new)
}

/// The cookie holding the open choice (HttpOnly, scoped to `/dang-nhap/vneid`).
pub const LINK_COOKIE: &str = "vneid_lien_ket";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkChoiceView {
    pub provider_name: Option<String>,
    /// The held account's address as its owner would recognise it (`l***@sonla.gov.vn`).
    pub masked_email: Option<String>,
}

#[server]
pub async fn load_link_choice() -> Result<Option<LinkChoiceView>, ServerFnError> {
    let steps = service::<dyn SignInStepsService>()?;
    let Some(token) = request_cookie(LINK_COOKIE) else { return Ok(None) };
    steps.link_choice(token).await.map_err(ServerFnError::new)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailView {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// dd/MM/yyyy HH:mm, Vietnam time.
    pub sent_at: String,
}

/// `None` when the mailbox is disabled.
#[server]
pub async fn load_mailbox() -> Result<Option<Vec<MailView>>, ServerFnError> {
    match use_context::<std::sync::Arc<dyn MailboxService>>() {
        None => Ok(None),
        Some(mailbox) => mailbox.recent().await.map(Some).map_err(|e| ServerFnError::new(e.to_string())),
    }
}

/// The label of the national sign-in button ("VNeID"), when the deployment configures one.
#[server]
pub async fn federated_sign_in() -> Result<Option<String>, ServerFnError> {
    Ok(use_context::<NationalSignInLabel>().map(|f| f.0))
}
