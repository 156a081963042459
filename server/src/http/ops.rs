//! Operations endpoints: liveness, readiness (database, storage and antivirus scanner reachable),
//! Prometheus metrics.

use super::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use serde_json::json;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let database = state.db.ping().await;
    let storage = crate::storage::ping(&state.store).await;
    if let Err(e) = &database {
        tracing::warn!(error = %e, "readiness: database unreachable");
    }
    if let Err(e) = &storage {
        tracing::warn!(error = %e, "readiness: storage unreachable");
    }
    // Without the scanner no upload is accepted (unless the settings accept unscanned files,
    // when its absence is reported but does not make the portal unready).
    let antivirus = state.scanner.ping().await;
    if let Err(e) = &antivirus {
        tracing::warn!(error = %e, "readiness: antivirus scanner unreachable");
    }
    let scanner_ok = antivirus.is_ok() || !state.scanner.refuses_when_down();
    let status = if database.is_ok() && storage.is_ok() && scanner_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let word = |ok: bool| if ok { "ok" } else { "unreachable" };
    let antivirus = antivirus.unwrap_or("unreachable");
    (
        status,
        Json(json!({ "database": word(database.is_ok()), "storage": word(storage.is_ok()), "antivirus": antivirus })),
    )
}

/// Metrics name the routes and their load: only for the configured addresses (loopback by
/// default) or a caller with `PORTAL_METRICS_TOKEN` as its bearer token; anyone else gets 404.
pub async fn metrics(State(state): State<AppState>, request: axum::extract::Request) -> axum::response::Response {
    let from = request.extensions().get::<super::forms::ClientIp>().map(|ip| ip.0);
    let allowed_address = from.is_some_and(|ip| state.security.metrics_from.iter().any(|n| n.contains(ip)));
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let token_ok = match (&state.security.metrics_token, bearer) {
        (Some(token), Some(sent)) => shared::secret::same(token.as_bytes(), sent.as_bytes()),
        _ => false,
    };
    if !allowed_address && !token_ok {
        return StatusCode::NOT_FOUND.into_response();
    }
    let (connections, idle) = state.db.pool_state();
    let body = state.metrics.render(connections, idle);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
}
