//! Citizen registration, e-mail verification, sign-in, throttling and sessions, through the real
//! HTTP handlers, on SQLite and PostgreSQL.

use crate::common;

use axum::http::StatusCode;
use common::{Backend, TestApp, link_in};
use diesel::prelude::*;

const EMAIL: &str = "pao.lo@example.vn";
const PASSWORD: &str = "mây trắng bay qua đèo Pha Đin";

fn registration<'a>(email: &'a str, id: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("ho_ten", "Lò Văn Páo"),
        ("so_dinh_danh", id),
        ("ngay_sinh", "1985-03-14"),
        ("email", email),
        ("dien_thoai", "0912 345 678"),
        ("mat_khau", PASSWORD),
        ("nhap_lai_mat_khau", PASSWORD),
    ]
}

/// Registers and verifies a citizen; returns nothing, the account can sign in afterwards.
async fn registered_and_verified(app: &TestApp) {
    let posted = app.post_form("/dang-ky", &registration(EMAIL, "014085001234"), "").await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let (_, body) = app.latest_mail_to(EMAIL).await.expect("verification mail");
    let (status, _) = app.get(&link_in(&body)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

fn session_cookie(set_cookies: &[String]) -> Option<String> {
    set_cookies
        .iter()
        .find(|c| c.starts_with("phien=") && !c.starts_with("phien=;"))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

both_backends!(register_verify_sign_in_and_out, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let posted = app.post_form("/dang-ky", &registration(EMAIL, "014085001234"), "").await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert_eq!(posted.location.as_deref(), Some("/dang-ky/kiem-tra-thu"));

    // Before verification the right password is not enough.
    let early = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    assert!(early.body.contains("cần xác nhận địa chỉ thư điện tử"), "{}", early.body);

    let (subject, body) = app.latest_mail_to(EMAIL).await.expect("verification mail");
    assert!(subject.contains("Xác nhận"));
    let link = link_in(&body);
    let (status, _) = app.get(&link).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // The link works once.
    let again = app.request(axum::http::Request::get(&link).body(axum::body::Body::empty()).unwrap()).await;
    assert_eq!(again.headers()["location"], "/dang-nhap?xac_thuc_loi=1");

    // Sign in by personal ID number.
    let signed_in = app.post_form("/dang-nhap", &[("dinh_danh", "014085001234"), ("mat_khau", PASSWORD)], "").await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.body);
    assert_eq!(signed_in.location.as_deref(), Some("/tai-khoan"));
    let raw_cookie = signed_in.set_cookies.iter().find(|c| c.starts_with("phien=")).expect("session cookie").clone();
    assert!(
        raw_cookie.contains("HttpOnly") && raw_cookie.contains("SameSite=Lax") && raw_cookie.contains("Path=/"),
        "{raw_cookie}"
    );
    assert!(!raw_cookie.contains("Secure"), "plain-http localhost gets no Secure flag");
    let session = session_cookie(&signed_in.set_cookies).unwrap();

    let (status, page) = app.get_with("/tai-khoan", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Lò Văn Páo"));

    let out = app.post_form("/dang-xuat", &[], &session).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.set_cookies.iter().any(|c| c.starts_with("phien=;") && c.contains("Max-Age=0")));
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old session no longer works");
});

both_backends!(each_sign_in_gets_a_new_session, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    registered_and_verified(&app).await;
    let first = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    let first = session_cookie(&first.set_cookies).unwrap();
    let second = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], &first).await;
    let second = session_cookie(&second.set_cookies).unwrap();
    assert_ne!(first, second);
    // Sign out everywhere ends both.
    let out = app.post_form("/tai-khoan/dang-xuat-moi-noi", &[], &second).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    for cookie in [&first, &second] {
        let (status, _) = app.get_with("/tai-khoan", &[("cookie", cookie)]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
});

both_backends!(wrong_passwords_slow_attempts_down_but_never_lock_the_owner_out, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    registered_and_verified(&app).await;
    // The owner signed in before from their own browser, which keeps a device cookie.
    let own = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    let device = common::people::cookie_named(&own.set_cookies, "thiet_bi").expect("a device cookie");
    let wrong = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", "sai mật khẩu rồi")], "").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("Thông tin đăng nhập không đúng"));
    // Someone else guesses: after five failures each attempt must wait, answered before any
    // hashing, with the time to wait.
    for _ in 1..5 {
        app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", "sai mật khẩu rồi")], "").await;
    }
    let right = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS, "{}", right.body);
    assert!(right.body.contains("Vui lòng thử lại sau"), "{}", right.body);
    assert!(common::people::cookie_named(&right.set_cookies, "phien").is_none());
    // The owner's own browser is not slowed by a stranger's failures.
    let mine = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], &device).await;
    assert_eq!(mine.location.as_deref(), Some("/tai-khoan"), "{}", mine.body);
    // An identifier no account has is throttled exactly alike: the answer tells nothing.
    for _ in 0..5 {
        app.post_form("/dang-nhap", &[("dinh_danh", "nobody@example.vn"), ("mat_khau", "x y z t")], "").await;
    }
    let unknown = app.post_form("/dang-nhap", &[("dinh_danh", "nobody@example.vn"), ("mat_khau", "x y z t")], "").await;
    assert_eq!(unknown.status, StatusCode::TOO_MANY_REQUESTS);
    // However long the flood, the wait stays within minutes: the owner, even from a new
    // browser, is never kept out longer than that.
    let key = server::services::accounts::throttle::identifier_key("nobody@example.vn");
    let longest = app
        .state
        .db
        .run(move |conn| {
            use server::db::schema::login_throttle;
            for _ in 0..100 {
                server::services::accounts::throttle::record_failure(
                    conn,
                    &key,
                    server::services::accounts::throttle::PER_ACCOUNT,
                    shared::time::now(),
                )?;
            }
            Ok(login_throttle::table
                .filter(login_throttle::throttle_key.eq(&key))
                .select(login_throttle::locked_until)
                .first::<Option<chrono::NaiveDateTime>>(conn)?)
        })
        .await
        .unwrap()
        .unwrap();
    assert!(longest - shared::time::now() <= chrono::Duration::minutes(5));
});

both_backends!(registration_problems_are_shown_with_the_values_kept, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let mut fields = registration("not-an-email", "014085001234");
    fields[2] = ("ngay_sinh", "2001-01-01");
    let posted = app.post_form("/dang-ky", &fields, "").await;
    assert_eq!(posted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(posted.body.contains("Địa chỉ thư điện tử không hợp lệ"));
    assert!(posted.body.contains("không khớp với năm sinh"));
    assert!(posted.body.contains(r#"value="Lò Văn Páo""#), "typed values are kept");
    assert!(!posted.body.contains(PASSWORD), "passwords are never sent back");
});

both_backends!(registering_a_taken_address_answers_the_same, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    registered_and_verified(&app).await;
    let again = app.post_form("/dang-ky", &registration(EMAIL, "045085123456"), "").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location.as_deref(), Some("/dang-ky/kiem-tra-thu"));
    let (subject, _) = app.latest_mail_to(EMAIL).await.unwrap();
    assert!(subject.contains("Có người vừa đăng ký"), "the owner is told instead: {subject}");
});

both_backends!(forms_without_the_csrf_token_are_refused, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let request = axum::http::Request::post("/dang-nhap")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "http://127.0.0.1:3000")
        .body(axum::body::Body::from("dinh_danh=a%40b.vn&mat_khau=x"))
        .unwrap();
    assert_eq!(app.request(request).await.status(), StatusCode::FORBIDDEN);
    let cross_site = axum::http::Request::post("/dang-nhap")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .header("cookie", format!("csrf={}", common::CSRF))
        .body(axum::body::Body::from(format!("dinh_danh=a%40b.vn&mat_khau=x&csrf={}", common::CSRF)))
        .unwrap();
    assert_eq!(app.request(cross_site).await.status(), StatusCode::FORBIDDEN);
});

both_backends!(pages_set_a_csrf_cookie_and_embed_it, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let response = app.request(axum::http::Request::get("/dang-nhap").body(axum::body::Body::empty()).unwrap()).await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("csrf=") && cookie.contains("SameSite=Strict"), "{cookie}");
    let token = cookie.trim_start_matches("csrf=").split(';').next().unwrap().to_owned();
    let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    let page = String::from_utf8_lossy(&body).into_owned();
    // Masked with a fresh pad on every page (compressed pages must not repeat the secret), and it
    // still unmasks to the cookie's token.
    let embedded =
        |page: &str| page.split(r#"name="csrf" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let masked = embedded(&page);
    assert!(!page.contains(&token), "the bare token is not in the page");
    assert_eq!(shared::secret::unmasked(&masked).as_deref(), Some(token.as_str()));
    let (_, again) = app.get_with("/dang-nhap", &[("cookie", &format!("csrf={token}"))]).await;
    assert_ne!(embedded(&again), masked, "a new pad for each page");
    // The form as the page sent it is taken (a wrong password is refused as such, not as a forgery).
    let post = |csrf: String| {
        axum::http::Request::post("/dang-nhap")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "http://127.0.0.1:3000")
            .header("cookie", format!("csrf={token}"))
            .body(axum::body::Body::from(format!("dinh_danh=a%40b.vn&mat_khau=x&csrf={csrf}")))
            .unwrap()
    };
    assert_eq!(app.request(post(masked.clone())).await.status(), StatusCode::UNAUTHORIZED);
    let other = shared::secret::masked(&"0".repeat(64), &[7; 64]);
    assert_eq!(app.request(post(other)).await.status(), StatusCode::FORBIDDEN, "another token, masked");
});

both_backends!(the_demo_citizen_can_sign_in, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    use server::seed::accounts::{DEMO_CITIZEN, seed_demo_accounts};
    // Two citizens, one officer of each of the six roles in the ward, the ward police's
    // specialist, the provincial police's counter, specialist, leader and catalog admin, the
    // business registry's counter, and the public-service centre's counter and feedback desk.
    assert_eq!(seed_demo_accounts(&app.state.db).await.unwrap(), 16);
    assert_eq!(seed_demo_accounts(&app.state.db).await.unwrap(), 0, "idempotent");
    let signed_in = app
        .post_form("/dang-nhap", &[("dinh_danh", DEMO_CITIZEN.email), ("mat_khau", DEMO_CITIZEN.password)], "")
        .await;
    assert_eq!(signed_in.location.as_deref(), Some("/tai-khoan"), "{}", signed_in.body);
});

both_backends!(a_reset_link_works_once, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    registered_and_verified(&app).await;
    let before = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    let old_session = session_cookie(&before.set_cookies).unwrap();

    let asked = app.post_form("/quen-mat-khau", &[("email", EMAIL)], "").await;
    assert_eq!(asked.location.as_deref(), Some("/quen-mat-khau/da-gui"));
    let (subject, body) = app.latest_mail_to(EMAIL).await.unwrap();
    assert!(subject.contains("Đặt lại mật khẩu"));
    let link = link_in(&body);
    let token = link.split("ma=").nth(1).unwrap().to_owned();
    let (status, page) = app.get(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!(r#"name="ma" value="{token}""#)));

    const NEW: &str = "suối Nậm La chảy qua thành phố";
    let weak = app
        .post_form(
            "/dat-lai-mat-khau",
            &[("ma", &token), ("mat_khau", "1234567890"), ("nhap_lai_mat_khau", "1234567890")],
            "",
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("quá phổ biến"), "a weak password is refused and the link stays usable");

    let done =
        app.post_form("/dat-lai-mat-khau", &[("ma", &token), ("mat_khau", NEW), ("nhap_lai_mat_khau", NEW)], "").await;
    assert_eq!(done.location.as_deref(), Some("/dang-nhap?da_dat_lai=1"));
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &old_session)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a reset ends the old sessions");

    let again = app
        .post_form(
            "/dat-lai-mat-khau",
            &[("ma", &token), ("mat_khau", "một mật khẩu khác nữa"), ("nhap_lai_mat_khau", "một mật khẩu khác nữa")],
            "",
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("không hợp lệ, đã dùng hoặc đã hết hạn"), "the link works once");

    let old = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", NEW)], "").await;
    assert_eq!(new.location.as_deref(), Some("/tai-khoan"));
});

both_backends!(a_reset_for_an_unknown_address_answers_the_same, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let asked = app.post_form("/quen-mat-khau", &[("email", "nobody@example.vn")], "").await;
    assert_eq!(asked.location.as_deref(), Some("/quen-mat-khau/da-gui"));
    assert!(app.latest_mail_to("nobody@example.vn").await.is_none());
});

both_backends!(changing_the_password_needs_the_current_one_and_renews_the_session, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    registered_and_verified(&app).await;
    let first = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    let first = session_cookie(&first.set_cookies).unwrap();
    let other = app.post_form("/dang-nhap", &[("dinh_danh", EMAIL), ("mat_khau", PASSWORD)], "").await;
    let other = session_cookie(&other.set_cookies).unwrap();
    const NEW: &str = "đồi chè Mộc Châu xanh mướt";

    let wrong = app
        .post_form(
            "/tai-khoan/doi-mat-khau",
            &[("mat_khau_hien_tai", "không đúng đâu"), ("mat_khau", NEW), ("nhap_lai_mat_khau", NEW)],
            &first,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Mật khẩu hiện tại không đúng"));

    let changed = app
        .post_form(
            "/tai-khoan/doi-mat-khau",
            &[("mat_khau_hien_tai", PASSWORD), ("mat_khau", NEW), ("nhap_lai_mat_khau", NEW)],
            &first,
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/tai-khoan?da_doi_mat_khau=1"));
    let renewed = session_cookie(&changed.set_cookies).expect("a new session id");
    assert_ne!(renewed, first);
    for old in [&first, &other] {
        let (status, _) = app.get_with("/tai-khoan", &[("cookie", old)]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "old sessions end");
    }
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &renewed)]).await;
    assert_eq!(status, StatusCode::OK);
    let signed_out = app
        .post_form(
            "/tai-khoan/doi-mat-khau",
            &[("mat_khau_hien_tai", NEW), ("mat_khau", PASSWORD), ("nhap_lai_mat_khau", PASSWORD)],
            "",
        )
        .await;
    assert_eq!(signed_out.location.as_deref(), Some("/dang-nhap"), "signed-out visitors are sent to sign in");
});
