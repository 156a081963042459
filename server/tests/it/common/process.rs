//! The real `portal serve` process, started on a test's database and data folder, for what needs
//! a process to kill (`crash`) or several to balance (`replicas`).

use super::TestApp;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// One `portal serve` process on the test's database and data folder.
pub struct Server {
    child: Child,
    lines: mpsc::Receiver<String>,
    pub origin: String,
}

impl Server {
    pub fn start(app: &TestApp, port: u16, point: Option<&str>) -> Server {
        Self::start_with(app, port, point, &[])
    }

    /// The same with more settings (`key`, `value`), which win over the test's.
    pub fn start_with(app: &TestApp, port: u16, point: Option<&str>, settings: &[(&str, &str)]) -> Server {
        let origin = format!("http://127.0.0.1:{port}");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_portal"));
        for key in ["PORTAL_CONFIG", "PORTAL_STORAGE", "LOG_FORMAT", "PORTAL_CRASH_POINT"] {
            cmd.env_remove(key);
        }
        cmd.arg("serve")
            .env("DATABASE_URL", &app.db.url)
            .env("PORTAL_DATA_DIR", app.db.dir.path())
            .env("PORTAL_LISTEN", format!("127.0.0.1:{port}"))
            .env("PORTAL_BASE_URL", &origin)
            .env("PORTAL_DB_POOL_SIZE", "4")
            .env("PORTAL_ANTIVIRUS", format!("clamd://{}", super::clamd_address()))
            .env("PORTAL_JOB_LEASE_SECONDS", "3")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(point) = point {
            cmd.env("PORTAL_CRASH_POINT", point);
        }
        for (key, value) in settings {
            cmd.env(key, value);
        }
        let mut child = cmd.spawn().expect("portal serve");
        let (tx, lines) = mpsc::channel();
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Server { child, lines, origin }
    }

    pub async fn ready(&self, client: &reqwest::Client) {
        for _ in 0..300 {
            if let Ok(r) = client.get(format!("{}/readyz", self.origin)).send().await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the portal did not become ready");
    }

    /// Waits until the process says it is held at `point`.
    pub fn held_at(&self, point: &str) {
        let wanted = format!("crash point reached: {point}");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while std::time::Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200))
                && line.contains(&wanted)
            {
                return;
            }
        }
        panic!("the portal never reached {point}");
    }

    /// SIGKILL: no destructor, no flush, no graceful anything.
    pub fn kill(mut self) {
        self.child.kill().expect("kill -9");
        let _ = self.child.wait();
    }

    /// The lines it wrote to standard error so far (its log).
    pub fn log(&self) -> Vec<String> {
        self.lines.try_iter().collect()
    }
}

impl Drop for Server {
    /// A test that fails leaves no server running.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A form post to the portal at `origin` as its page's browser sends it (CSRF cookie and field).
pub fn post(
    client: &reqwest::Client,
    origin: &str,
    path: &str,
    session: &str,
    form: Form<'_>,
) -> reqwest::RequestBuilder {
    let (content_type, body) = match form {
        Form::Multipart(fields, files) => super::forms::multipart(&super::csrf_for(session), fields, files),
        Form::Plain(fields) => {
            let mut all = vec![("csrf", super::csrf_for(session))];
            all.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
            ("application/x-www-form-urlencoded".to_owned(), serde_urlencoded::to_string(all).unwrap().into_bytes())
        }
    };
    client
        .post(format!("{origin}{path}"))
        .header("content-type", content_type)
        .header("origin", origin)
        .header("cookie", format!("csrf={}; {session}", super::csrf_for(session)))
        .body(body)
}

pub enum Form<'a> {
    Multipart(&'a [(&'a str, &'a str)], &'a [(&'a str, &'a str, &'a [u8])]),
    Plain(&'a [(&'a str, &'a str)]),
}
