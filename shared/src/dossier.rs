//! Dossiers (hồ sơ): their statuses and the one function that decides which move is allowed,
//! the dossier code of Circular 01/2018 Art. 19, and the check value of the public lookup.

mod channel;
mod code;
mod lifecycle;
mod national;
mod status;

pub use channel::{Channel, PaidOnline};
pub use code::{DossierCode, check_value_matches, last_four_digits};
pub use lifecycle::{By, Refusal, apply, may_make};
pub use national::{SyncRecord, SyncState, sync_time};
pub use status::{Move, SideAction, Status, refused_at_reception, transition};

/// Why an uploaded file was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UploadProblem {
    /// Over the per-file limit (stopped as soon as it was passed).
    TooLarge,
    /// Its content is not an allowed type (PDF, JPEG, PNG), whatever its name says.
    NotAllowedType,
    Empty,
    /// The upload broke off before the end.
    Interrupted,
    /// The account's document store is full (its quota).
    QuotaExceeded,
    /// The document requirement already holds as many files as one may take.
    TooManyFiles,
    /// The antivirus scanner found malware in it (it was never stored).
    Infected,
    /// The antivirus scanner could not be reached, and files are not accepted unscanned.
    ScannerUnavailable,
}
