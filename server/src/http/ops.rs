//! Operations endpoints: liveness, readiness (database and storage reachable), Prometheus metrics.

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
    let status = if database.is_ok() && storage.is_ok() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let word = |ok: bool| if ok { "ok" } else { "unreachable" };
    (status, Json(json!({ "database": word(database.is_ok()), "storage": word(storage.is_ok()) })))
}

pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let (connections, idle) = state.db.pool_state();
    let body = state.metrics.render(connections, idle);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body)
}
