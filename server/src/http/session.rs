//! Resolves the session cookie into the request (`app::pages::accounts::Viewer`) and makes sure
//! every browser has a CSRF token (`CsrfToken`), set as a cookie the first time.

use super::AppState;
use super::forms::ClientIp;
use crate::services::accounts::tokens;
use app::pages::accounts::{CSRF_FIELD, CsrfToken, SESSION_COOKIE, Viewer};
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
        request.extensions_mut().insert(app::pages::accounts::ClientAddress(ip.to_string()));
    }
    if let Some(token) = cookie(request.headers(), SESSION_COOKIE) {
        match state.accounts.session(token).await {
            Ok(Some(live)) => {
                request.extensions_mut().insert(Viewer {
                    account_id: live.account_id,
                    full_name: live.full_name,
                    actor: live.actor,
                    identity_verified: live.identity_verified,
                });
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "session lookup failed; treating the request as signed out"),
        }
    }
    let existing = cookie(request.headers(), CSRF_FIELD).filter(|t| tokens::is_well_formed(t));
    let fresh = existing.is_none().then(tokens::new_secret);
    let token = existing.or_else(|| fresh.clone()).unwrap_or_default();
    request.extensions_mut().insert(CsrfToken(token));
    let mut response = next.run(request).await;
    if let Some(token) = fresh {
        // Readable by the page's script (it is only a double-submit token), Strict so no other
        // site's request carries it.
        let cookie = format!("{CSRF_FIELD}={token}; Path=/; SameSite=Strict{}", secure_attr(&state));
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// `; Secure` when the portal is served over HTTPS (everywhere but a developer's localhost).
pub fn secure_attr(state: &AppState) -> &'static str {
    if state.secure_cookies { "; Secure" } else { "" }
}

/// The value of cookie `name` in the request, if present.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    app::pages::accounts::cookie_in(headers, name)
}
