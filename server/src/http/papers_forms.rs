//! `POST /quan-tri/chu-ky-so/khoa` and `/quan-tri/chu-ky-so/bien-lai`: an agency's administrator
//! installs its signing key and certificate, or sets its e-receipt book
//! (`services::signatures::admin`). A refused change shows the page again (422) with what was
//! typed — never the private key — and why; nothing is stored.

use super::AppState;
use super::forms::{SignedInForm, rerender, see_other, unavailable};
use super::problem::Problem;
use crate::services::signatures::admin::Refused;
use app::forms::Posted;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

const PAGE: &str = "/quan-tri/chu-ky-so";

pub async fn install_key(State(state): State<AppState>, SignedInForm { form, viewer }: SignedInForm) -> Response {
    let fields = form.fields;
    let Some(agency) = agency_of(&fields) else { return Problem::NotAllowed.into_response() };
    let (certificate, key) = (text(&fields, "chung_thu"), text(&fields, "khoa"));
    let (signatures, actor) = (state.services.signatures.clone(), viewer.actor);
    // What comes back on a refusal: the certificate as typed, unless a private key was pasted
    // into it (a combined .pem) — a key is never shown again.
    let typed = if certificate.contains("PRIVATE KEY") {
        String::new()
    } else {
        certificate.chars().take(shared::papers::PEM_MAX).collect()
    };
    let done = state.db.run(move |conn| signatures.install_key(conn, &actor, agency, &certificate, &key)).await;
    let posted = |problems| Posted::Papers {
        agency,
        certificate: typed,
        template: String::new(),
        series: String::new(),
        problems,
    };
    answer(&state, form.parts, done, posted).await
}

pub async fn set_book(State(state): State<AppState>, SignedInForm { form, viewer }: SignedInForm) -> Response {
    let fields = form.fields;
    let Some(agency) = agency_of(&fields) else { return Problem::NotAllowed.into_response() };
    let (template, series) = (text(&fields, "ky_hieu_mau"), text(&fields, "ky_hieu"));
    let (signatures, actor) = (state.services.signatures.clone(), viewer.actor);
    let (t, s) = (template.clone(), series.clone());
    let done = state.db.run(move |conn| signatures.set_book(conn, &actor, agency, &t, &s)).await;
    let posted = |problems| Posted::Papers { agency, certificate: String::new(), template, series, problems };
    answer(&state, form.parts, done, posted).await
}

fn agency_of(fields: &HashMap<String, String>) -> Option<i64> {
    fields.get("co_quan").and_then(|a| a.trim().parse().ok())
}

fn text(fields: &HashMap<String, String>, name: &str) -> String {
    fields.get(name).cloned().unwrap_or_default()
}

async fn answer(
    state: &AppState,
    mut parts: axum::http::request::Parts,
    done: Result<Result<(), Refused>, crate::db::DbError>,
    posted: impl FnOnce(Vec<shared::papers::PaperProblem>) -> Posted,
) -> Response {
    match done {
        Ok(Ok(())) => see_other(&format!("{PAGE}?da_luu=1")),
        Ok(Err(Refused::Denied(_))) => Problem::NotAllowed.into_response(),
        Ok(Err(Refused::Problems(problems))) => {
            parts.uri = axum::http::Uri::from_static(PAGE);
            rerender(state, parts, posted(problems)).await
        }
        Err(e) => {
            tracing::error!(error = %e, "changing an agency's papers failed");
            unavailable()
        }
    }
}
