//! Feedback forms (phản ánh, kiến nghị): sending (`/phan-anh/gui`), the sender's confirmation,
//! more information and rating on their page (`/phan-anh/{code}`, with the secret of their link
//! as `t`, or signed in), and the officers' actions (`/can-bo/phan-anh/{id}`). The service
//! authorizes; a bad form shows the page again with what was typed.

use super::AppState;
use super::forms::{CsrfForm, SignedIn, actor_of, client_ip, not_found, rerender, rerender_at, see_other, unavailable};
use super::problem::Problem;
use crate::services::feedback::{DeskAction, SendOutcome, SenderError, desk::ActProblem};
use app::forms::Posted;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::access::Denial;
use shared::feedback::{FeedbackForm, Kind};

/// Where the sender's page is, with the link's secret when they came by it.
fn sender_page(code: &str, secret: Option<&str>, flag: &str) -> String {
    let code = app::links::encode_component(code);
    match secret {
        Some(t) => format!("/phan-anh/{code}?t={}&{flag}=1", app::links::encode_component(t)),
        None => format!("/phan-anh/{code}?{flag}=1"),
    }
}

/// `POST /phan-anh/gui`.
pub async fn send(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let form = FeedbackForm::from_fields(|k| fields.get(k).cloned().unwrap_or_default());
    let valid = match form.validate() {
        Ok(v) => v,
        Err(problems) => return rerender(&state, parts, Posted::Feedback { form, problems }).await,
    };
    match state.services.feedback.send(&actor_of(&parts), valid, &client_ip(&parts)).await {
        Ok(SendOutcome::Received { code }) => see_other(&sender_page(&code, None, "da_gui")),
        Ok(SendOutcome::MailSent) => see_other("/phan-anh/gui?da_gui=1"),
        Ok(SendOutcome::RateLimited) => Problem::TooManyRequests.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "keeping a feedback failed");
            unavailable()
        }
    }
}

fn sender_answer(outcome: Result<(), SenderError>, done: String) -> Response {
    match outcome {
        Ok(()) => see_other(&done),
        Err(SenderError::NotFound) => not_found(),
        Err(SenderError::NotNow) => Problem::NotInThisStatus.into_response(),
        Err(SenderError::Db(e)) => {
            tracing::error!(error = %e, "a sender's feedback form failed");
            unavailable()
        }
    }
}

/// `POST /phan-anh/{code}/xac-nhan`: the holder of the mailed link confirms.
pub async fn confirm(
    State(state): State<AppState>,
    Path(code): Path<String>,
    CsrfForm { fields, .. }: CsrfForm,
) -> Response {
    let Some(secret) = fields.get("t").cloned() else { return not_found() };
    let done = sender_page(&code, Some(&secret), "da_xac_nhan");
    sender_answer(state.services.feedback.confirm(code, secret).await, done)
}

/// `POST /phan-anh/{code}/bo-sung`: the sender gives the information the agency asked for.
pub async fn add_info(
    State(state): State<AppState>,
    Path(code): Path<String>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let secret = fields.get("t").cloned().filter(|t| !t.is_empty());
    let text = shared::text::nfc(fields.get("noi_dung").map(String::as_str).unwrap_or_default());
    if text.is_empty() || text.chars().count() > shared::feedback::CONTENT_MAX {
        return Problem::BadData.into_response();
    }
    let done = sender_page(&code, secret.as_deref(), "da_bo_sung");
    sender_answer(state.services.feedback.add_info(&actor_of(&parts), code, secret, text).await, done)
}

/// `POST /phan-anh/{code}/danh-gia`: the sender rates the answer.
pub async fn rate(
    State(state): State<AppState>,
    Path(code): Path<String>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let secret = fields.get("t").cloned().filter(|t| !t.is_empty());
    let Some(level) = fields.get("muc_do").and_then(|l| shared::rating::Level::parse(l)) else {
        return Problem::BadData.into_response();
    };
    let done = sender_page(&code, secret.as_deref(), "da_danh_gia");
    sender_answer(state.services.feedback.rate(&actor_of(&parts), code, secret, level).await, done)
}

/// `POST /phan-anh/{code}/tep`: the sender attaches a file (multipart: the CSRF token, the
/// link's secret when they came by it, then the file), read under its own bounds.
pub async fn attach(
    State(state): State<AppState>,
    Path(code): Path<String>,
    request: axum::extract::Request,
) -> Response {
    use super::multipart::{Limits, Reader, drain};
    use crate::services::feedback::files::AttachProblem;
    use shared::dossier::UploadProblem;
    let (parts, body) = request.into_parts();
    let mut form = match Reader::new(&parts.headers, body, Limits::one_file(state.services.feedback.file_limit())) {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let mut secret = None;
    let outcome = loop {
        let mut field = match form.next().await {
            Ok(Some(field)) => field,
            Ok(None) => return Problem::NoFile.into_response(),
            Err(problem) => return problem.response(),
        };
        match field.name() {
            Some("t") => match form.text(&mut field).await {
                Ok(t) => secret = Some(t).filter(|t| !t.is_empty()),
                Err(problem) => return problem.response(),
            },
            Some("tep") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let actor = actor_of(&parts);
                break state.services.feedback.attach(&actor, code.clone(), secret.clone(), &name, &mut field).await;
            }
            _ => {
                if let Err(problem) = drain(&mut field).await {
                    return problem.response();
                }
            }
        }
    };
    let page = sender_page(&code, secret.as_deref(), "da_dinh_kem");
    let refused = |problem: UploadProblem| Posted::FeedbackFile { problem };
    let back = page.replace("&da_dinh_kem=1", "").replace("?da_dinh_kem=1", "");
    match outcome {
        Ok(Ok(())) => see_other(&page),
        Ok(Err(AttachProblem::NotFound)) => not_found(),
        Ok(Err(AttachProblem::Closed)) => Problem::NotInThisStatus.into_response(),
        Ok(Err(AttachProblem::TooMany)) => {
            rerender_at(&state, parts, &back, refused(UploadProblem::TooManyFiles), StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Ok(Err(AttachProblem::File(problem))) => {
            rerender_at(&state, parts, &back, refused(problem), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "attaching a file to a feedback failed");
            unavailable()
        }
    }
}

/// `GET /can-bo/phan-anh/{id}/tep/{file}`: an attachment, for the desk or the agency.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file)): Path<(i64, i64)>,
    SignedIn(viewer): SignedIn,
) -> Response {
    match state.services.feedback.download(&viewer.actor, id, file).await {
        Ok(Some(file)) => super::forms::file_response(file, false),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading a feedback's file failed");
            unavailable()
        }
    }
}

/// The officer's action as posted.
fn desk_action(fields: &std::collections::HashMap<String, String>) -> Option<DeskAction> {
    let text = |k: &str| fields.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    Some(match fields.get("hanh_dong").map(String::as_str)? {
        "chuyen" => DeskAction::Assign { kind: Kind::parse(&text("loai"))?, agency: text("co_quan") },
        "tu_choi" => DeskAction::Refuse { reason: text("ly_do") },
        "yeu_cau_bo_sung" => DeskAction::AskInfo { what: text("noi_dung") },
        "tra_loi" => DeskAction::Answer { text: text("tra_loi"), public: fields.contains_key("cong_khai") },
        "cong_khai" => DeskAction::Publish,
        _ => return None,
    })
}

/// `POST /can-bo/phan-anh/{id}`: the desk or the agency acts.
pub async fn act(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let actor = actor_of(&parts);
    if let shared::access::Actor::Anonymous = actor {
        return see_other("/dang-nhap");
    }
    let Some(action) = desk_action(&fields) else { return Problem::UnknownAction.into_response() };
    match state.services.feedback.act(&actor, id, action).await {
        Ok(Ok(())) => see_other(&format!("/can-bo/phan-anh/{id}?da_cap_nhat=1")),
        Ok(Err(ActProblem::NotFound)) => not_found(),
        Ok(Err(ActProblem::Denied(Denial::SignInRequired))) => see_other("/dang-nhap"),
        Ok(Err(ActProblem::Denied(Denial::Forbidden))) => Problem::NotYourRole.into_response(),
        Ok(Err(ActProblem::NotNow)) => Problem::NotInThisStatus.into_response(),
        Ok(Err(ActProblem::Invalid)) => Problem::BadData.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "a feedback action failed");
            unavailable()
        }
    }
}
