//! Officers: the second factor at sign-in (enrolment with QR and recovery codes, codes used
//! once), the 30-minute session, administration (create, roles, reset) and the audit log, all
//! authorized per role, on SQLite and PostgreSQL.

use crate::common;

use axum::http::StatusCode;
use common::people::{cookie_named, seeded};
use common::{Backend, TestApp, link_in};
use server::seed::accounts::DEMO_PASSWORD;
use server::services::accounts::totp;

fn now_step() -> i64 {
    totp::step_at(chrono::Utc::now().timestamp())
}

/// The value of `data-secret` on the enrolment page.
fn secret_in(page: &str) -> Option<String> {
    let rest = page.split("data-secret=\"").nth(1)?;
    Some(rest.split('"').next()?.to_owned())
}

/// Password step of an officer: the pending cookie.
async fn password_step(app: &TestApp, email: &str) -> String {
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", email), ("mat_khau", DEMO_PASSWORD)], "").await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    assert_eq!(posted.location.as_deref(), Some("/dang-nhap/ma-xac-thuc"));
    assert!(cookie_named(&posted.set_cookies, "phien").is_none(), "no session before the second factor");
    cookie_named(&posted.set_cookies, "xac_thuc").expect("pending cookie")
}

/// Signs an officer in completely (enrolling at the first time); returns the session cookie and
/// the TOTP secret.
async fn officer_session(app: &TestApp, email: &str, secret: Option<&str>, step_offset: i64) -> (String, String) {
    let pending = password_step(app, email).await;
    let secret = match secret {
        Some(s) => s.to_owned(),
        None => {
            let (status, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &pending)]).await;
            assert_eq!(status, StatusCode::OK);
            secret_in(&page).expect("enrolment shows the secret")
        }
    };
    let code = totp::code_at_step(&secret, now_step() + step_offset).unwrap();
    let done = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &code)], &pending).await;
    assert!(done.status.is_success() || done.status == StatusCode::SEE_OTHER, "{}", done.body);
    (cookie_named(&done.set_cookies, "phien").expect("session after the code"), secret)
}

both_backends!(enrolment_then_codes_once_then_recovery_codes, |backend: Backend| async move {
    let app = seeded(backend).await;
    let pending = password_step(&app, "motcua@demo.sonla.vn").await;
    let (status, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &pending)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<svg"), "a QR code is drawn");
    let secret = secret_in(&page).expect("secret shown for typing");

    // A wrong code: refused, no session.
    let wrong = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", "000000")], &pending).await;
    let right_now = totp::code_at_step(&secret, now_step()).unwrap();
    if right_now != "000000" {
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(wrong.body.contains("Mã xác thực không đúng"), "{}", wrong.body);
        assert!(cookie_named(&wrong.set_cookies, "phien").is_none());
    }

    // The right code enrols, shows ten recovery codes once, and starts a session.
    let done = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &right_now)], &pending).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let codes: Vec<String> =
        done.body.split("<li><code>").skip(1).filter_map(|s| s.split('<').next()).map(str::to_owned).collect();
    assert_eq!(codes.len(), 10, "{}", done.body);
    let session = cookie_named(&done.set_cookies, "phien").expect("session");
    let (status, account) = app.get_with("/tai-khoan", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(account.contains("Một cửa (tiếp nhận)"), "roles shown");

    // The officer's session is the 30-minute kind.
    let idle: Vec<i32> = app
        .state
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use server::db::schema::{accounts, sessions};
            Ok(sessions::table
                .inner_join(accounts::table)
                .filter(accounts::email.eq("motcua@demo.sonla.vn"))
                .select(sessions::idle_seconds)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(idle, vec![1800]);

    // The pending sign-in is spent.
    let replay = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &right_now)], &pending).await;
    assert!(replay.body.contains("đã hết hạn"), "{}", replay.body);

    // Next sign-in: no enrolment, and the code already used is refused; the next one works.
    let pending = password_step(&app, "motcua@demo.sonla.vn").await;
    let (_, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &pending)]).await;
    assert!(secret_in(&page).is_none(), "the secret is never shown again");
    let reused = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &right_now)], &pending).await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED, "a TOTP code works once");
    let next = totp::code_at_step(&secret, now_step() + 1).unwrap();
    let ok = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &next)], &pending).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

    // A recovery code works once (typed in upper case with a space).
    let pending = password_step(&app, "motcua@demo.sonla.vn").await;
    let typed = codes[3].to_uppercase().replace('-', " ");
    let recovered = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &typed)], &pending).await;
    assert_eq!(recovered.status, StatusCode::SEE_OTHER, "{}", recovered.body);
    let pending = password_step(&app, "motcua@demo.sonla.vn").await;
    let again = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &codes[3])], &pending).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
});

both_backends!(administration_is_authorized_per_role, |backend: Backend| async move {
    let app = seeded(backend).await;
    // Anonymous: sign in first. Reception: forbidden.
    let (status, _) = app.get("/quan-tri").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (reception, _) = officer_session(&app, "motcua@demo.sonla.vn", None, 0).await;
    let (status, _) = app.get_with("/quan-tri", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get_with("/quan-tri/nhat-ky", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The agency admin sees their agency, may not grant system admin, may create a leader.
    let (agency_admin, _) = officer_session(&app, "quantricoquan@demo.sonla.vn", None, 0).await;
    let (status, page) = app.get_with("/quan-tri", &[("cookie", &agency_admin)]).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Cầm Thị Một Cửa"));
    assert!(!page.contains("value=\"system_admin\""), "not grantable by an agency admin");
    let (status, _) = app.get_with("/quan-tri/nhat-ky", &[("cookie", &agency_admin)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the audit log is the system admin's");
    let agency = agency_option(&page);
    let form = |email: &str, role: &str| -> Vec<(&'static str, String)> {
        vec![
            ("ho_ten", "Lò Văn Mới".to_owned()),
            ("email", email.to_owned()),
            ("chuc_danh", "Chuyên viên".to_owned()),
            ("don_vi_chon", agency.clone()),
            ("vai_tro", role.to_owned()),
        ]
    };
    let refused = form("moi@demo.sonla.vn", "system_admin");
    let posted = app.post_form("/quan-tri/can-bo", &refs(&refused), &agency_admin).await;
    assert_eq!(posted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(posted.body.contains("không có quyền"), "{}", posted.body);
    let created = form("moi@demo.sonla.vn", "leader");
    let posted = app.post_form("/quan-tri/can-bo", &refs(&created), &agency_admin).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);

    // The new officer sets a password through the mailed link, then enrols at sign-in.
    let (_, body) = app.latest_mail_to("moi@demo.sonla.vn").await.expect("set-password mail");
    let link = link_in(&body);
    let token = link.split("ma=").nth(1).unwrap().to_owned();
    let new_password = "suối Nậm La chảy qua thành phố";
    let set = app
        .post_form(
            "/dat-lai-mat-khau",
            &[("ma", &token), ("mat_khau", new_password), ("nhap_lai_mat_khau", new_password)],
            "",
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let first =
        app.post_form("/dang-nhap", &[("dinh_danh", "moi@demo.sonla.vn"), ("mat_khau", new_password)], "").await;
    assert_eq!(first.location.as_deref(), Some("/dang-nhap/ma-xac-thuc"));

    // A role change ends the officer's sessions (a privilege change).
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::OK);
    let reception_id = officer_id(&app, "motcua@demo.sonla.vn").await;
    let path = format!("/quan-tri/can-bo/{reception_id}/vai-tro");
    let changed = app.post_form(&path, &[("vai_tro", "reception"), ("vai_tro", "leader")], &agency_admin).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "signed out by the role change");
    // The reception officer cannot change roles at all.
    let (reception, _) =
        officer_session(&app, "motcua@demo.sonla.vn", Some(&enrolled_secret(&app, "motcua@demo.sonla.vn").await), 1)
            .await;
    let denied = app.post_form(&path, &[("vai_tro", "agency_admin")], &reception).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);

    // The system admin reads the audit log, filtered.
    let (system_admin, _) = officer_session(&app, "quantri@demo.sonla.vn", None, 0).await;
    let (status, log) = app.get_with("/quan-tri/nhat-ky?su_kien=roles_changed", &[("cookie", &system_admin)]).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    assert!(log.contains("data-event=\"roles_changed\""));
    assert!(!log.contains("data-event=\"signed_in\""), "filtered to one event");
    let (_, log) = app.get_with("/quan-tri/nhat-ky?su_kien=officer_created", &[("cookie", &system_admin)]).await;
    assert!(log.contains("Vì Thị Quản Trị Cơ Quan"), "the actor is named");
});

fn refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

fn agency_option(page: &str) -> String {
    // The first "agency:" option of the create form (the agency as a whole).
    let rest = page.split("name=\"don_vi_chon\"").nth(1).expect("agency select");
    let value = rest.split("value=\"").nth(1).expect("an option");
    value.split('"').next().unwrap().to_owned()
}

async fn officer_id(app: &TestApp, email: &'static str) -> i64 {
    app.state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use server::db::schema::accounts;
            Ok(accounts::table.filter(accounts::email.eq(email)).select(accounts::id).first(conn)?)
        })
        .await
        .unwrap()
}

/// An enrolled officer's TOTP secret, opened with the server key as the portal does (it is
/// stored sealed: a test that reads it raw gets ciphertext).
async fn enrolled_secret(app: &TestApp, email: &'static str) -> String {
    let (id, sealed): (i64, String) = app
        .state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use server::db::schema::accounts;
            Ok(accounts::table
                .filter(accounts::email.eq(email))
                .select((accounts::id, accounts::totp_secret.assume_not_null()))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert!(sealed.starts_with("v1:"), "stored sealed, never in clear");
    common::server_key(app).open_for(id, &sealed).expect("opens under the server key")
}

#[test]
fn the_cli_creates_an_officer_and_prints_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let portal = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_portal"));
        for key in ["DATABASE_URL", "PORTAL_CONFIG", "PORTAL_STORAGE", "LOG_FORMAT", "RUST_LOG"] {
            cmd.env_remove(key);
        }
        cmd.env("PORTAL_DATA_DIR", dir.path());
        cmd
    };
    assert!(portal().arg("seed").output().unwrap().status.success());
    let unit = portal()
        .args(["admin", "create-unit", "--agency", "000.00.10.H52", "--code", "TTHC", "--name", "Phòng Kiểm soát TTHC"])
        .output()
        .unwrap();
    assert!(unit.status.success(), "{}", String::from_utf8_lossy(&unit.stderr));
    let out = portal()
        .args(["admin", "create-officer", "--email", "cli@demo.sonla.vn", "--name", "Lò Văn Cli"])
        .args(["--agency", "000.00.10.H52", "--unit", "TTHC", "--role", "specialist", "--role", "leader"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("/dat-lai-mat-khau?ma="), "{stdout}");
    // Unknown agency and unknown role are refused with a message.
    let bad = portal()
        .args([
            "admin",
            "create-officer",
            "--email",
            "x@demo.sonla.vn",
            "--name",
            "X",
            "--agency",
            "nope",
            "--role",
            "leader",
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown agency"));
    let bad_role = portal()
        .args([
            "admin",
            "create-officer",
            "--email",
            "y@demo.sonla.vn",
            "--name",
            "Y",
            "--agency",
            "000.00.10.H52",
            "--role",
            "root",
        ])
        .output()
        .unwrap();
    assert!(!bad_role.status.success());
}
