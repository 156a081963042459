//! Exports of a list of dossiers: `POST /xuat-du-lieu` asks for one (the service checks the form
//! and authorizes the scope with `shared::access`), `GET /xuat-du-lieu/{id}/tai-ve` downloads a
//! ready file, streamed from the store, for the person who asked only.

use super::AppState;
use super::forms::{
    CsrfForm, SignedIn, actor_of, denied, file_response, not_found, rerender_at, see_other, unavailable,
};
use crate::services::exports::StartError;
use app::forms::Posted;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

const PAGE: &str = "/xuat-du-lieu";

pub async fn start(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let actor = actor_of(&parts);
    let asked: std::collections::HashMap<String, String> =
        fields.iter().filter(|(k, _)| k.as_str() != "csrf").map(|(k, v)| (k.clone(), v.clone())).collect();
    match state.services.exports.start(&actor, asked.clone()).await {
        Ok(Ok(_)) => see_other(&format!("{PAGE}?da_yeu_cau=1")),
        Ok(Err(StartError::Denied(denial))) => denied(denial),
        Ok(Err(StartError::Refused(problems))) => {
            let posted = Posted::Export { fields: asked.into_iter().collect(), problems };
            rerender_at(&state, parts, PAGE, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "starting an export failed");
            unavailable()
        }
    }
}

pub async fn download(State(state): State<AppState>, Path(id): Path<i64>, SignedIn(viewer): SignedIn) -> Response {
    match state.services.exports.download(&viewer.actor, id).await {
        Ok(Some(file)) => file_response(file, false),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading an export failed");
            unavailable()
        }
    }
}
