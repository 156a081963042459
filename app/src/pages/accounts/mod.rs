//! Accounts: registration, sign-in, the account page, and the demo mailbox.
//!
//! The forms are plain HTML forms posted to server handlers (`server/src/http/account_forms.rs`),
//! which answer with a redirect on success, or render the same page again with the problems and
//! the (non-secret) values typed, so everything works without JavaScript. Every form carries the
//! `csrf` double-submit token as well as passing the same-origin check.

mod link_choice;
mod mailbox;
mod register;
mod reset;
mod second_factor;
pub mod sign_in;

pub use link_choice::{LINK_COOKIE, LinkChoicePage, LinkChoiceView};
pub use mailbox::{MailView, MailboxPage};
pub use register::{Field, RegisterPage, RegisteredPage};
pub use reset::{ForgotPage, ResetPage, ResetSentPage};
pub use second_factor::{EnrolmentView, PendingView, SecondFactorPage};
pub use sign_in::{AccountPage, SignInPage};

// The request context and the posted-form state moved to `crate::request` and `crate::forms`;
// the pages of this module (and older imports) still reach them through here.
pub use crate::forms::*;
pub use crate::request::*;
