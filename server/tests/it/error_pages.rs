//! Every answer the portal gives instead of doing something is the app's error page, in the
//! visitor's language: real refusals through HTTP in Vietnamese and in English, and every kind of
//! problem (`server::http::problem::Problem::ALL`) rendered in both languages with its status.

use crate::common;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::people::{officer, seeded};
use common::{Backend, TestApp};
use server::http::problem::{Problem, page};

async fn text(response: axum::response::Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

/// What every error page has: the language, the site's header, the reason, no hydration.
fn assert_error_page(page: &str, lang: &str, reason: &str, not: &str) {
    assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{page}");
    let title =
        if lang == "en" { "Your request could not be done" } else { "Không thực hiện được yêu cầu" };
    let nav = if lang == "en" { "Track a dossier" } else { "Tra cứu hồ sơ" };
    assert!(page.contains(title) && page.contains(nav), "the app's page, with its header: {page}");
    assert!(page.contains(reason), "why, in the visitor's language: {page}");
    assert!(!page.contains(not), "not in the other language at once: {page}");
    assert!(!page.contains(".js"), "an error page is not hydrated (its address is no page): {page}");
}

both_backends!(refusals_answer_with_the_error_page_in_the_visitors_language, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    for (lang, cookie) in [("vi", reception.clone()), ("en", format!("lang=en; {reception}"))] {
        // A dossier that does not exist (or is not theirs): 404, through the service's error.
        let missing =
            app.post_form("/can-bo/ho-so/999999", &[("hanh_dong", "tiep_nhan"), ("phien_ban", "1")], &cookie).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let (reason, not) = if lang == "en" {
            ("This page or dossier was not found.", "Không tìm thấy trang hoặc hồ sơ này.")
        } else {
            ("Không tìm thấy trang hoặc hồ sơ này.", "This page or dossier was not found.")
        };
        assert_error_page(&missing.body, lang, reason, not);
        let signed_in =
            if lang == "en" { "Account: Cầm Thị Một Cửa" } else { "Tài khoản: Cầm Thị Một Cửa" };
        assert!(missing.body.contains(signed_in), "the header knows who is signed in: {}", missing.body);

        // A form without its CSRF token: 403, still audited as a refused forgery.
        let forged = Request::post("/can-bo/ho-so/1")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", app.origin.as_str())
            .header("cookie", cookie.as_str())
            .body(Body::from("hanh_dong=tiep_nhan&phien_ban=1"))
            .expect("request");
        let forged = app.request(forged).await;
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        let reason = if lang == "en" {
            "The form expired or is invalid."
        } else {
            "Biểu mẫu đã hết hạn hoặc không hợp lệ."
        };
        let not = if lang == "en" { "Biểu mẫu đã hết hạn" } else { "The form expired" };
        assert_error_page(&text(forged).await, lang, reason, not);
    }
    // A language the portal does not have: answered in the visitor's own.
    let (status, body) = app.get_with("/ngon-ngu/fr", &[("cookie", "lang=en")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error_page(&body, "en", "This language is not supported.", "Ngôn ngữ không được hỗ trợ");
});

both_backends!(every_problem_has_its_page_in_both_languages, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    // One page through the router first: it starts the executor Leptos renders on.
    assert_eq!(app.get("/thu-tuc").await.0, StatusCode::OK);
    for problem in Problem::ALL {
        for (lang, cookie) in [("vi", "lang=vi"), ("en", "lang=en")] {
            let (asked, ()) =
                Request::post("/ho-so/1").header("cookie", cookie).body(()).expect("request").into_parts();
            let answer = page(&app.state, asked, problem).await;
            assert_eq!(answer.status(), problem.status(), "{problem:?}");
            let (reason, not) = if lang == "en" {
                (problem.text().en, problem.text().vi)
            } else {
                (problem.text().vi, problem.text().en)
            };
            let html = text(answer).await.replace("&#x27;", "'").replace("&quot;", "\"");
            assert_error_page(&html, lang, reason, not);
        }
    }
});

both_backends!(over_https_the_error_page_reads_the_prefixed_language_cookie, |backend: Backend| async move {
    use tower::ServiceExt;
    let app = TestApp::start(backend).await;
    let mut state = app.state.clone();
    state.secure_cookies = true;
    let ask = |cookie: &'static str| {
        let router = server::http::router(state.clone());
        async move {
            let request = Request::get("/ngon-ngu/fr").header("cookie", cookie).body(Body::empty()).expect("request");
            text(router.oneshot(request).await.expect("router never fails")).await
        }
    };
    let english = ask("__Host-lang=en").await;
    assert_error_page(&english, "en", "This language is not supported.", "Ngôn ngữ không được hỗ trợ");
    // An unprefixed copy (a sibling host may plant one) is not the visitor's choice.
    let planted = ask("lang=en").await;
    assert_error_page(&planted, "vi", "Ngôn ngữ không được hỗ trợ.", "This language is not supported.");
});
