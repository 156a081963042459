//! `/dang-nhap/vneid` and its callback: sign-in through the national identity provider.
//! The state travels both in the provider's redirect and in a cookie of this browser, so a
//! callback started in another browser (login CSRF) is refused. Where the person was going
//! (`?tiep=/path`, a path on this site) waits in a cookie of the same path until they are in.

use super::AppState;
use super::forms::{CsrfForm, client_ip, is_local_path, rerender, see_other, session_cookie, user_agent, with_cookie};
use super::problem::Problem;
use super::session::cookie;
use crate::services::accounts::federated::{FederatedError, Finished, LinkError};
use app::api::accounts::LINK_COOKIE;
use app::forms::{LinkProblem, Posted};
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

pub(super) const STATE_COOKIE: &str = "oidc_state";
/// Where to go once signed in (percent-encoded local path).
pub(super) const NEXT_COOKIE: &str = "oidc_next";
const FAILED: &str = "/dang-nhap?vneid_loi=1";
const CHOICE_PAGE: &str = "/dang-nhap/vneid/lien-ket";

#[derive(Deserialize)]
pub struct Begin {
    tiep: Option<String>,
}

/// A cookie of the national sign-in's paths (`Max-Age=0` clears it).
fn flow_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> String {
    super::cookies::private(state, name, value, "/dang-nhap/vneid", max_age)
}

const ACCOUNT: &str = "/tai-khoan";

/// Where a signed-in person goes on to. The account page by redirect; any other path through a
/// page of this site that refreshes to it: after the provider's redirect the browser calls the
/// next request cross-site (`Sec-Fetch-Site`), and a page that acts only on this site's own
/// navigation (starting a draft) would refuse it; a refresh from this page is this site's own.
fn go_on_to(next: &str) -> Response {
    if next == ACCOUNT {
        return see_other(ACCOUNT);
    }
    let href = shared::text::html_escape(next);
    let page = format!(
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"refresh\" content=\"0;url={href}\"><title>Đã đăng nhập</title></head>\
         <body><main><p>Đã đăng nhập. <a href=\"{href}\">Tiếp tục</a></p></main></body></html>"
    );
    ([(axum::http::header::CACHE_CONTROL, "no-store")], axum::response::Html(page)).into_response()
}

/// Where the person was going, as `begin` kept it (a path on this site).
fn kept_next(parts: &axum::http::request::Parts) -> Option<String> {
    cookie(&parts.headers, NEXT_COOKIE)
        .and_then(|v| serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("t={v}")).ok())
        .and_then(|mut pairs| pairs.pop().map(|(_, path)| path))
        .filter(|path| is_local_path(path))
}

/// Where the person was going; the account page otherwise.
fn next_of(parts: &axum::http::request::Parts) -> String {
    kept_next(parts).unwrap_or_else(|| ACCOUNT.to_owned())
}

/// The cookie keeping `next` (a local path) for `max_age` seconds; none clears it.
fn next_cookie(state: &AppState, next: Option<&str>, max_age: i64) -> String {
    match next {
        Some(next) => flow_cookie(state, NEXT_COOKIE, &app::links::encode_component(next), max_age),
        None => flow_cookie(state, NEXT_COOKIE, "", 0),
    }
}

/// The longest return path kept (encoded, it must fit a cookie).
const NEXT_MAX: usize = 1_000;

/// The return path to keep from `begin`'s request: a local path, asked for by this site's own
/// sign-in page. From another site's link it is dropped — the refresh that follows the sign-in
/// would otherwise carry that site's choice in as this site's own navigation.
fn next_to_keep(headers: &axum::http::HeaderMap, tiep: Option<String>) -> Option<String> {
    let own = headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"same-origin");
    tiep.filter(|t| own && t.len() <= NEXT_MAX && is_local_path(t))
}

pub async fn begin(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Query(begin): Query<Begin>,
) -> Response {
    let Some(client) = state.oidc.clone() else {
        return Problem::NoNationalSignIn.into_response();
    };
    match state.services.accounts.begin_federated(&client).await {
        Ok(redirect) => {
            let max_age = crate::services::accounts::federated::LOGIN_FOR.num_seconds();
            let response = with_cookie(
                see_other(redirect.url.as_str()),
                &flow_cookie(&state, STATE_COOKIE, &redirect.state, max_age),
            );
            // None kept: whatever an earlier try left is dropped.
            let next = next_to_keep(&headers, begin.tiep);
            with_cookie(response, &next_cookie(&state, next.as_deref(), max_age))
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
    let cleared = flow_cookie(&state, STATE_COOKIE, "", 0);
    let Some(client) = state.oidc.clone() else { return StatusCode::NOT_FOUND.into_response() };
    let refused = |why: &'static str| {
        let (accounts, ip, cleared) = (state.services.accounts.clone(), client_ip(&parts), cleared.clone());
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
    if ours.is_empty() || !shared::secret::same(ours.as_bytes(), returned.as_bytes()) {
        tracing::warn!("national sign-in callback without this browser's state; refused");
        return refused("state_not_this_browsers").await;
    }
    match state.services.accounts.finish_federated(&client, returned, code, client_ip(&parts), user_agent(&parts)).await
    {
        Ok(Finished::Session(session)) => {
            let response = with_cookie(go_on_to(&next_of(&parts)), &session_cookie(&state, &session));
            with_cookie(with_cookie(response, &cleared), &next_cookie(&state, None, 0))
        }
        Ok(Finished::ChooseLink(token)) => {
            let max_age = crate::services::accounts::federated::CHOICE_FOR.num_seconds();
            let choice = flow_cookie(&state, LINK_COOKIE, &token, max_age);
            // The return path waits as long as the choice does.
            let response = with_cookie(with_cookie(see_other(CHOICE_PAGE), &choice), &cleared);
            with_cookie(response, &next_cookie(&state, kept_next(&parts).as_deref(), max_age))
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
pub async fn choose(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let token = cookie(&parts.headers, LINK_COOKIE).unwrap_or_default();
    let (ip, agent) = (client_ip(&parts), user_agent(&parts));
    let chosen = match fields.get("lua_chon").map(String::as_str) {
        Some("lien_ket") => {
            let password = fields.get("mat_khau").cloned().unwrap_or_default();
            let consent = fields.get("dong_y").is_some_and(|v| v == "1");
            state.services.accounts.link_with_password(token, password, consent, ip, agent).await
        }
        Some("tao_moi") => state.services.accounts.link_as_new(token, ip, agent).await,
        _ => Err(LinkError::Expired),
    };
    let problem = match chosen {
        Ok(session) => {
            let response = with_cookie(go_on_to(&next_of(&parts)), &session_cookie(&state, &session));
            let response = with_cookie(response, &flow_cookie(&state, LINK_COOKIE, "", 0));
            return with_cookie(response, &next_cookie(&state, None, 0));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn from(site: &str) -> axum::http::HeaderMap {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert("sec-fetch-site", site.parse().unwrap());
        headers
    }

    #[test]
    fn only_this_sites_own_sign_in_page_sets_where_to_go() {
        let draft = || Some("/ho-so/tao?thu_tuc=1.001193".to_owned());
        assert_eq!(next_to_keep(&from("same-origin"), draft()), draft());
        assert_eq!(next_to_keep(&from("cross-site"), draft()), None, "another site's link");
        assert_eq!(next_to_keep(&from("same-site"), draft()), None, "a sibling subdomain");
        assert_eq!(next_to_keep(&axum::http::HeaderMap::new(), draft()), None, "no header: not known to be ours");
        assert_eq!(next_to_keep(&from("same-origin"), Some("//evil.example/x".into())), None, "not local");
        assert_eq!(next_to_keep(&from("same-origin"), Some(format!("/{}", "a".repeat(NEXT_MAX)))), None, "too long");
    }
}
