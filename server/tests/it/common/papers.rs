//! The papers the portal hands out, as files: fetched as a signed-in person, and what poppler's
//! `pdfsig` (any PDF reader's signature check) says of them.

use super::TestApp;

/// The bytes the portal serves at `path` to `session` (a 200 is asserted).
pub async fn fetched(app: &TestApp, path: &str, session: &str) -> Vec<u8> {
    let response = app
        .request(axum::http::Request::get(path).header("cookie", session).body(axum::body::Body::empty()).unwrap())
        .await;
    assert_eq!(response.status(), axum::http::StatusCode::OK, "{path}");
    http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes().to_vec()
}

/// What `pdfsig` says of `pdf` (installed by `scripts/setup.sh --tests`).
pub fn pdfsig(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paper.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdfsig")
        .arg(&path)
        .output()
        .expect("pdfsig (poppler-utils) runs: scripts/setup.sh --tests installs it");
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}
