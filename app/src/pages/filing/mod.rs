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

/// Human size: "1,2 MB", "350 KB".
pub fn size_label(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}
