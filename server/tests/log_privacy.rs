//! Nothing secret or personal reaches the logs during registration and sign-in: passwords,
//! session and verification tokens, personal ID numbers. Logs are captured at TRACE level from
//! everything in the process.

#[path = "it/common/mod.rs"]
mod common;

use common::{Backend, TestApp, link_in};
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn captured() -> &'static Captured {
    static LOGS: OnceLock<Captured> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Captured::default();
        let writer = logs.clone();
        tracing_subscriber::fmt().with_env_filter("trace").with_writer(move || writer.clone()).with_ansi(false).init();
        logs
    })
}

const PASSWORD: &str = "bí mật tuyệt đối của Páo 2026";

async fn sign_in_journey(backend: Backend, citizen_id: &'static str, email: &'static str) {
    let logs = captured();
    let app = TestApp::start(backend).await;
    let form = [
        ("ho_ten", "Lò Văn Páo"),
        ("so_dinh_danh", citizen_id),
        ("ngay_sinh", "1985-03-14"),
        ("email", email),
        ("dien_thoai", ""),
        ("mat_khau", PASSWORD),
        ("nhap_lai_mat_khau", PASSWORD),
    ];
    app.post_form("/dang-ky", &form, "").await;
    let (_, body) = app.latest_mail_to(email).await.expect("mail");
    let link = link_in(&body);
    let verification_token = link.split("ma=").nth(1).expect("token").to_owned();
    app.get(&link).await;
    app.post_form("/dang-nhap", &[("dinh_danh", citizen_id), ("mat_khau", "một mật khẩu sai hẳn")], "").await;
    let signed_in = app.post_form("/dang-nhap", &[("dinh_danh", citizen_id), ("mat_khau", PASSWORD)], "").await;
    let session = signed_in.set_cookies.iter().find(|c| c.starts_with("phien=")).expect("session").clone();
    let session_token = session.trim_start_matches("phien=").split(';').next().unwrap().to_owned();
    app.get_with("/tai-khoan", &[("cookie", &format!("phien={session_token}"))]).await;

    let text = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(text.contains("route=/dang-nhap"), "the capture works: sign-in requests were logged");
    for (what, secret) in [
        ("password", PASSWORD),
        ("ID number", citizen_id),
        ("verification token", &verification_token),
        ("session token", &session_token),
    ] {
        assert!(!text.contains(secret), "the {what} appeared in the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_logs_no_secrets_on_sqlite() {
    sign_in_journey(Backend::Sqlite, "014085765432", "log.sqlite@example.vn").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_logs_no_secrets_on_postgres() {
    sign_in_journey(Backend::Postgres, "014085765433", "log.postgres@example.vn").await;
}
