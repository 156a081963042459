//! The account forms' POST handlers: register, sign in, sign out (here and everywhere), and the
//! e-mail verification link. Success answers with a redirect (303); a problem renders the same
//! page again, through Leptos, with the problems and the non-secret values typed.

use super::AppState;
use super::session::{cookie, secure_attr};
use app::pages::accounts::{CSRF_FIELD, CsrfToken, Posted, ResetProblem, SESSION_COOKIE, SignInProblem, Viewer};
use axum::body::Body;
use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use serde::Deserialize;
use shared::identity::RegistrationForm;
use std::collections::HashMap;
use std::net::SocketAddr;

/// Forms are small; anything bigger is not ours.
const MAX_FORM_BYTES: usize = 64 * 1024;

pub async fn register(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _, bytes) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let form: RegistrationForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    match form.validate() {
        Err(problems) => {
            rerender(&state, parts, Posted::Registration { form: form.without_passwords(), problems }).await
        }
        Ok(valid) => match state.accounts.register(valid, Some(client_ip(&parts))).await {
            Ok(()) => see_other("/dang-ky/kiem-tra-thu"),
            Err(e) => {
                tracing::error!(error = %e, "registration failed");
                unavailable()
            }
        },
    }
}

pub async fn sign_in(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let identifier = fields.get("dinh_danh").map(|s| s.trim().to_owned()).unwrap_or_default();
    let password = fields.get("mat_khau").cloned().unwrap_or_default();
    let user_agent = parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned);
    use crate::services::accounts::SignInError;
    match state.accounts.sign_in(&identifier, password, &client_ip(&parts), user_agent).await {
        Ok(signed_in) => with_cookie(see_other("/tai-khoan"), &session_cookie(&state, &signed_in.session)),
        Err(SignInError::Rejected) => {
            rerender(&state, parts, Posted::SignIn { identifier, problem: SignInProblem::Rejected }).await
        }
        Err(SignInError::EmailNotVerified) => {
            rerender(&state, parts, Posted::SignIn { identifier, problem: SignInProblem::EmailNotVerified }).await
        }
        Err(SignInError::Unexpected(e)) => {
            tracing::error!(error = %e, "sign-in failed");
            rerender(&state, parts, Posted::SignIn { identifier, problem: SignInProblem::Unavailable }).await
        }
    }
}

pub async fn sign_out(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    if let Some(token) = cookie(&parts.headers, SESSION_COOKIE) {
        if let Err(e) = state.accounts.sign_out(token, Some(client_ip(&parts))).await {
            tracing::error!(error = %e, "sign-out failed");
            return unavailable();
        }
    }
    with_cookie(see_other("/"), &clear_session_cookie(&state))
}

pub async fn sign_out_everywhere(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let Some(viewer) = parts.extensions.get::<Viewer>().cloned() else {
        return see_other("/dang-nhap");
    };
    if let Err(e) = state.accounts.sign_out_everywhere(viewer.account_id, Some(client_ip(&parts))).await {
        tracing::error!(error = %e, "sign-out everywhere failed");
        return unavailable();
    }
    with_cookie(see_other("/dang-nhap"), &clear_session_cookie(&state))
}

pub async fn change_password(State(state): State<AppState>, request: Request) -> Response {
    let (mut parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let Some(viewer) = parts.extensions.get::<Viewer>().cloned() else {
        return see_other("/dang-nhap");
    };
    // The form lives on the account page; a problem renders that page again.
    parts.uri = axum::http::Uri::from_static("/tai-khoan");
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let (current, new) = (field("mat_khau_hien_tai"), field("mat_khau"));
    if field("nhap_lai_mat_khau") != new {
        return rerender(&state, parts, Posted::ChangePassword { problems: vec![ResetProblem::Mismatch] }).await;
    }
    let user_agent = parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned);
    use crate::services::accounts::ChangeError;
    match state.accounts.change_password(viewer.account_id, current, new, &client_ip(&parts), user_agent).await {
        Ok(session) => with_cookie(see_other("/tai-khoan?da_doi_mat_khau=1"), &session_cookie(&state, &session)),
        Err(ChangeError::WrongCurrent) => {
            rerender(&state, parts, Posted::ChangePassword { problems: vec![ResetProblem::WrongCurrent] }).await
        }
        Err(ChangeError::Weak(problems)) => {
            let problems = problems.into_iter().map(ResetProblem::Password).collect();
            rerender(&state, parts, Posted::ChangePassword { problems }).await
        }
        Err(ChangeError::Unexpected(e)) => {
            tracing::error!(error = %e, "password change failed");
            unavailable()
        }
    }
}

pub async fn request_reset(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let email = fields.get("email").map(String::as_str).unwrap_or_default();
    match state.accounts.request_password_reset(email, Some(client_ip(&parts))).await {
        // The same answer whether or not the address has an account.
        Ok(()) => see_other("/quen-mat-khau/da-gui"),
        Err(e) => {
            tracing::error!(error = %e, "password reset request failed");
            unavailable()
        }
    }
}

pub async fn reset_password(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let token = fields.get("ma").cloned().unwrap_or_default();
    let password = fields.get("mat_khau").cloned().unwrap_or_default();
    if fields.get("nhap_lai_mat_khau") != Some(&password) {
        return rerender(&state, parts, Posted::Reset { token, problems: vec![ResetProblem::Mismatch] }).await;
    }
    use crate::services::accounts::ResetError;
    match state.accounts.reset_password(token.clone(), password, Some(client_ip(&parts))).await {
        Ok(()) => with_cookie(see_other("/dang-nhap?da_dat_lai=1"), &clear_session_cookie(&state)),
        Err(ResetError::InvalidLink) => {
            rerender(&state, parts, Posted::Reset { token, problems: vec![ResetProblem::InvalidLink] }).await
        }
        Err(ResetError::Weak(problems)) => {
            let problems = problems.into_iter().map(ResetProblem::Password).collect();
            rerender(&state, parts, Posted::Reset { token, problems }).await
        }
        Err(ResetError::Unexpected(e)) => {
            tracing::error!(error = %e, "password reset failed");
            unavailable()
        }
    }
}

#[derive(Deserialize)]
pub struct VerifyQuery {
    ma: Option<String>,
}

pub async fn verify_email(State(state): State<AppState>, Query(query): Query<VerifyQuery>) -> Response {
    match state.accounts.verify_email(query.ma.unwrap_or_default()).await {
        Ok(true) => see_other("/dang-nhap?da_xac_thuc=1"),
        Ok(false) => see_other("/dang-nhap?xac_thuc_loi=1"),
        Err(e) => {
            tracing::error!(error = %e, "e-mail verification failed");
            unavailable()
        }
    }
}

/// Reads a posted form and checks its CSRF token; an error is the response to send.
async fn checked_form(request: Request) -> Result<(Parts, HashMap<String, String>, axum::body::Bytes), Response> {
    let (parts, fields, bytes) = read_form(request).await?;
    check_csrf(&parts, &fields)?;
    Ok((parts, fields, bytes))
}

async fn read_form(request: Request) -> Result<(Parts, HashMap<String, String>, axum::body::Bytes), Response> {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "Biểu mẫu quá lớn. / Form too large.").into_response())?;
    let fields: HashMap<String, String> = serde_urlencoded::from_bytes(&bytes)
        .map_err(|_| (StatusCode::BAD_REQUEST, "Biểu mẫu không hợp lệ. / Invalid form.").into_response())?;
    Ok((parts, fields, bytes))
}

/// The double-submit check: the form's hidden token equals this browser's CSRF cookie.
fn check_csrf(parts: &Parts, fields: &HashMap<String, String>) -> Result<(), Response> {
    let expected = parts.extensions.get::<CsrfToken>().map(|t| t.0.as_str()).unwrap_or_default();
    let sent = fields.get(CSRF_FIELD).map(String::as_str).unwrap_or_default();
    let cookie_present = cookie(&parts.headers, CSRF_FIELD).is_some();
    if cookie_present && !expected.is_empty() && constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
        return Ok(());
    }
    Err((
        StatusCode::FORBIDDEN,
        axum::response::Html(
            "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Biểu mẫu đã hết hạn</title>\
             <p>Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng <a href=\"javascript:history.back()\">quay lại</a>, tải lại trang và gửi lại.</p>\
             <p lang=\"en\">The form expired or is invalid. Please go back, reload the page and submit again.</p></html>",
        ),
    )
        .into_response())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Renders the page at this request's path again with `posted` in context.
async fn rerender(state: &AppState, parts: Parts, posted: Posted) -> Response {
    let services = state.services.clone();
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(services.clone());
            provide_context(posted.clone());
        },
        move || app::shell(options.clone()),
    );
    render(Request::from_parts(parts, Body::empty())).await
}

fn client_ip(parts: &Parts) -> String {
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
}

fn see_other(location: &'static str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn session_cookie(state: &AppState, session: &crate::services::accounts::sessions::Started) -> String {
    let max_age = (session.expires_at - chrono::Utc::now().naive_utc()).num_seconds().max(0);
    format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        session.token,
        secure_attr(state)
    )
}

fn clear_session_cookie(state: &AppState) -> String {
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", secure_attr(state))
}

fn unavailable() -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, "Hệ thống đang bận, vui lòng thử lại sau. / Please try again later.")
        .into_response()
}
