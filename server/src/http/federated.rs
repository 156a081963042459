//! `/dang-nhap/vneid` and its callback: sign-in through the national identity provider.
//! The state travels both in the provider's redirect and in a cookie of this browser, so a
//! callback started in another browser (login CSRF) is refused.

use super::AppState;
use super::forms::{
    checked_form, client_ip, constant_time_eq, rerender, see_other, session_cookie, user_agent, with_cookie,
};
use super::session::{cookie, secure_attr};
use crate::services::accounts::federated::{FederatedError, Finished, LinkError};
use app::pages::accounts::{LINK_COOKIE, LinkProblem, Posted};
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

const STATE_COOKIE: &str = "oidc_state";
const FAILED: &str = "/dang-nhap?vneid_loi=1";
const CHOICE_PAGE: &str = "/dang-nhap/vneid/lien-ket";

pub async fn begin(State(state): State<AppState>) -> Response {
    let Some(client) = state.oidc.clone() else {
        return (StatusCode::NOT_FOUND, "Không có đăng nhập định danh quốc gia. / National sign-in is not configured.")
            .into_response();
    };
    match state.accounts.begin_federated(&client).await {
        Ok(redirect) => {
            let max_age = crate::services::accounts::federated::LOGIN_FOR.num_seconds();
            let cookie = format!(
                "{STATE_COOKIE}={}; Path=/dang-nhap/vneid; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
                redirect.state,
                secure_attr(&state)
            );
            with_cookie(see_other(redirect.url.as_str()), &cookie)
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "cannot start the national sign-in");
            see_other(FAILED)
        }
    }
}

#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub async fn callback(State(state): State<AppState>, Query(query): Query<Callback>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let cleared =
        format!("{STATE_COOKIE}=; Path=/dang-nhap/vneid; HttpOnly; SameSite=Lax; Max-Age=0{}", secure_attr(&state));
    let Some(client) = state.oidc.clone() else { return StatusCode::NOT_FOUND.into_response() };
    let refused = |why: &'static str| {
        let (accounts, ip, cleared) = (state.accounts.clone(), client_ip(&parts), cleared.clone());
        async move {
            accounts.record_federated_refusal(why, ip).await;
            with_cookie(see_other(FAILED), &cleared)
        }
    };
    if let Some(error) = query.error {
        // The person cancelled, or the provider refused.
        tracing::info!(error = %error.chars().take(64).collect::<String>(), "national sign-in returned an error");
        return refused("provider_error").await;
    }
    let (Some(code), Some(returned)) = (query.code, query.state) else {
        return refused("incomplete_callback").await;
    };
    let ours = cookie(&parts.headers, STATE_COOKIE).unwrap_or_default();
    if ours.is_empty() || !constant_time_eq(ours.as_bytes(), returned.as_bytes()) {
        tracing::warn!("national sign-in callback without this browser's state; refused");
        return refused("state_not_this_browsers").await;
    }
    match state.accounts.finish_federated(&client, returned, code, client_ip(&parts), user_agent(&parts)).await {
        Ok(Finished::Session(session)) => {
            with_cookie(with_cookie(see_other("/tai-khoan"), &session_cookie(&state, &session)), &cleared)
        }
        Ok(Finished::ChooseLink(token)) => {
            let max_age = crate::services::accounts::federated::CHOICE_FOR.num_seconds();
            let choice = format!(
                "{LINK_COOKIE}={token}; Path=/dang-nhap/vneid; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
                secure_attr(&state)
            );
            with_cookie(with_cookie(see_other(CHOICE_PAGE), &choice), &cleared)
        }
        Err(e) => {
            let why = match &e {
                FederatedError::Unexpected(_) => {
                    tracing::error!(error = %e, "national sign-in failed");
                    return with_cookie(see_other(FAILED), &cleared);
                }
                FederatedError::InvalidState => "state_unknown_or_spent",
                FederatedError::Provider(_) => "provider_answer_refused",
                // Already audited where it was found.
                FederatedError::NotCitizen => return with_cookie(see_other(FAILED), &cleared),
            };
            tracing::warn!(error = %e, "national sign-in refused");
            refused(why).await
        }
    }
}

/// `POST /dang-nhap/vneid/lien-ket`: the person's choice (`lua_chon`): `lien_ket` with the held
/// account's password (`mat_khau`) and consent (`dong_y`), or `tao_moi` for a new account.
pub async fn choose(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let token = cookie(&parts.headers, LINK_COOKIE).unwrap_or_default();
    let (ip, agent) = (client_ip(&parts), user_agent(&parts));
    let chosen = match fields.get("lua_chon").map(String::as_str) {
        Some("lien_ket") => {
            let password = fields.get("mat_khau").cloned().unwrap_or_default();
            let consent = fields.get("dong_y").is_some_and(|v| v == "1");
            state.accounts.link_with_password(token, password, consent, ip, agent).await
        }
        Some("tao_moi") => state.accounts.link_as_new(token, ip, agent).await,
        _ => Err(LinkError::Expired),
    };
    let problem = match chosen {
        Ok(session) => {
            let cleared = format!(
                "{LINK_COOKIE}=; Path=/dang-nhap/vneid; HttpOnly; SameSite=Lax; Max-Age=0{}",
                secure_attr(&state)
            );
            return with_cookie(with_cookie(see_other("/tai-khoan"), &session_cookie(&state, &session)), &cleared);
        }
        Err(LinkError::Expired) => LinkProblem::Expired,
        Err(LinkError::WrongPassword) => LinkProblem::WrongPassword,
        Err(LinkError::NoConsent) => LinkProblem::NoConsent,
        Err(LinkError::Throttled(seconds)) => LinkProblem::Throttled { seconds },
        Err(LinkError::Busy) => LinkProblem::Unavailable,
        Err(LinkError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "linking a national sign-in failed");
            LinkProblem::Unavailable
        }
    };
    rerender(&state, parts, Posted::LinkChoice { problem }).await
}
