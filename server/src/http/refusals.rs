//! Forged requests (a CSRF token or an origin that is not ours) are written to the audit log, so
//! an attack shows where the system admin looks. Whatever refuses one marks its response with
//! [`CsrfRefused`]; this middleware records it, at most a few lines per client a minute so a
//! flood of forgeries cannot flood the log.

use super::AppState;
use crate::services::audit::{self, Entry, Event};
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;

/// Audit lines per client a minute.
pub const PER_MINUTE: u32 = 10;

/// The mark of a response that refused a forged request.
#[derive(Clone, Copy, Debug)]
pub struct CsrfRefused;

pub async fn audit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let ip = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| {
        let forwarded = request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
        crate::config::client_address(c.0.ip(), forwarded, &state.trusted_proxies).to_string()
    });
    let path = request.uri().path().chars().take(200).collect::<String>();
    let response = next.run(request).await;
    if response.extensions().get::<CsrfRefused>().is_some() {
        let ip = ip.unwrap_or_else(|| "unknown".to_owned());
        if state.refusal_audits.allow(&ip).await {
            let recorded = state
                .db
                .run(move |conn| {
                    let entry = Entry {
                        event: Event::CsrfRefused,
                        actor: None,
                        subject: None,
                        ip: Some(&ip),
                        detail: Some(&path),
                    };
                    audit::record(conn, shared::time::now(), entry)
                })
                .await;
            if let Err(e) = recorded {
                tracing::warn!(error = %e, "cannot audit a refused forgery");
            }
        }
    }
    response
}
