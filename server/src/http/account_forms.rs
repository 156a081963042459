//! The account forms' POST handlers: register, sign in, sign out (here and everywhere), and the
//! e-mail verification link. Success answers with a redirect (303); a problem renders the same
//! page again, through Leptos, with the problems and the non-secret values typed.

use super::AppState;
use super::cookies;
use super::forms::{
    CsrfForm, authorized, clear_session_cookie, client_ip, rerender, see_other, session_cookie, unavailable,
    user_agent, with_cookie,
};
use super::problem::Problem;
use super::session::cookie;
use crate::services::accounts::Limited;
use app::forms::{Posted, ResetProblem, SecondFactorProblem, SignInProblem};
use app::request::{DEVICE_COOKIE, ENROL_COOKIE, PENDING_COOKIE, SESSION_COOKIE};
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use shared::access::Action;
use shared::identity::RegistrationForm;

pub async fn register(State(state): State<AppState>, CsrfForm { parts, bytes, .. }: CsrfForm) -> Response {
    let form: RegistrationForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    match form.validate() {
        Err(problems) => {
            rerender(&state, parts, Posted::Registration { form: form.without_passwords(), problems }).await
        }
        Ok(valid) => match state.services.accounts.register(valid, Some(client_ip(&parts))).await {
            Ok(()) => see_other("/dang-ky/kiem-tra-thu"),
            Err(Limited::TooMany) => too_many(),
            Err(Limited::Unexpected(e)) => {
                tracing::error!(error = %e, "registration failed");
                unavailable()
            }
        },
    }
}

pub async fn sign_in(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let identifier = fields.get("dinh_danh").map(|s| s.trim().to_owned()).unwrap_or_default();
    use crate::services::accounts::{SignInAttempt, SignInError, SignedIn};
    let attempt = SignInAttempt {
        identifier: identifier.clone(),
        password: fields.get("mat_khau").cloned().unwrap_or_default(),
        ip: client_ip(&parts),
        user_agent: user_agent(&parts),
        device: cookie(&parts.headers, DEVICE_COOKIE),
        enrolment: cookie(&parts.headers, ENROL_COOKIE),
    };
    // Where the person was going (a local path), else their account.
    let next = super::forms::return_path(&fields);
    let problem = match state.services.accounts.sign_in(attempt).await {
        Ok(SignedIn::Session { session, device }) => {
            let target = next.as_deref().unwrap_or("/tai-khoan");
            let response = with_cookie(see_other(target), &session_cookie(&state, &session));
            return with_device(&state, response, device);
        }
        Ok(SignedIn::SecondFactor(pending)) => {
            let step = match &next {
                Some(next) => format!(
                    "/dang-nhap/ma-xac-thuc?{}={}",
                    super::forms::RETURN_FIELD,
                    app::links::encode_component(next)
                ),
                None => "/dang-nhap/ma-xac-thuc".to_owned(),
            };
            return with_cookie(see_other(&step), &pending_cookie(&state, &pending));
        }
        Err(SignInError::Rejected) => SignInProblem::Rejected,
        Err(SignInError::EmailNotVerified) => SignInProblem::EmailNotVerified,
        Err(SignInError::Throttled(seconds)) => SignInProblem::Throttled { seconds },
        Err(SignInError::Busy) => SignInProblem::Unavailable,
        Err(SignInError::Unexpected(e)) => {
            tracing::error!(error = %e, "sign-in failed");
            SignInProblem::Unavailable
        }
    };
    rerender(&state, parts, Posted::SignIn { identifier, problem }).await
}

/// A client that asked too often (registrations, reset requests): try again later.
fn too_many() -> Response {
    use axum::response::IntoResponse;
    Problem::TooManyRequests.into_response()
}

fn with_device(state: &AppState, response: Response, device: Option<String>) -> Response {
    let Some(token) = device else { return response };
    let max_age = crate::services::accounts::devices::DEVICE_FOR.num_seconds();
    let cookie = cookies::private(state, DEVICE_COOKIE, &token, "/dang-nhap", max_age);
    with_cookie(response, &cookie)
}

/// `GET /dang-nhap/cai-lai-xac-thuc?ma=…`: the re-enrolment link mailed after an administrator
/// reset an officer's second factor. A valid link is kept in a cookie for the sign-in that
/// follows (spent when the new authenticator is confirmed).
pub async fn enrolment_link(State(state): State<AppState>, Query(query): Query<VerifyQuery>) -> Response {
    let token = query.ma.unwrap_or_default();
    match state.services.accounts.enrolment_link_open(token.clone()).await {
        Ok(true) => {
            let max_age = crate::services::accounts::second_factor::ENROL_LINK_FOR.num_seconds();
            let cookie = cookies::private(&state, ENROL_COOKIE, &token, "/dang-nhap", max_age);
            with_cookie(see_other("/dang-nhap?cai_lai=1"), &cookie)
        }
        Ok(false) => see_other("/dang-nhap?cai_lai_loi=1"),
        Err(e) => {
            tracing::error!(error = %e, "re-enrolment link check failed");
            unavailable()
        }
    }
}

pub async fn sign_out(State(state): State<AppState>, CsrfForm { parts, .. }: CsrfForm) -> Response {
    if let Some(token) = cookie(&parts.headers, SESSION_COOKIE)
        && let Err(e) = state.services.accounts.sign_out(token, Some(client_ip(&parts))).await
    {
        tracing::error!(error = %e, "sign-out failed");
        return unavailable();
    }
    with_cookie(see_other("/"), &clear_session_cookie(&state))
}

pub async fn sign_out_everywhere(State(state): State<AppState>, CsrfForm { parts, .. }: CsrfForm) -> Response {
    let viewer = match authorized(&parts, Action::ManageOwnAccount) {
        Ok(v) => v,
        Err(response) => return response,
    };
    if let Err(e) = state.services.accounts.sign_out_everywhere(viewer.account_id, Some(client_ip(&parts))).await {
        tracing::error!(error = %e, "sign-out everywhere failed");
        return unavailable();
    }
    with_cookie(see_other("/dang-nhap"), &clear_session_cookie(&state))
}

pub async fn change_password(State(state): State<AppState>, CsrfForm { mut parts, fields, .. }: CsrfForm) -> Response {
    let viewer = match authorized(&parts, Action::ManageOwnAccount) {
        Ok(v) => v,
        Err(response) => return response,
    };
    // The form lives on the account page; a problem renders that page again.
    parts.uri = axum::http::Uri::from_static("/tai-khoan");
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let (current, new) = (field("mat_khau_hien_tai"), field("mat_khau"));
    if field("nhap_lai_mat_khau") != new {
        return rerender(&state, parts, Posted::ChangePassword { problems: vec![ResetProblem::Mismatch] }).await;
    }
    use crate::services::accounts::ChangeError;
    match state
        .services
        .accounts
        .change_password(viewer.account_id, current, new, &client_ip(&parts), user_agent(&parts))
        .await
    {
        Ok(session) => with_cookie(see_other("/tai-khoan?da_doi_mat_khau=1"), &session_cookie(&state, &session)),
        Err(ChangeError::WrongCurrent) => {
            rerender(&state, parts, Posted::ChangePassword { problems: vec![ResetProblem::WrongCurrent] }).await
        }
        Err(ChangeError::Throttled(seconds)) => {
            rerender(&state, parts, Posted::ChangePassword { problems: vec![ResetProblem::Throttled { seconds }] })
                .await
        }
        Err(ChangeError::Busy) => unavailable(),
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

pub async fn request_reset(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let email = fields.get("email").map(String::as_str).unwrap_or_default();
    match state.services.accounts.request_password_reset(email, Some(client_ip(&parts))).await {
        // The same answer whether or not the address has an account.
        Ok(()) => see_other("/quen-mat-khau/da-gui"),
        Err(Limited::TooMany) => too_many(),
        Err(Limited::Unexpected(e)) => {
            tracing::error!(error = %e, "password reset request failed");
            unavailable()
        }
    }
}

pub async fn reset_password(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let token = fields.get("ma").cloned().unwrap_or_default();
    let password = fields.get("mat_khau").cloned().unwrap_or_default();
    if fields.get("nhap_lai_mat_khau") != Some(&password) {
        return rerender(&state, parts, Posted::Reset { token, problems: vec![ResetProblem::Mismatch] }).await;
    }
    use crate::services::accounts::ResetError;
    match state.services.accounts.reset_password(token.clone(), password, Some(client_ip(&parts))).await {
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
    match state.services.accounts.verify_email(query.ma.unwrap_or_default()).await {
        Ok(true) => see_other("/dang-nhap?da_xac_thuc=1"),
        Ok(false) => see_other("/dang-nhap?xac_thuc_loi=1"),
        Err(e) => {
            tracing::error!(error = %e, "e-mail verification failed");
            unavailable()
        }
    }
}

/// The second step of an officer's sign-in: a TOTP code or a recovery code.
pub async fn second_factor(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let Some(pending) = cookie(&parts.headers, PENDING_COOKIE) else {
        return rerender(&state, parts, Posted::SecondFactor { problem: SecondFactorProblem::Expired }).await;
    };
    use crate::services::accounts::second_factor::{CodeAttempt, SecondFactorError};
    let attempt = CodeAttempt {
        pending,
        code: fields.get("ma").cloned().unwrap_or_default(),
        ip: client_ip(&parts),
        user_agent: user_agent(&parts),
        device: cookie(&parts.headers, DEVICE_COOKIE),
        enrolment: cookie(&parts.headers, ENROL_COOKIE),
    };
    let next = super::forms::return_path(&fields);
    let problem = match state.services.accounts.complete_second_factor(attempt).await {
        Ok(done) => {
            let session = session_cookie(&state, &done.session);
            let cleared = cookies::removed(&state, PENDING_COOKIE, "/dang-nhap");
            let response = match done.recovery_codes {
                // Shown once, in this response; the page links on to the account.
                Some(codes) => rerender(&state, parts, Posted::RecoveryCodes { codes }).await,
                None => see_other(next.as_deref().unwrap_or("/tai-khoan")),
            };
            return with_device(&state, with_cookie(with_cookie(response, &session), &cleared), done.device);
        }
        Err(SecondFactorError::WrongCode) => SecondFactorProblem::WrongCode,
        Err(SecondFactorError::Throttled(seconds)) => SecondFactorProblem::Throttled { seconds },
        Err(SecondFactorError::NoPending) => SecondFactorProblem::Expired,
        Err(SecondFactorError::Unexpected(e)) => {
            tracing::error!(error = %e, "second factor failed");
            return unavailable();
        }
    };
    rerender(&state, parts, Posted::SecondFactor { problem }).await
}

fn pending_cookie(state: &AppState, token: &str) -> String {
    let max_age = crate::services::accounts::second_factor::PENDING_FOR.num_seconds();
    cookies::private(state, PENDING_COOKIE, token, "/dang-nhap", max_age)
}
