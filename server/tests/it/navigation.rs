//! Finding one's way, on SQLite and PostgreSQL: the header leads each person to where they work
//! (everyone to the catalog and the lookup, a citizen to their dossiers, an officer to the queue,
//! an administrator to the administration); "Nộp trực tuyến" pressed before signing in signs in
//! and lands on the new draft; sign-in follows only a path on this site; a link from another
//! site cannot start a dossier.

use crate::common;

use axum::http::StatusCode;
use common::people::{cookie_named, officer, seeded, session_of};
use common::{Backend, TestApp};
use server::seed::accounts::{DEMO_CITIZEN, DEMO_PASSWORD};

/// GET `path` with `cookie`, as a page of this site links to it (`Sec-Fetch-Site`).
async fn follow(app: &TestApp, path: &str, cookie: &str, site: &str) -> (StatusCode, Option<String>) {
    let request = axum::http::Request::get(path)
        .header("cookie", cookie)
        .header("sec-fetch-site", site)
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.request(request).await;
    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
    (response.status(), location)
}

both_backends!(the_header_leads_each_person_to_their_place, |backend: Backend| async move {
    let app = seeded(backend).await;
    let nav = |page: &str| page.split("<nav").nth(1).unwrap_or_default().split("</nav>").next().unwrap().to_owned();
    let (_, home) = app.get("/").await;
    let anonymous = nav(&home);
    assert!(anonymous.contains(r#"href="/tra-cuu""#) && anonymous.contains(r#"href="/thu-tuc""#), "{anonymous}");
    assert!(!anonymous.contains(r#"href="/ho-so""#) && !anonymous.contains(r#"href="/can-bo""#));
    let content = home.split("<main").nth(1).unwrap_or_default();
    assert!(content.contains(r#"href="/tra-cuu""#), "the home page itself leads to the lookup");

    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (_, page) = app.get_with("/", &[("cookie", &citizen)]).await;
    let theirs = nav(&page);
    assert!(theirs.contains(r#"href="/ho-so""#) && theirs.contains("Hồ sơ của tôi"), "{theirs}");
    assert!(!theirs.contains(r#"href="/can-bo""#) && !theirs.contains(r#"href="/quan-tri""#));

    assert!(!theirs.contains("thông báo chưa đọc"), "nothing unread yet");
    // A notice about one of their dossiers: counted beside "Hồ sơ của tôi" until read.
    let (id, _) = common::dossiers::submitted_birth(&app).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let asked =
        common::dossiers::act(&app, &reception, id, "yeu_cau_bo_sung", &[("ghi_chu", "Giấy chứng sinh bị mờ")]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let (_, page) = app.get_with("/", &[("cookie", &citizen)]).await;
    assert!(
        nav(&page).contains(r#"<span class="badge">1<span class="visually-hidden"> thông báo chưa đọc</span>"#),
        "{}",
        nav(&page)
    );
    let (_, page) = app.get_with("/", &[("cookie", &reception)]).await;
    let theirs = nav(&page);
    assert!(theirs.contains(r#"href="/can-bo""#) && !theirs.contains(r#"href="/quan-tri""#), "{theirs}");
    assert!(!theirs.contains(r#"href="/ho-so""#));

    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let (_, page) = app.get_with("/", &[("cookie", &admin)]).await;
    assert!(nav(&page).contains(r#"href="/quan-tri""#));
});

both_backends!(filing_before_signing_in_lands_on_the_new_draft, |backend: Backend| async move {
    let app = seeded(backend).await;
    // Pressed while signed out: to sign in, and back to the filing afterwards.
    let pressed = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], "").await;
    assert_eq!(pressed.location.as_deref(), Some("/dang-nhap?tiep=%2Fho-so%2Ftao%3Fthu_tuc%3D1.001193"));
    let (status, page) = app.get(pressed.location.as_deref().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="tiep" value="/ho-so/tao?thu_tuc=1.001193""#), "carried by the form: {page}");
    let fields =
        [("dinh_danh", DEMO_CITIZEN.email), ("mat_khau", DEMO_PASSWORD), ("tiep", "/ho-so/tao?thu_tuc=1.001193")];
    let signed_in = app.post_form("/dang-nhap", &fields, "").await;
    assert_eq!(signed_in.location.as_deref(), Some("/ho-so/tao?thu_tuc=1.001193"));
    let session = cookie_named(&signed_in.set_cookies, "phien").unwrap();
    let (status, draft) = follow(&app, "/ho-so/tao?thu_tuc=1.001193", &session, "same-origin").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let draft = draft.unwrap();
    assert!(draft.starts_with("/ho-so/") && draft[7..].parse::<i64>().is_ok(), "{draft}");
    let (status, page) = app.get_with(&draft, &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Đăng ký khai sinh"));

    // A link from another site only leads to the procedure, whose button posts.
    for site in ["cross-site", "none"] {
        let (_, to) = follow(&app, "/ho-so/tao?thu_tuc=1.001193", &session, site).await;
        assert_eq!(to.as_deref(), Some("/thu-tuc/1.001193"), "{site}");
    }
    let (status, _) = follow(&app, "/ho-so/tao?thu_tuc=not-a-code", &session, "same-origin").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Only paths on this site are followed; a wrong password keeps the return in the form.
    for evil in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
        let fields = [("dinh_danh", DEMO_CITIZEN.email), ("mat_khau", DEMO_PASSWORD), ("tiep", evil)];
        assert_eq!(app.post_form("/dang-nhap", &fields, "").await.location.as_deref(), Some("/tai-khoan"), "{evil}");
    }
    let wrong = app
        .post_form(
            "/dang-nhap?tiep=%2Fho-so",
            &[("dinh_danh", DEMO_CITIZEN.email), ("mat_khau", "sai"), ("tiep", "/ho-so")],
            "",
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains(r#"name="tiep" value="/ho-so""#), "{}", wrong.body);

    // A page that needs signing in links to the sign-in that comes back to it.
    let (_, mine) = app.get("/ho-so").await;
    assert!(mine.contains(r#"href="/dang-nhap?tiep=%2Fho-so""#), "{mine}");
});

both_backends!(an_officer_with_a_second_factor_comes_back_too, |backend: Backend| async move {
    let app = seeded(backend).await;
    let _ = officer(&app, "motcua@demo.sonla.vn").await;
    let fields = [("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", DEMO_PASSWORD), ("tiep", "/can-bo?trang=2")];
    let first = app.post_form("/dang-nhap", &fields, "").await;
    assert_eq!(first.location.as_deref(), Some("/dang-nhap/ma-xac-thuc?tiep=%2Fcan-bo%3Ftrang%3D2"));
    let pending = cookie_named(&first.set_cookies, "xac_thuc").unwrap();
    let (_, page) = app.get_with(first.location.as_deref().unwrap(), &[("cookie", &pending)]).await;
    assert!(page.contains(r#"name="tiep" value="/can-bo?trang=2""#), "{page}");
});

both_backends!(the_footer_says_whom_to_contact_and_the_admin_changes_it, |backend: Backend| async move {
    let app = seeded(backend).await;
    let footer =
        |page: &str| page.split("<footer").nth(1).unwrap_or_default().split("</footer>").next().unwrap().to_owned();
    let (_, home) = app.get("/").await;
    let seen = footer(&home);
    assert!(seen.contains("Văn phòng Ủy ban nhân dân tỉnh Sơn La"), "who runs it: {seen}");
    assert!(seen.contains(r#"href="tel:18000000""#) && seen.contains(">1800 0000</a>"), "the hotline, callable");
    assert!(seen.contains(r#"href="mailto:motcua@sonla.example.vn""#), "the address to write to");
    assert!(seen.contains("Trung tâm Phục vụ hành chính công tỉnh Sơn La"), "whose hours");
    assert!(seen.contains("07:30–11:30, 13:30–17:00"), "the centre's hours: {seen}");

    // Only the system admin sets it.
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (status, _) = app.get_with("/quan-tri/lien-he", &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let typed = common::forms::CONTACT;
    let refused = app.post_form("/quan-tri/lien-he", &typed, &citizen).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let ward_admin = officer(&app, "quantricoquan@demo.sonla.vn").await;
    assert_eq!(app.post_form("/quan-tri/lien-he", &typed, &ward_admin).await.status, StatusCode::FORBIDDEN);

    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let (status, page) = app.get_with("/quan-tri/lien-he", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"value="1800 0000""#), "the editor shows what is set");
    // Bad values: the page again with what was typed and each problem on its field; nothing changes.
    let mut bad = typed;
    bad[2].1 = "12345";
    bad[3].1 = "không phải thư";
    bad[4].1 = "abc";
    let refused = app.post_form("/quan-tri/lien-he", &bad, &admin).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains(r##"<a href="#duong_day_nong">Nhập đường dây nóng"##), "{}", refused.body);
    assert!(refused.body.contains(r##"<a href="#thu_dien_tu">Nhập địa chỉ thư điện tử hợp lệ.</a>"##));
    assert!(refused.body.contains(r##"<a href="#gio_theo_co_quan">Chọn một cơ quan trong danh sách.</a>"##));
    assert!(refused.body.contains(r#"value="12345""#) && refused.body.contains(r#"value="Số 1 Tô Hiệu""#), "kept");
    let (_, home) = app.get("/").await;
    assert!(footer(&home).contains(">1800 0000</a>"), "unchanged");

    let saved = app.post_form("/quan-tri/lien-he", &typed, &admin).await;
    assert_eq!(saved.location.as_deref(), Some("/quan-tri/lien-he?da_luu=1"), "{}", saved.body);
    let (_, home) = app.get("/").await;
    let seen = footer(&home);
    assert!(seen.contains(r#"href="tel:02123852123""#) && seen.contains("Số 1 Tô Hiệu"), "shown at once: {seen}");
    assert!(!seen.contains("Giờ làm việc"), "no agency chosen, no hours");
    let (_, page) = app.get_with("/quan-tri/lien-he?da_luu=1", &[("cookie", &admin)]).await;
    assert!(page.contains("Đã lưu.") && page.contains("Cập nhật lần cuối"), "{page}");
    let changes: i64 = app
        .state
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use server::db::schema::audit_log;
            Ok(audit_log::table.filter(audit_log::event.eq("contact_changed")).count().get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(changes, 1, "the change is in the audit log, the refused tries are not");
});
