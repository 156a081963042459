//! Accounts: registration, sign-in, the account page, and the demo mailbox.
//!
//! The forms are plain HTML forms posted to server handlers (`server/src/http/account_forms.rs`),
//! which answer with a redirect on success, or render the same page again with the problems and
//! the (non-secret) values typed, so everything works without JavaScript. Every form carries the
//! `csrf` double-submit token as well as passing the same-origin check.

mod mailbox;
mod register;
mod reset;
mod sign_in;

pub use mailbox::{MailView, MailboxPage};
pub use register::{RegisterPage, RegisteredPage};
pub use reset::{ForgotPage, ResetPage, ResetSentPage};
pub use sign_in::{AccountPage, SignInPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::identity::{RegistrationForm, RegistrationProblem};

/// Name of the cookie and form field of the double-submit CSRF token.
pub const CSRF_FIELD: &str = "csrf";
/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "phien";

/// Who is signed in, as the server resolved it from the session cookie.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub account_id: i64,
    pub full_name: String,
}

/// The CSRF token of this browser, put in the request by the server (its cookie value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrfToken(pub String);

/// What a failed form post leaves for the page that renders it again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Posted {
    #[default]
    Nothing,
    Registration {
        form: RegistrationForm,
        problems: Vec<RegistrationProblem>,
    },
    SignIn {
        identifier: String,
        problem: SignInProblem,
    },
    Reset {
        token: String,
        problems: Vec<ResetProblem>,
    },
    ChangePassword {
        problems: Vec<ResetProblem>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetProblem {
    InvalidLink,
    WrongCurrent,
    Mismatch,
    Password(shared::identity::PasswordProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInProblem {
    /// One message for unknown account, wrong password and lockout.
    Rejected,
    EmailNotVerified,
    Unavailable,
}

/// The hidden CSRF field for a form.
#[component]
pub fn CsrfInput() -> impl IntoView {
    let token = csrf_token();
    view! { <input type="hidden" name=CSRF_FIELD value=token/> }
}

/// The token, the same on the server (from the request) and in the browser (from the cookie),
/// so hydration sees the value the server rendered.
pub fn csrf_token() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<CsrfToken>().map(|t| t.0.clone()))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        browser_cookie(CSRF_FIELD).unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn browser_cookie(name: &str) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let doc = web_sys::window()?.document()?.dyn_into::<web_sys::HtmlDocument>().ok()?;
        let cookies = doc.cookie().ok()?;
        cookies.split(';').filter_map(|c| c.trim().split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v.to_owned())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = name;
        None
    }
}

/// The failed post being rendered again, if any. A resource, so the browser receives the same
/// value the server rendered with.
pub fn posted() -> Resource<Posted> {
    Resource::new(
        || (),
        |_| async {
            #[cfg(feature = "ssr")]
            {
                use_context::<Posted>().unwrap_or_default()
            }
            #[cfg(not(feature = "ssr"))]
            {
                Posted::Nothing
            }
        },
    )
}

/// Who is signed in: the server resolved the session cookie into the request (for server-side
/// rendering and for this function's own HTTP calls alike).
#[server]
pub async fn get_viewer() -> Result<Option<Viewer>, ServerFnError> {
    Ok(use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Viewer>().cloned()))
}
