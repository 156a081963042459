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
mod sign_in;

pub use link_choice::LinkChoicePage;
pub use mailbox::MailboxPage;
pub use register::{RegisterPage, RegisteredPage};
pub use reset::{ForgotPage, ResetPage, ResetSentPage};
pub use second_factor::SecondFactorPage;
pub use sign_in::{AccountPage, SignInPage};
