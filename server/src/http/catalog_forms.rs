//! The catalog editor's forms (`app/src/pages/admin/catalog`): a new procedure, a section of a
//! draft, publication, discarding, and withdrawing a procedure from a date. `services::catalog::drafts` authorizes each change against
//! the acting admin (`Action::ManageCatalog` for the procedure's agency, before and after); a
//! procedure the admin may not edit answers as if it did not exist.

use super::AppState;
use super::forms::{CsrfForm, SignedIn, SignedInForm, not_found, rerender, see_other, unavailable};
use crate::services::catalog::admin::Saved;
use crate::services::catalog::drafts::EditError;
use app::forms::Posted;
use app::links::editor_href;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use shared::access::Actor;
use shared::catalog::editor::{Section, new_procedure};
use shared::catalog::{CatalogProblem, CatalogProblemKind};
use std::collections::HashMap;

pub(super) fn failed(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "a catalog edit failed");
    unavailable()
}

/// The posted fields without the CSRF token and the revision, as the page shows them again.
pub(super) fn typed(fields: &HashMap<String, String>) -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "phien_ban"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    values.sort();
    values
}

pub(super) fn revision(fields: &HashMap<String, String>) -> i32 {
    fields.get("phien_ban").and_then(|v| v.trim().parse().ok()).unwrap_or(-1)
}

/// `POST /quan-tri/thu-tuc/moi`: a new procedure starts as a draft.
pub async fn create(
    State(state): State<AppState>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    let today = shared::time::iso_date(shared::time::today());
    let get = |name: &str| fields.get(name).cloned();
    let doc = match new_procedure(&get, &today) {
        Ok(doc) => doc,
        Err(problems) => {
            return rerender(&state, parts, Posted::CatalogForm { values: typed(&fields), problems, stale: None })
                .await;
        }
    };
    let code = doc.code.to_string();
    match state.services.catalog_admin.create_procedure(&actor, doc).await {
        Ok(Ok(())) => see_other(&format!("{}?da_tao=1", editor_href(&code))),
        Ok(Err(EditError::Invalid(problems))) => {
            rerender(&state, parts, Posted::CatalogForm { values: typed(&fields), problems, stale: None }).await
        }
        Ok(Err(EditError::NotFound | EditError::Stale)) => not_found(),
        Err(e) => failed(e),
    }
}

/// `POST /quan-tri/thu-tuc/{code}/{section}`: saves a section of the draft; `cong-bo` publishes
/// it and `huy-nhap` throws it away.
pub async fn post(
    State(state): State<AppState>,
    Path((code, section)): Path<(String, String)>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    match section.as_str() {
        "cong-bo" => publish(state, parts, code, fields, actor).await,
        "huy-nhap" => discard(state, parts, code, fields, actor).await,
        "ngung" => unpublish(state, parts, code, fields, actor).await,
        slug => match Section::parse(slug) {
            Some(section) => save(state, parts, code, section, fields, actor).await,
            None => not_found(),
        },
    }
}

async fn save(
    state: AppState,
    parts: Parts,
    code: String,
    section: Section,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let revision = revision(&fields);
    let done = format!("{}?da_luu=1", editor_href(&code));
    let saved = state.services.catalog_admin.save_section(&actor, code, revision, section, fields.clone()).await;
    answer_save(&state, parts, typed(&fields), saved, &done).await
}

/// The answer to a save made on a revision: on to `done`; or the page again with what was
/// typed and its problems (422), or with the revision now current when someone saved meanwhile
/// (409); or not found.
pub(super) async fn answer_save(
    state: &AppState,
    parts: Parts,
    values: Vec<(String, String)>,
    saved: Result<Saved, crate::db::DbError>,
    done: &str,
) -> Response {
    match saved {
        Ok((Ok(_), _)) => see_other(done),
        Ok((Err(EditError::Invalid(problems)), _)) => {
            rerender(state, parts, Posted::CatalogForm { values, problems, stale: None }).await
        }
        Ok((Err(EditError::Stale), Some(current))) => {
            rerender(state, parts, Posted::CatalogForm { values, problems: Vec::new(), stale: Some(current) }).await
        }
        Ok((Err(EditError::Stale | EditError::NotFound), _)) => not_found(),
        Err(e) => failed(e),
    }
}

async fn publish(
    state: AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let page = procedure_page(parts, &code);
    let from = fields.get("hieu_luc").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
    let Some(from) = from else {
        let problems = vec![CatalogProblem { path: "hieu_luc".into(), kind: CatalogProblemKind::InvalidDate }];
        return rerender(&state, page, Posted::CatalogForm { values: typed(&fields), problems, stale: None }).await;
    };
    let revision = revision(&fields);
    match state.services.catalog_admin.publish_procedure(&actor, code.clone(), revision, from).await {
        Ok(Ok(_)) => see_other(&format!("{}?da_cong_bo=1", editor_href(&code))),
        Ok(Err(EditError::Invalid(problems))) => {
            rerender(&state, page, Posted::CatalogForm { values: typed(&fields), problems, stale: None }).await
        }
        Ok(Err(EditError::Stale)) => {
            rerender(&state, page, Posted::CatalogForm { values: Vec::new(), problems: Vec::new(), stale: Some(0) })
                .await
        }
        Ok(Err(EditError::NotFound)) => not_found(),
        Err(e) => failed(e),
    }
}

async fn discard(
    state: AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let page = procedure_page(parts, &code);
    let revision = revision(&fields);
    match state.services.catalog_admin.discard_procedure_draft(&actor, code.clone(), revision).await {
        Ok(Ok(())) => see_other(&format!("{}?da_huy=1", editor_href(&code))),
        Ok(Err(EditError::Stale)) => {
            rerender(&state, page, Posted::CatalogForm { values: Vec::new(), problems: Vec::new(), stale: Some(0) })
                .await
        }
        Ok(Err(EditError::NotFound | EditError::Invalid(_))) => not_found(),
        Err(e) => failed(e),
    }
}

async fn unpublish(
    state: AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let page = procedure_page(parts, &code);
    let to = fields.get("ngung_tu").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
    let Some(to) = to else {
        let problems = vec![CatalogProblem { path: "ngung_tu".into(), kind: CatalogProblemKind::InvalidDate }];
        return rerender(&state, page, Posted::CatalogForm { values: typed(&fields), problems, stale: None }).await;
    };
    match state.services.catalog_admin.unpublish_procedure(&actor, code.clone(), to).await {
        Ok(Ok(_)) => see_other(&format!("{}?da_ngung=1", editor_href(&code))),
        Ok(Err(EditError::Invalid(problems))) => {
            rerender(&state, page, Posted::CatalogForm { values: typed(&fields), problems, stale: None }).await
        }
        Ok(Err(EditError::NotFound | EditError::Stale)) => not_found(),
        Err(e) => failed(e),
    }
}

/// `POST /quan-tri/quy-trinh/{code}`: saves the workflow as its next version.
pub async fn save_workflow(
    State(state): State<AppState>,
    Path(code): Path<String>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    let get = |name: &str| fields.get(name).cloned();
    let (workflow, rows) = match shared::workflow::form::parse(&get) {
        Ok(parsed) => parsed,
        Err(problems) => {
            return rerender(&state, parts, Posted::CatalogForm { values: typed(&fields), problems, stale: None })
                .await;
        }
    };
    let seen = revision(&fields);
    let saved = state.services.catalog_admin.save_workflow(&actor, code.clone(), seen, workflow, rows).await;
    let done = format!("{}?da_luu=1", app::links::workflow_href(&code));
    answer_save(&state, parts, typed(&fields), saved, &done).await
}

/// `POST /quan-tri/bieu-mau/{code}`: publishes the posted JSON as the e-form's next version.
pub async fn publish_form(
    State(state): State<AppState>,
    Path(code): Path<String>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    let json = fields.get("json").cloned().unwrap_or_default();
    let seen = revision(&fields);
    let saved = state.services.catalog_admin.publish_form(&actor, code.clone(), seen, json).await;
    let done = format!("{}?da_cong_bo=1", app::links::form_href(&code));
    answer_save(&state, parts, typed(&fields), saved, &done).await
}

/// `GET /quan-tri/bieu-mau/{code}/tai-ve`: the current e-form as a JSON file.
pub async fn download_form(
    State(state): State<AppState>,
    Path(code): Path<String>,
    SignedIn(viewer): SignedIn,
) -> Response {
    match state.services.catalog_admin.current_form(&viewer.actor, code).await {
        Ok(Some(current)) => match serde_json::to_string_pretty(&current.schema) {
            Ok(json) => {
                let disposition = format!("attachment; filename=\"bieu-mau-{}.json\"", current.document.code);
                let headers = [
                    (axum::http::header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
                    (axum::http::header::CONTENT_DISPOSITION, disposition),
                    (axum::http::header::CACHE_CONTROL, "no-store".to_owned()),
                ];
                (headers, json).into_response()
            }
            Err(e) => failed(e),
        },
        Ok(None) => not_found(),
        Err(e) => failed(e),
    }
}

/// The request rendered as the procedure's own page (publication and discarding post elsewhere).
pub(super) fn procedure_page(mut parts: Parts, code: &str) -> Parts {
    if let Ok(uri) = editor_href(code).parse() {
        parts.uri = uri;
    }
    parts
}
