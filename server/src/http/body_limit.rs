//! Every request body is bounded before anything reads it. Form handlers read at most 64 KiB
//! (`forms::CsrfForm`), but server functions collect their whole body, and so would any
//! handler added later: here each body is wrapped so that reading past [`DEFAULT`] fails, and a
//! body declared longer is refused at once. The forms that carry files are the exception, named
//! in [`super::STREAMED`]: they read their bodies under their own bounds (`multipart`).

use super::problem::Problem;
use axum::body::Body;
use axum::extract::{MatchedPath, Request};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest body of a request that carries no file: an autosaved draft's text is at most
/// 512 KiB (`filing_forms::DRAFT_LIMITS`), with room for its JSON quoting.
pub const DEFAULT: usize = 1024 * 1024;

pub async fn limit(request: Request, next: Next) -> Response {
    let streamed = request.extensions().get::<MatchedPath>().is_some_and(|p| super::STREAMED.contains(&p.as_str()));
    if streamed {
        return next.run(request).await;
    }
    let declared =
        request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > DEFAULT as u64) {
        return too_large();
    }
    next.run(request.map(|body| Body::new(http_body_util::Limited::new(body, DEFAULT)))).await
}

fn too_large() -> Response {
    Problem::RequestTooLarge.into_response()
}
