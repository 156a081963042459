//! Online filing: drafts of a procedure's e-form, their documents in the filer's store, and
//! submission with the dossier code. Every entry point takes the acting `Actor` and decides with
//! `shared::access`; a dossier the actor may not see is reported as not found, so ids cannot be
//! probed.

mod board;
pub(crate) mod counter;
mod documents;
pub(crate) mod drafts;
pub mod lookup;
pub(crate) mod rating;
pub(crate) mod receiving;
mod submit;
pub(crate) mod views;

pub use documents::Download;
pub use drafts::{CASE_FIELD, DraftError, OwnerChoice, Saved};
pub use lookup::WRONG_CHECKS_PER_HOUR;
pub use submit::{Progress, SubmitError};

use crate::db::{Db, DbConn, DbError};
use crate::services::dossier::documents::StorageLimits;
use crate::services::dossier::scope::{Scoped, scoped};
use crate::storage::Store;
use shared::dossier::Status;

#[derive(Clone)]
pub struct Filing {
    db: Db,
    store: Store,
    /// Every uploaded file passes it first.
    scanner: crate::antivirus::Scanner,
    base_url: url::Url,
    /// Per-file upload limit in bytes.
    file_limit: u64,
    /// What one account may keep, and how many files one requirement takes.
    limits: StorageLimits,
    /// Public lookups and result checks per client address (shared by the clones).
    lookups: std::sync::Arc<super::rate_limit::RateLimiter>,
    verifications: std::sync::Arc<super::rate_limit::RateLimiter>,
    /// Wrong check values per dossier code (a guesser spread over many networks).
    wrong_checks: std::sync::Arc<super::rate_limit::RateLimiter>,
}

impl Filing {
    pub fn new(
        db: Db,
        store: Store,
        scanner: crate::antivirus::Scanner,
        base_url: url::Url,
        file_limit: u64,
        limits: StorageLimits,
    ) -> Self {
        use super::rate_limit::RateLimiter;
        let per_minute =
            |scope| std::sync::Arc::new(RateLimiter::per_minute(lookup::LOOKUPS_PER_MINUTE).shared(&db, scope));
        let wrong_checks = RateLimiter::new(lookup::WRONG_CHECKS_PER_HOUR, std::time::Duration::from_secs(3_600))
            .shared(&db, "wrong_checks");
        let (lookups, verifications) = (per_minute("lookups"), per_minute("verifications"));
        Self {
            db,
            store,
            scanner,
            base_url,
            file_limit,
            limits,
            lookups,
            verifications,
            wrong_checks: std::sync::Arc::new(wrong_checks),
        }
    }

    pub fn file_limit(&self) -> u64 {
        self.file_limit
    }

    pub fn base_url(&self) -> &url::Url {
        &self.base_url
    }
}

/// (year, month, day) in Vietnam.
fn today() -> (i32, u32, u32) {
    use chrono::Datelike;
    let d = shared::time::today();
    (d.year(), d.month(), d.day())
}

/// Whether `actor` fills dossier `scope` in: its applicant, or the counter recording it.
pub(crate) fn fills(actor: &shared::access::Actor, scope: shared::access::DossierScope) -> bool {
    use shared::access::{Action, decide};
    decide(actor, Action::ActOnOwnDossier(scope)).is_ok() || decide(actor, Action::FillCounterDossier(scope)).is_ok()
}

/// The dossier if it is a draft `actor` may change (or a dossier awaiting their supplement,
/// which they complete the same way); otherwise why not (someone else's reads as not found).
fn own_draft(conn: &mut DbConn, actor: &shared::access::Actor, id: i64) -> Result<Result<Scoped, DraftError>, DbError> {
    let Some(s) = scoped(conn, id)? else { return Ok(Err(DraftError::NotFound)) };
    if !fills(actor, s.scope) {
        return Ok(Err(DraftError::NotFound));
    }
    if !matches!(s.status, Status::Draft | Status::SupplementRequested) {
        return Ok(Err(DraftError::NotEditable));
    }
    Ok(Ok(s))
}
