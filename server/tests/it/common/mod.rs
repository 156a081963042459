//! Test harness: the real router in-process over a real database of either backend, with a real
//! object store on disk. Every test that touches the database runs on both backends
//! (`both_backends!`); each PostgreSQL test gets a database of its own, dropped afterwards.

#![allow(dead_code)]

pub mod dossiers;
pub mod forms;
pub mod national_receiver;
pub mod papers;
pub mod people;
pub mod process;
pub mod smtp_sink;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use diesel::{Connection, RunQueryDsl};
use http_body_util::BodyExt;
use server::config::{Config, Source};
use server::http::AppState;
use tower::ServiceExt;

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server for tests (trust auth on this machine); override with PORTAL_TEST_PG_URL.
pub fn pg_server_url() -> String {
    std::env::var("PORTAL_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

/// The S3-protocol server for tests (scripts/test.sh starts one); override with PORTAL_TEST_S3_ENDPOINT.
pub fn s3_endpoint() -> String {
    std::env::var("PORTAL_TEST_S3_ENDPOINT").unwrap_or_else(|_| "http://127.0.0.1:9137".to_owned())
}

/// Creates a bucket with a plain path-style PUT (object_store does not create buckets).
pub fn create_bucket(endpoint: &str, bucket: &str) {
    let authority = endpoint.trim_start_matches("http://").trim_end_matches('/');
    use std::io::{Read, Write};
    let mut stream =
        std::net::TcpStream::connect(authority).expect("the S3-protocol server must run (scripts/test.sh starts moto)");
    write!(stream, "PUT /{bucket} HTTP/1.1\r\nHost: {authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.0 200"), "bucket creation: {answer}");
}

/// The test suite's clamd (scripts/clamd.sh, started by scripts/test.sh): every upload of every
/// test passes it, as in production; override with PORTAL_TEST_CLAMD=HOST:PORT.
pub fn clamd_address() -> String {
    std::env::var("PORTAL_TEST_CLAMD").unwrap_or_else(|_| "127.0.0.1:3310".to_owned())
}

/// The scanner the portal gets in tests, for the tests that stream files themselves.
pub fn scanner() -> server::antivirus::Scanner {
    server::antivirus::Scanner::new(server::antivirus::AntivirusConfig {
        clamd: Some(clamd_address()),
        when_down: server::antivirus::WhenDown::Refuse,
    })
}

/// A PDF carrying the EICAR test string, which the test signature set finds as malware. Built
/// from two halves so this source file is not itself reported by a scanner.
pub fn eicar_pdf() -> Vec<u8> {
    let eicar = [r"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR", "-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].concat();
    format!("%PDF-1.4\n1 0 obj << /Title ({eicar}) >> endobj\n%%EOF\n").into_bytes()
}

/// A database (and data folder) that exists for one test.
pub struct TestDb {
    pub url: String,
    pub dir: tempfile::TempDir,
    pg_name: Option<String>,
}

impl TestDb {
    pub fn new(backend: Backend) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        match backend {
            Backend::Sqlite => {
                Self { url: format!("sqlite://{}", dir.path().join("portal.sqlite").display()), dir, pg_name: None }
            }
            Backend::Postgres => {
                let name = format!("portal_test_{:016x}", rand::random::<u64>());
                let mut admin = diesel::PgConnection::establish(&format!("{}/postgres", pg_server_url()))
                    .expect("PostgreSQL must be running for the test suite (see scripts/test.sh)");
                diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).expect("create test database");
                Self { url: format!("{}/{name}", pg_server_url()), dir, pg_name: Some(name) }
            }
        }
    }

    pub fn config(&self) -> Config {
        let data = self.dir.path().to_string_lossy().into_owned();
        let clamd = format!("clamd://{}", clamd_address());
        Config::from_source(&Source::from_pairs(&[
            ("DATABASE_URL", &self.url),
            ("PORTAL_DATA_DIR", &data),
            ("PORTAL_DB_POOL_SIZE", "4"),
            ("PORTAL_ANTIVIRUS", &clamd),
        ]))
        .expect("test configuration")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name
            && let Ok(mut admin) = diesel::PgConnection::establish(&format!("{}/postgres", pg_server_url()))
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin);
        }
    }
}

/// The portal with the demo catalog, ready to take requests.
pub struct TestApp {
    pub state: AppState,
    pub db: TestDb,
    /// The origin its pages are served from (what a browser's form posts carry).
    pub origin: String,
}

impl TestApp {
    pub async fn start(backend: Backend) -> Self {
        let db = TestDb::new(backend);
        let state = server::build_state(&db.config()).await.expect("state");
        server::seed::seed_demo(&state.db).await.expect("demo seed");
        server::seed::seed_demo_papers(&state.db, state.services.signatures.clone()).await.expect("demo keys");
        Self { state, db, origin: "http://127.0.0.1:3000".to_owned() }
    }

    /// The portal also served on a local port, for what reaches it over HTTP (the sandbox payment
    /// gateway's server-to-server notification and API calls).
    pub async fn serving(backend: Backend) -> Self {
        let db = TestDb::new(backend);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        let data = db.dir.path().to_string_lossy().into_owned();
        let clamd = format!("clamd://{}", clamd_address());
        let config = Config::from_source(&Source::from_pairs(&[
            ("DATABASE_URL", &db.url),
            ("PORTAL_DATA_DIR", &data),
            ("PORTAL_DB_POOL_SIZE", "4"),
            ("PORTAL_BASE_URL", &origin),
            ("PORTAL_ANTIVIRUS", &clamd),
        ]))
        .expect("test configuration");
        let state = server::build_state(&config).await.expect("state");
        server::seed::seed_demo(&state.db).await.expect("demo seed");
        server::seed::seed_demo_papers(&state.db, state.services.signatures.clone()).await.expect("demo keys");
        let router = server::http::router(state.clone());
        tokio::spawn(async move {
            let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
            let _ = axum::serve(listener, service).await;
        });
        Self { state, db, origin }
    }

    pub async fn request(&self, request: Request<Body>) -> Response<Body> {
        server::http::router(self.state.clone()).oneshot(request).await.expect("router never fails")
    }

    /// GET `path` (already percent-encoded as a browser would send it) → status and body text.
    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
        let mut builder = Request::get(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        let response = self.request(builder.body(Body::empty()).expect("request")).await;
        let status = response.status();
        let body = response.into_body().collect().await.expect("body").to_bytes();
        // `<!>` are Leptos' hydration markers between text nodes; assertions read the text.
        (status, String::from_utf8_lossy(&body).replace("<!>", ""))
    }
}

/// A CSRF token as a browser would hold it after its first page view (signed out).
pub const CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// The CSRF token a browser holds with these cookies: its session's once signed in (the
/// server binds it to the session), else [`CSRF`].
pub fn csrf_for(cookies: &str) -> String {
    let session = cookies.split(';').filter_map(|c| c.trim().strip_prefix("phien=")).next();
    session.map_or_else(|| CSRF.to_owned(), server::services::accounts::tokens::bound_csrf)
}

/// The answer to a form post.
pub struct Posted {
    pub status: StatusCode,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
    pub body: String,
}

impl TestApp {
    /// POSTs a form from this site's own page, with the CSRF cookie and field, plus `cookies`.
    /// A form posted as a browser would, with its CSRF token.
    fn form_request(&self, path: &str, fields: &[(&str, &str)], cookies: &str) -> Request<Body> {
        let csrf = csrf_for(cookies);
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &csrf));
        let body = serde_urlencoded::to_string(&all).expect("form");
        let cookie = if cookies.is_empty() { format!("csrf={csrf}") } else { format!("csrf={csrf}; {cookies}") };
        Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", self.origin.as_str())
            .header("cookie", cookie)
            .body(Body::from(body))
            .expect("request")
    }

    /// A form posted whose answer is a file: its status, type and bytes.
    pub async fn post_form_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookies: &str,
    ) -> (StatusCode, String, bytes::Bytes) {
        let response = self.request(self.form_request(path, fields, cookies)).await;
        let status = response.status();
        let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        (status, kind, response.into_body().collect().await.expect("body").to_bytes())
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)], cookies: &str) -> Posted {
        let response = self.request(self.form_request(path, fields, cookies)).await;
        let status = response.status();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let set_cookies = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect();
        let body = response.into_body().collect().await.expect("body").to_bytes();
        Posted { status, location, set_cookies, body: String::from_utf8_lossy(&body).replace("<!>", "") }
    }

    /// The newest delivered mail to `to`, after letting the delivery step run.
    pub async fn latest_mail_to(&self, to: &str) -> Option<(String, String)> {
        let now = shared::time::now();
        self.state.db.run(move |conn| server::services::notify::deliver_due(conn, now, true)).await.expect("deliver");
        let mails = self.state.db.run(|conn| server::services::notify::mailbox(conn, 50)).await.expect("mailbox");
        mails.into_iter().find(|m| m.to == to).map(|m| (m.subject, m.body))
    }
}

/// The portal's server key (the demo key file in the test's data folder).
pub fn server_key(app: &TestApp) -> server::services::accounts::server_key::ServerKey {
    server::services::accounts::server_key::ServerKey::load(&app.db.config().security.secret_key).expect("server key")
}

/// The background worker of this portal (mail kept whole, as the demo mailbox does).
pub fn worker(app: &TestApp) -> server::worker::Worker {
    server::worker::Worker {
        db: app.state.db.clone(),
        store: app.state.store.clone(),
        payments: app.state.services.payments.clone(),
        smtp: None,
        national_sync: None,
        demo_mailbox: true,
        base_url: app.db.config().base_url.clone(),
        id: "test-worker".to_owned(),
    }
}

/// The first line of a mail body that is a link to this site, as a path.
pub fn link_in(body: &str) -> String {
    let url = body.lines().find(|l| l.starts_with("http")).expect("a link in the mail");
    url.trim().trim_start_matches("http://127.0.0.1:3000").to_owned()
}

/// Procedure codes in the order the list page shows them.
pub fn listed_codes(html: &str) -> Vec<String> {
    html.split("<td role=\"cell\" class=\"code\">")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .map(str::to_owned)
        .collect()
}

/// Percent-encodes a query value the way a browser form does (UTF-8, space as `+`).
pub fn form_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) => out.push(b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A guard against a hung test (a lock never released, a server that never answers): fail
/// after this long instead of stalling the whole suite. Not a speed assertion.
pub const HANG_GUARD: std::time::Duration = std::time::Duration::from_secs(120);

/// Declares one async test per backend from a body that takes the backend.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                tokio::time::timeout($crate::common::HANG_GUARD, ($body)($crate::common::Backend::Sqlite))
                    .await
                    .expect("test hung")
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                tokio::time::timeout($crate::common::HANG_GUARD, ($body)($crate::common::Backend::Postgres))
                    .await
                    .expect("test hung")
            }
        }
    };
}
