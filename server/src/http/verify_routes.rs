//! `POST /xac-thuc/{code}/tep`: a file uploaded to check it against an issued result. It is
//! hashed as it streams and never stored; the page then shows the answer for that hash. And
//! `GET /ho-so/{id}/trang-bia-ket-qua.pdf`: the result's cover page with the QR code to the check.

use super::AppState;
use super::forms::{SignedIn, see_other, unavailable};
use super::multipart;
use super::problem::Problem;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

pub async fn check_file(State(state): State<AppState>, Path(code): Path<String>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let limit = state.services.filing.file_limit();
    // Anyone may post here: the body may be one file and a few bytes more, nothing else.
    let mut form = match multipart::Reader::new(&parts.headers, body, multipart::Limits::one_file(limit)) {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let Ok(Some(mut field)) = form.next().await else {
        return Problem::NoFile.into_response();
    };
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                size += chunk.len() as u64;
                if size > limit {
                    return Problem::FileTooLarge.into_response();
                }
                hasher.update(&chunk);
            }
            Ok(None) => break,
            Err(e) => return multipart::Problem::of(&e).response(),
        }
    }
    let hash = hex::encode(hasher.finalize());
    let code = app::links::encode_component(&code);
    see_other(&format!("/xac-thuc/{code}?sha256={hash}"))
}

pub async fn result_cover(State(state): State<AppState>, Path(id): Path<i64>, SignedIn(viewer): SignedIn) -> Response {
    match state.services.records.result_cover(&viewer.actor, id).await {
        Ok(Some(pdf)) => super::forms::document(pdf, "application/pdf", "trang-bia-ket-qua.pdf"),
        Ok(None) => Problem::NotFound.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "result cover failed");
            unavailable()
        }
    }
}
