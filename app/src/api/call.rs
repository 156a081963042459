//! What every server function does around its service call: find the service the server
//! provided, and turn the service's answer into what the page can show.

#[cfg(feature = "ssr")]
use leptos::prelude::*;

/// A server function's answer that the actor may not have: the data, or why not.
pub type Guarded<T> = Result<T, shared::access::Denial>;

/// How a service call failed, in terms the UI can act on.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    Invalid(String),
    /// The actor may not do this (not signed in, or not allowed).
    #[error("denied: {0:?}")]
    Denied(shared::access::Denial),
    /// Anything the user cannot fix. The implementation logs the cause where it happens.
    #[error("unexpected failure")]
    Unexpected,
}

/// The service `S` (a trait object) that the server put into this request's context.
#[cfg(feature = "ssr")]
pub fn service<S: ?Sized + Send + Sync + 'static>() -> Result<std::sync::Arc<S>, ServerFnError> {
    use_context::<std::sync::Arc<S>>().ok_or_else(|| ServerFnError::new("a service is missing from the context"))
}

/// Maps a service result for a server function: a denial is data for the page, anything else an
/// error.
#[cfg(feature = "ssr")]
pub fn guarded<T>(result: Result<T, ServiceError>) -> Result<Guarded<T>, ServerFnError> {
    match result {
        Ok(v) => Ok(Ok(v)),
        Err(ServiceError::Denied(d)) => Ok(Err(d)),
        Err(e) => Err(ServerFnError::new(e)),
    }
}

/// Like `guarded`, for a thing the actor may not see answered as absent (`NotFound` → `None`),
/// so that "no such thing" and "not yours" look the same.
#[cfg(feature = "ssr")]
pub fn guarded_optional<T>(result: Result<T, ServiceError>) -> Result<Guarded<Option<T>>, ServerFnError> {
    match result {
        Err(ServiceError::NotFound) => Ok(Ok(None)),
        other => guarded(other.map(Some)),
    }
}

/// A failure the page cannot act on, as a server function error.
#[cfg(feature = "ssr")]
pub fn unexpected(e: ServiceError) -> ServerFnError {
    ServerFnError::new(e.to_string())
}
