//! Filing over plain HTTP: start a draft, the draft's one multipart form (save, add a row,
//! remove a document, submit; files streamed as they arrive), delete a draft, download a file,
//! and the public lookup API. The service authorizes everything with the actor.

use super::AppState;
use super::filing_steps::{StepPost, after_step, parts_at};
use super::forms::{
    CsrfForm, SignedIn, SignedInForm, actor_of, client_ip, not_found, rerender, see_other, unavailable,
};
use super::multipart;
use super::problem::Problem;
use crate::services::filing::{DraftError, SubmitError};
use app::api::filing::{LookupOutcome, STEP_FIELD};
use app::forms::Posted;
use axum::extract::{Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use shared::dossier::UploadProblem;
use shared::eform::Step;

/// The draft form's bounds: several files at the largest configurable per-file limit (each
/// file is also cut off at the per-file limit as it streams), text parts of at most 16 KiB and
/// 512 KiB together, and more parts than the largest e-form with its repeating groups has.
const DRAFT_LIMITS: multipart::Limits =
    multipart::Limits { body: 512 * 1024 * 1024, parts: 2_000, text_part: 16 * 1024, text_total: 512 * 1024 };

fn draft_error(e: DraftError) -> Response {
    match e {
        DraftError::Denied(shared::access::Denial::SignInRequired) => see_other("/dang-nhap"),
        DraftError::Denied(_) | DraftError::NotFound | DraftError::NoForm => not_found(),
        DraftError::NotEditable | DraftError::Conflict => Problem::DossierChanged.into_response(),
        DraftError::Invalid(_) => Problem::BadData.into_response(),
        DraftError::Unexpected(e) => {
            tracing::error!(error = %format!("{e:#}"), "filing failed");
            unavailable()
        }
    }
}

/// `POST /ho-so/tao`: a new draft of procedure `thu_tuc`.
pub async fn create(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let code = fields.get("thu_tuc").cloned().unwrap_or_default();
    start_draft(&state, &parts, code).await
}

/// `GET /ho-so/tao?thu_tuc=…`: where signing in returns a person who pressed "Nộp trực tuyến"
/// before signing in. Reached from this site's own pages (`Sec-Fetch-Site: same-origin`, the
/// sign-in's redirect), it starts the draft; a link from elsewhere only leads to the procedure,
/// whose button posts (so no other site can make anyone start a dossier).
pub async fn start(State(state): State<AppState>, Query(q): Query<StartQuery>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let Some(code) = q.thu_tuc.and_then(|c| shared::catalog::ProcedureCode::parse(&c).ok()) else { return not_found() };
    let same_site = parts.headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"same-origin");
    if !same_site {
        return see_other(&format!("/thu-tuc/{code}"));
    }
    start_draft(&state, &parts, code.to_string()).await
}

#[derive(Deserialize)]
pub struct StartQuery {
    thu_tuc: Option<String>,
}

/// A new draft of `code` for the person behind `parts`; someone not signed in signs in first
/// and comes back to it.
async fn start_draft(state: &AppState, parts: &axum::http::request::Parts, code: String) -> Response {
    match state.services.filing.create_draft(&actor_of(parts), code.clone()).await {
        Ok(id) => see_other(&format!("/ho-so/{id}")),
        Err(DraftError::Denied(shared::access::Denial::SignInRequired)) => {
            match shared::catalog::ProcedureCode::parse(&code) {
                Ok(code) => super::forms::sign_in_then(&format!("/ho-so/tao?thu_tuc={code}")),
                Err(_) => not_found(),
            }
        }
        Err(e) => draft_error(e),
    }
}

/// `POST /ho-so/{id}/rut`: the applicant withdraws a submitted dossier, confirmed on its page
/// (`?rut=1`) with the reason (`ly_do`, required: back to the page without one).
pub async fn withdraw(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let version = fields.get("phien_ban").and_then(|v| v.parse::<i32>().ok()).unwrap_or(-1);
    let reason: String = fields.get("ly_do").map(|r| r.trim().chars().take(500).collect()).unwrap_or_default();
    if reason.is_empty() {
        return see_other(&format!("/ho-so/{id}?rut=1&thieu_ly_do=1#rut"));
    }
    match state.services.filing.withdraw(&actor_of(&parts), id, version, reason).await {
        Ok(()) => see_other(&format!("/ho-so/{id}?da_rut=1")),
        Err(e) => draft_error(e),
    }
}

/// `POST /ho-so/{id}/xoa`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, fields: _, .. }: CsrfForm,
) -> Response {
    match state.services.filing.delete_draft(&actor_of(&parts), id).await {
        Ok(()) => see_other("/ho-so"),
        Err(e) => draft_error(e),
    }
}

/// `POST /ho-so/kho/{file}/xoa`: deletes a file of the filer's store that no dossier holds
/// (confirmed first on `/ho-so?xoa_tep={file}`).
pub async fn delete_stored(
    State(state): State<AppState>,
    Path(file): Path<i64>,
    CsrfForm { parts, fields: _, .. }: CsrfForm,
) -> Response {
    match state.services.filing.delete_stored(&actor_of(&parts), file).await {
        Ok(()) => see_other("/ho-so?da_xoa_tep=1#kho"),
        Err(DraftError::NotEditable) => see_other("/ho-so?tep_dang_dung=1#kho"),
        Err(e) => draft_error(e),
    }
}

/// `POST /ho-so/{id}`: the draft's form, multipart. Nothing of the body is read before the
/// session and then the CSRF token (the form's first part) are checked, so nothing is stored for
/// a forged or anonymous request; files are streamed into storage as they arrive, and every text
/// part and the number of parts are bounded (`http::multipart`).
pub async fn post_draft(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let actor = actor_of(&parts);
    if actor.account().is_none() {
        return see_other("/dang-nhap");
    }
    let mut form = match multipart::Reader::new(&parts.headers, body, DRAFT_LIMITS) {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut file_problems: Vec<(i32, UploadProblem)> = Vec::new();
    loop {
        let mut field = match form.next().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            // The body broke off: whatever was complete is kept.
            Err(multipart::Problem::Interrupted) => {
                file_problems.push((0, UploadProblem::Interrupted));
                break;
            }
            Err(problem) => return problem.response(),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if let Some(requirement) = name.strip_prefix("tep.").and_then(|n| n.parse::<i32>().ok()) {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            // The browser sends an empty part for a file input left empty.
            if !file_name.is_empty() {
                match state.services.filing.upload(&actor, id, requirement, &file_name, &mut field).await {
                    Ok(Ok(_)) => {}
                    Ok(Err(problem)) => file_problems.push((requirement, problem)),
                    Err(e) => return draft_error(e),
                }
            }
            // What a refused file left unread is read and dropped, so the next part can be.
            if multipart::drain(&mut field).await.is_err() {
                file_problems.push((requirement, UploadProblem::Interrupted));
                break;
            }
            continue;
        }
        match form.text(&mut field).await {
            Ok(value) => pairs.push((name, value)),
            Err(multipart::Problem::Interrupted) => {
                file_problems.push((0, UploadProblem::Interrupted));
                break;
            }
            Err(problem) => return problem.response(),
        }
    }
    let action = pairs.iter().find(|(k, _)| k == "hanh_dong").map(|(_, v)| v.clone()).unwrap_or_default();
    let reuse: Vec<(i32, i64)> =
        pairs.iter().filter_map(|(k, v)| Some((k.strip_prefix("dung_lai.")?.parse().ok()?, v.parse().ok()?))).collect();
    let saved = match state.services.filing.save_step(&actor, id, &pairs).await {
        Ok(saved) => saved,
        // A second click on "submit" after the first went through: the same dossier.
        Err(DraftError::NotEditable) if action == "nop" && file_problems.is_empty() => {
            return match state.services.filing.submit(&actor, id).await {
                Ok(_) => see_other(&format!("/ho-so/{id}?da_nop=1")),
                Err(_) => draft_error(DraftError::NotEditable),
            };
        }
        Err(e) => return draft_error(e),
    };
    for (requirement, file_id) in reuse {
        if let Err(e) = state.services.filing.reuse(&actor, id, requirement, file_id).await {
            return draft_error(e);
        }
    }
    if let Some(document) = action.strip_prefix("xoa:").and_then(|d| d.parse::<i64>().ok())
        && let Err(e) = state.services.filing.remove_document(&actor, id, document).await
    {
        return draft_error(e);
    }
    let step = pairs.iter().find(|(k, _)| k == STEP_FIELD).and_then(|(_, v)| Step::parse(v));
    if let Some(step) = step {
        let post = StepPost { actor: &actor, id, step, action: &action, saved, file_problems };
        return after_step(&state, parts, post).await;
    }
    // The whole form in one post (a client of its own, or a page from before the steps): saved,
    // or submitted, with every problem on the check page.
    let page = format!("/ho-so/{id}?{STEP_FIELD}={}", Step::Check.slug());
    if !saved.problems.is_empty() || !file_problems.is_empty() {
        let posted = Posted::Draft { problems: saved.problems, missing: Vec::new(), file_problems };
        return rerender(&state, parts_at(parts, &page), posted).await;
    }
    if action != "nop" {
        return see_other(&format!("/ho-so/{id}?da_luu=1"));
    }
    match state.services.filing.submit(&actor, id).await {
        Ok(_) => see_other(&format!("/ho-so/{id}?da_nop=1")),
        Err(SubmitError::Incomplete { problems, missing }) => {
            let posted = Posted::Draft { problems, missing, file_problems: Vec::new() };
            rerender(&state, parts_at(parts, &page), posted).await
        }
        Err(e) => submit_error(e),
    }
}

/// The answer to a submission that failed for another reason than the draft's problems.
pub(super) fn submit_error(e: SubmitError) -> Response {
    match e {
        SubmitError::Incomplete { .. } => draft_error(DraftError::Invalid(Vec::new())),
        SubmitError::NotFound => not_found(),
        SubmitError::NotSubmittable => draft_error(DraftError::NotEditable),
        SubmitError::Exhausted => unavailable(),
        SubmitError::Unexpected(e) => draft_error(DraftError::Unexpected(e)),
    }
}

#[derive(Deserialize)]
pub struct DownloadQuery {
    /// `xem=1`: shown inside the dossier page's viewer (a same-origin frame).
    xem: Option<String>,
}

/// `GET /tai-lieu/{id}`: a file, to its owner or to whoever may see a dossier holding it.
pub async fn download(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<DownloadQuery>,
    request: Request,
) -> Response {
    let framed = query.xem.as_deref() == Some("1");
    let (parts, _) = request.into_parts();
    match state.services.filing.download(&actor_of(&parts), id).await {
        Ok(file) => super::forms::file_response(file, framed),
        Err(DraftError::Denied(shared::access::Denial::SignInRequired)) => see_other("/dang-nhap"),
        Err(DraftError::Unexpected(e)) => draft_error(DraftError::Unexpected(e)),
        Err(_) => not_found(),
    }
}

#[derive(Deserialize)]
pub struct LookupQuery {
    code: Option<String>,
    check: Option<String>,
}

/// `GET /api/v1/lookup?code=…&check=…`: the public status as JSON.
pub async fn lookup_api(State(state): State<AppState>, Query(q): Query<LookupQuery>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let (Some(code), Some(check)) = (q.code, q.check) else {
        return json(StatusCode::BAD_REQUEST, serde_json::json!({ "error": "code and check are required" }));
    };
    match state.services.filing.lookup(code, check, client_ip(&parts)).await {
        Ok(LookupOutcome::Found(found)) => json(
            StatusCode::OK,
            serde_json::json!({
                "code": found.code,
                "procedure": found.procedure_name,
                "agency": found.agency_name,
                "status": found.status.code(),
                // As people read it (the national sync's codes stay in `status`).
                "status_text": app::i18n::status_label(found.status, app::i18n::Lang::Vi),
                "submitted_at": found.submitted_at,
                "received_at": found.received_at,
                "appointment": found.appointment,
                "timeline": found.timeline.iter().map(|e| serde_json::json!({
                    "at": e.at,
                    "status": e.status.code(),
                    "status_text": app::i18n::status_label(e.status, app::i18n::Lang::Vi),
                })).collect::<Vec<_>>(),
            }),
        ),
        Ok(LookupOutcome::NotFound) => json(StatusCode::NOT_FOUND, serde_json::json!({ "error": "not_found" })),
        Ok(LookupOutcome::RateLimited) => {
            json(StatusCode::TOO_MANY_REQUESTS, serde_json::json!({ "error": "rate_limited" }))
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "lookup failed");
            json(StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({ "error": "unavailable" }))
        }
    }
}

fn json(status: StatusCode, value: serde_json::Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], value.to_string()).into_response()
}

/// `POST /ho-so/da-doc`: marks the person's notices read.
pub async fn mark_notices_read(State(state): State<AppState>, SignedInForm { viewer, .. }: SignedInForm) -> Response {
    let actor = viewer.actor;
    match state.services.filing.mark_notices_read(&actor).await {
        Ok(_) => see_other("/ho-so"),
        Err(e) => draft_error(DraftError::Unexpected(e.into())),
    }
}

/// `GET /ho-so/{id}/giay-tiep-nhan.pdf`: the receipt and appointment slip (Mẫu 01), for the
/// applicant or an officer who may see the dossier, once it was received.
pub async fn receipt(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::Receipt).await
}

/// `GET /ho-so/{id}/phieu-bo-sung.pdf`: the supplement request (Mẫu 02).
pub async fn supplement_slip(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::Slip(crate::services::records::Slip::Supplement)).await
}

/// `GET /ho-so/{id}/phieu-tu-choi.pdf`: the refusal (Mẫu 03).
pub async fn refusal_slip(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::Slip(crate::services::records::Slip::Refusal)).await
}

/// `GET /ho-so/{id}/van-ban-tra-loi.pdf`: the written answer to a refusal on the merits.
pub async fn refusal_answer(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::Slip(crate::services::records::Slip::Answer)).await
}

/// `GET /ho-so/{id}/xin-loi.pdf`: the apology with the new appointment (Mẫu 04), once approved.
pub async fn apology_letter(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::Apology).await
}

/// `GET /ho-so/{id}/dung-xu-ly.pdf`: the notice that processing stopped (Mẫu 05).
pub async fn stop_notice(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::StopNotice).await
}

/// `GET /ho-so/{id}/phieu-kiem-soat.pdf`: the processing-control sheet (Mẫu 06), for officers.
pub async fn control_sheet(state: State<AppState>, path: Path<i64>, signed_in: SignedIn) -> Response {
    printed(state, path, signed_in, Printed::ControlSheet).await
}

enum Printed {
    Receipt,
    Slip(crate::services::records::Slip),
    Apology,
    StopNotice,
    ControlSheet,
}

async fn printed(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    SignedIn(viewer): SignedIn,
    which: Printed,
) -> Response {
    let actor = viewer.actor;
    let records = &state.services.records;
    let (name, made) = match which {
        Printed::Receipt => ("giay-tiep-nhan.pdf", records.receipt(&actor, id).await),
        Printed::Slip(kind) => (kind.file_name(), records.slip(&actor, id, kind).await),
        Printed::Apology => ("van-ban-xin-loi.pdf", records.apology_letter(&actor, id).await),
        Printed::StopNotice => ("thong-bao-dung-xu-ly.pdf", records.stop_notice(&actor, id).await),
        Printed::ControlSheet => ("phieu-kiem-soat.pdf", records.control_sheet(&actor, id).await),
    };
    match made {
        Ok(Some(pdf)) => super::forms::document(pdf, "application/pdf", name),
        Ok(None) => not_found(),
        Err(e) => draft_error(DraftError::Unexpected(e.into())),
    }
}

/// `POST /danh-gia/{code}`: the applicant's satisfaction rating (signed in, or with the check
/// value the form carries). A rating without its overall level shows the page again as given.
pub async fn rate(
    State(state): State<AppState>,
    Path(code): Path<String>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    use crate::services::filing::rating::SaveOutcome;
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let rating = shared::rating::Rating::from_fields(get);
    let check = fields.get("kiem_tra").cloned();
    let actor = actor_of(&parts);
    match state.services.filing.save_rating(&actor, code.clone(), check, rating.clone(), client_ip(&parts)).await {
        Ok(SaveOutcome::Saved) => see_other(&format!("/danh-gia/{}?da_luu=1", app::links::encode_component(&code))),
        Ok(SaveOutcome::Invalid(problems)) => rerender(&state, parts, Posted::Rating { rating, problems }).await,
        Ok(SaveOutcome::Closed | SaveOutcome::NotYet) => Problem::NotInThisStatus.into_response(),
        Ok(SaveOutcome::NotFound | SaveOutcome::AskCheck) => not_found(),
        Ok(SaveOutcome::RateLimited) => Problem::TooManyRequests.into_response(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "saving a rating failed");
            unavailable()
        }
    }
}
