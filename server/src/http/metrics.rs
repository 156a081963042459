//! Request metrics in Prometheus text format, and the one log line per request.
//!
//! Paths are recorded as the matched route (`/thu-tuc/{code}`), never the raw URL, so label sets
//! stay bounded and no query string (which may carry personal data) reaches a log or a metric.

use super::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;
use tracing::Instrument;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[derive(Default)]
struct Series {
    count: u64,
    sum_seconds: f64,
    buckets: [u64; BUCKETS.len()],
}

#[derive(Default)]
pub struct Metrics {
    // (method, route, status) → series. A mutex is plenty: the critical section is a few adds.
    series: Mutex<BTreeMap<(String, String, u16), Series>>,
}

impl Metrics {
    fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let s = series.entry((method.to_owned(), route.to_owned(), status)).or_default();
        s.count += 1;
        s.sum_seconds += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                s.buckets[i] += 1;
            }
        }
    }

    pub fn render(&self, db_connections: u32, db_idle: u32) -> String {
        let series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::new();
        out.push_str("# HELP portal_http_requests_total HTTP requests by method, route and status.\n");
        out.push_str("# TYPE portal_http_requests_total counter\n");
        for ((method, route, status), s) in series.iter() {
            let _ = writeln!(
                out,
                "portal_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {}",
                escape(route),
                s.count
            );
        }
        out.push_str("# HELP portal_http_request_duration_seconds Time to produce the response head.\n");
        out.push_str("# TYPE portal_http_request_duration_seconds histogram\n");
        for ((method, route, status), s) in series.iter() {
            let labels = format!("method=\"{method}\",route=\"{}\",status=\"{status}\"", escape(route));
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(out, "portal_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}");
            }
            let _ = writeln!(out, "portal_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", s.count);
            let _ = writeln!(out, "portal_http_request_duration_seconds_sum{{{labels}}} {}", s.sum_seconds);
            let _ = writeln!(out, "portal_http_request_duration_seconds_count{{{labels}}} {}", s.count);
        }
        out.push_str(
            "# HELP portal_db_pool_connections Open database connections.\n# TYPE portal_db_pool_connections gauge\n",
        );
        let _ = writeln!(out, "portal_db_pool_connections {db_connections}");
        out.push_str("# HELP portal_db_pool_idle_connections Idle database connections.\n# TYPE portal_db_pool_idle_connections gauge\n");
        let _ = writeln!(out, "portal_db_pool_idle_connections {db_idle}");
        out
    }
}

fn escape(label: &str) -> String {
    label.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Middleware: one span and one log line per request (method, route, status, latency, request
/// id), and the metrics above. The request id is taken from `x-request-id` when it is sane, so a
/// proxy's id carries through, and is returned in the response.
pub async fn observe(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = matched.map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| (1..=64).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map_or_else(new_request_id, str::to_owned);
    let span = tracing::info_span!("request", method = %method, route = %route, request_id = %request_id);
    let mut response = next.run(request).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    span.in_scope(|| tracing::info!(status, latency_ms = elapsed.as_secs_f64() * 1000.0, "request"));
    state.metrics.record(&method, &route, status, elapsed.as_secs_f64());
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

fn new_request_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}
