//! The demo people of the tests: the seeded portal, their sessions, their actors, and a complete
//! birth registration to file.

use super::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::accounts;
use server::seed::accounts::DEMO_PASSWORD;
use server::services::accounts::totp;
use shared::access::Actor;

/// The portal with the demo catalog and the demo accounts.
pub async fn seeded(backend: Backend) -> TestApp {
    let app = TestApp::start(backend).await;
    server::seed::accounts::seed_demo_accounts(&app.state.db).await.expect("demo accounts");
    app
}

/// The same, also served on a local port (see `TestApp::serving`).
pub async fn seeded_serving(backend: Backend) -> TestApp {
    let app = TestApp::serving(backend).await;
    server::seed::accounts::seed_demo_accounts(&app.state.db).await.expect("demo accounts");
    app
}

/// `name=value` of a cookie the response set (not one it cleared).
pub fn cookie_named(set_cookies: &[String], name: &str) -> Option<String> {
    set_cookies
        .iter()
        .find(|c| c.starts_with(&format!("{name}=")) && !c.starts_with(&format!("{name}=;")))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

/// A demo person's session (by e-mail or ID number; the demo password).
pub async fn session_of(app: &TestApp, who: &str) -> String {
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", who), ("mat_khau", DEMO_PASSWORD)], "").await;
    assert_eq!(posted.location.as_deref(), Some("/tai-khoan"), "signing in {who}");
    cookie_named(&posted.set_cookies, "phien").expect("session cookie")
}

/// A demo officer's first session, enrolling the authenticator on the way.
pub async fn officer(app: &TestApp, email: &str) -> String {
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", email), ("mat_khau", DEMO_PASSWORD)], "").await;
    let pending = cookie_named(&posted.set_cookies, "xac_thuc").expect("pending sign-in");
    let (_, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &pending)]).await;
    let secret =
        page.split("data-secret=\"").nth(1).expect("enrolment").split('"').next().unwrap_or_default().to_owned();
    let code = totp::code_at_step(&secret, totp::step_at(chrono::Utc::now().timestamp())).expect("code");
    let done = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &code)], &pending).await;
    cookie_named(&done.set_cookies, "phien").expect("officer session")
}

/// The actor of the person with this e-mail, with their businesses (as a session resolves it).
pub async fn person(app: &TestApp, email: &'static str) -> Actor {
    app.state
        .db
        .run(move |conn| {
            let id: i64 = accounts::table.filter(accounts::email.eq(email)).select(accounts::id).first(conn)?;
            server::services::accounts::sessions::person(conn, id)
        })
        .await
        .expect("person")
}

/// The fields of a complete birth registration (the demo citizen's child), as posted.
pub fn birth_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("chu_ho_so", "ban_than"),
        ("f.nguoi_yeu_cau", "Lò Thị Demo"),
        ("f.so_dinh_danh_nguoi_yeu_cau", "014190000001"),
        ("f.noi_cu_tru", "Bản Hụm, tổ 3"),
        ("f.xa_cu_tru", "03670"),
        ("f.quan_he", "me"),
        ("f.ho_ten_tre", "Lò Văn An"),
        ("f.ngay_sinh_tre", "2026-11-01"),
        ("f.gioi_tinh", "nam"),
        ("f.dan_toc", "Thái"),
        ("f.quoc_tich", "Việt Nam"),
        ("f.noi_sinh", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("f.ho_ten_me", "Lò Thị Demo"),
        ("f.ngay_sinh_me", "1990-05-19"),
        ("f.dan_toc_me", "Thái"),
        ("f.co_thong_tin_cha", "khong"),
        ("f.cam_doan", "1"),
    ]
}

/// The same, owned, for the service calls.
pub fn birth_pairs() -> Vec<(String, String)> {
    birth_fields().into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}
