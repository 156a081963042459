//! Online filing: `/ho-so` (my drafts, dossiers and document store), `/ho-so/{id}` (a draft in
//! steps, `?buoc=`, or a submitted dossier with its timeline), `/tra-cuu` (public status
//! lookup). Forms post to `server/src/http/filing_forms.rs`.

mod autosave;
mod board;
mod dossier;
mod form;
mod list;
mod lookup;
mod rating;
mod step_form;
mod steps;
mod summary;
mod verify;

pub use board::ProgressBoardPage;
pub use dossier::DossierPage;
pub use form::EForm;
pub use list::MyDossiersPage;
pub use lookup::LookupPage;
pub use rating::RatingPage;
pub use verify::VerifyPage;

pub use crate::i18n::size_label;
