//! A stand-in for the national portal's sync endpoint that speaks real HTTP on a local port: it
//! applies each event once by its `Idempotency-Key` (a key seen again is answered 409, as a
//! receiver that deduplicates does), and can be told to fail the next requests, or to apply one
//! and answer only after the sender has given up waiting (the answer lost to a timeout).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the receiver does with the next request.
#[derive(Clone, Copy, Debug)]
pub enum Next {
    /// Answers 503 without applying anything.
    Fail,
    /// Applies the event, then answers after this long (the sender's timeout is shorter).
    ApplyThenStall(Duration),
}

#[derive(Default)]
struct Inner {
    script: VecDeque<Next>,
    /// (idempotency key, dossier code, status) of every event applied, in the order applied.
    applied: Vec<(String, String, String)>,
    requests: usize,
    bearer: Vec<Option<String>>,
}

#[derive(Clone, Default)]
pub struct Receiver {
    inner: Arc<Mutex<Inner>>,
    pub url: String,
}

impl Receiver {
    /// Starts listening on a free local port.
    pub async fn start() -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/api/dong-bo", listener.local_addr().expect("address"));
        let receiver = Receiver { inner: Arc::default(), url };
        let app = axum::Router::new().route("/api/dong-bo", axum::routing::post(receive)).with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("receiver") });
        receiver
    }

    /// Queues what the next requests meet (after these, requests are applied and answered 200).
    pub fn script(&self, next: &[Next]) {
        self.inner.lock().unwrap().script.extend(next.iter().copied());
    }

    pub fn applied(&self) -> Vec<(String, String, String)> {
        self.inner.lock().unwrap().applied.clone()
    }

    pub fn requests(&self) -> usize {
        self.inner.lock().unwrap().requests
    }

    pub fn bearer_tokens(&self) -> Vec<Option<String>> {
        self.inner.lock().unwrap().bearer.clone()
    }
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, Json(body): Json<serde_json::Value>) -> StatusCode {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);
    let record = &body["record"];
    let event = (
        key.clone(),
        record["MaHoSo"].as_str().unwrap_or_default().to_owned(),
        record["TrangThaiHoSo"].as_str().unwrap_or_default().to_owned(),
    );
    let next = {
        let mut inner = r.inner.lock().unwrap();
        inner.requests += 1;
        inner.bearer.push(bearer);
        let next = inner.script.pop_front();
        if matches!(next, Some(Next::Fail)) {
            return StatusCode::SERVICE_UNAVAILABLE;
        }
        if inner.applied.iter().any(|(k, ..)| *k == key) {
            return StatusCode::CONFLICT;
        }
        inner.applied.push(event);
        next
    };
    if let Some(Next::ApplyThenStall(wait)) = next {
        tokio::time::sleep(wait).await;
    }
    StatusCode::OK
}
