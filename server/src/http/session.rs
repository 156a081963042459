//! Resolves the session cookie into the request (`app::request::Viewer`) and makes sure
//! every browser has a CSRF token (`CsrfToken`), set as a cookie the first time.

use super::AppState;
use super::forms::ClientIp;
use crate::services::accounts::tokens;
use app::api::accounts::LINK_COOKIE;
use app::request::{CSRF_FIELD, CsrfPad, CsrfToken, ENROL_COOKIE, PENDING_COOKIE, SESSION_COOKIE, Viewer};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;

pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if let Some(peer) = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) {
        let forwarded = request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
        let ip = crate::config::client_address(peer, forwarded, &state.trusted_proxies);
        request.extensions_mut().insert(ClientIp(ip));
        request.extensions_mut().insert(app::request::ClientAddress(ip.to_string()));
    }
    // Anything answered to a signed-in browser, to one in the middle of signing in, or to a form
    // post may be personal (a dossier, the recovery codes): no cache may keep it.
    // (The site's own static files are the same for everyone.)
    let personal = !is_static_file(request.uri().path())
        && (!matches!(*request.method(), axum::http::Method::GET | axum::http::Method::HEAD)
            || PERSONAL_COOKIES.iter().any(|name| cookie(request.headers(), name).is_some()));
    let mut bound = None;
    if let Some(token) = cookie(request.headers(), SESSION_COOKIE) {
        match state.services.accounts.session(token.clone()).await {
            Ok(Some(live)) => {
                request.extensions_mut().insert(Viewer {
                    account_id: live.account_id,
                    full_name: live.full_name,
                    actor: live.actor,
                    identity_verified: live.identity_verified,
                });
                bound = Some(tokens::bound_csrf(&token));
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "session lookup failed; treating the request as signed out"),
        }
    }
    // A signed-in browser's token is its session's; a visitor's is random, kept while it lasts.
    let existing = cookie(request.headers(), CSRF_FIELD).filter(|t| tokens::is_well_formed(t));
    let token = bound.or_else(|| existing.clone()).unwrap_or_else(tokens::new_secret);
    let fresh = (existing.as_deref() != Some(token.as_str())).then(|| token.clone());
    request.extensions_mut().insert(CsrfToken(token.clone()));
    request.extensions_mut().insert(CsrfPad(rand::random::<[u8; 64]>().to_vec()));
    let viewer = request.extensions().get::<Viewer>().cloned();
    let mut response = next.run(request).await;
    // Who asked, for the middleware outside this one: the error page (`problem::render`) and the
    // page cache (an administrator's change empties it).
    if response.extensions().get::<super::problem::Problem>().is_some() {
        response.extensions_mut().insert(CsrfToken(token));
    }
    if let Some(viewer) = viewer {
        response.extensions_mut().insert(viewer);
    }
    if personal {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Some(token) = fresh {
        let cookie = super::cookies::csrf_token(&state, &token);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// The built site's files (cargo-leptos' `/pkg/` and `public/`).
fn is_static_file(path: &str) -> bool {
    path.starts_with("/pkg/") || matches!(path, "/favicon.svg" | "/robots.txt")
}

/// Cookies whose presence makes a response personal: a session, or a sign-in in progress.
pub(super) const PERSONAL_COOKIES: &[&str] = &[SESSION_COOKIE, PENDING_COOKIE, LINK_COOKIE, ENROL_COOKIE];

/// The value of cookie `name` in the request, if present.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    app::request::cookie_in(headers, name)
}
