//! Implementations of the service traits that the UI declares (`app::services`), one module per
//! capability.

pub mod accounts;
pub mod admin;
pub mod audit;
pub mod backoffice;
pub mod businesses;
pub mod calendar;
pub mod catalog;
pub mod dossier;
pub mod filing;
pub mod jobs;
pub mod notify;
pub mod organisation;
pub mod payments;
pub mod portal;
pub mod rate_limit;
pub mod records;
pub mod upkeep;

use app::services::ServiceError;

/// Logs an unexpected failure once, where it becomes a service error.
pub(crate) fn unexpected(e: impl std::fmt::Display) -> ServiceError {
    tracing::error!(error = %e, "service call failed");
    ServiceError::Unexpected
}
