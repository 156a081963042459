//! Public pages kept for anonymous visitors (`server/src/http/page_cache.rs`): answered again with
//! a fresh CSP nonce each time, per language, never to a signed-in browser, emptied by an
//! administrator's change, and not at all when `PORTAL_PAGE_CACHE_SECONDS` is 0.

use crate::common;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use common::people::{seeded, session_of};
use common::{Backend, TestApp, TestDb};
use http_body_util::BodyExt;
use server::seed::accounts::DEMO_CITIZEN;

async fn get(app: &TestApp, path: &str, cookie: Option<&str>) -> Response<Body> {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    app.request(request.body(Body::empty()).unwrap()).await
}

fn header(response: &Response<Body>, name: &str) -> String {
    response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

/// The nonce of the response's Content-Security-Policy.
fn nonce(response: &Response<Body>) -> String {
    let policy = header(response, "content-security-policy");
    policy.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap_or_default().to_owned()
}

async fn text(response: Response<Body>) -> String {
    String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

#[tokio::test]
async fn an_anonymous_page_is_kept_and_each_answer_has_its_own_nonce() {
    let app = TestApp::start(Backend::Sqlite).await;
    let address = "/thu-tuc?q=khai+sinh";
    let first = get(&app, address, None).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(header(&first, "x-cache"), "miss");
    assert!(header(&first, "set-cookie").starts_with("csrf="), "a first visit still gets its CSRF cookie");
    let second = get(&app, address, None).await;
    assert_eq!(header(&second, "x-cache"), "hit");
    assert!(header(&second, "set-cookie").is_empty(), "no visitor's cookie is kept for another");
    assert_eq!(header(&second, "x-frame-options"), "DENY", "the security headers on a kept page too");

    let (n1, n2) = (nonce(&first), nonce(&second));
    assert!(n1.len() >= 16 && n2.len() >= 16 && n1 != n2, "a fresh nonce per answer: {n1} {n2}");
    let (page1, page2) = (text(first).await, text(second).await);
    assert!(page1.contains("Đăng ký khai sinh"), "the search's results");
    assert!(!page2.contains(&n1), "the kept page carries none of the first answer's nonce");
    assert_eq!(page1.matches(&n1).count(), page2.matches(&n2).count(), "the new nonce wherever the old one was");
    assert_eq!(page1.replace(&n1, "N"), page2.replace(&n2, "N"), "otherwise the same page");

    // Another address is another page.
    let other = get(&app, "/thu-tuc?q=ket+hon", None).await;
    assert_eq!(header(&other, "x-cache"), "miss");
}

#[tokio::test]
async fn a_kept_page_is_per_language_and_never_for_a_signed_in_browser() {
    let app = seeded(Backend::Sqlite).await;
    let vietnamese = text(get(&app, "/", None).await).await;
    let english = get(&app, "/", Some("lang=en")).await;
    assert_eq!(header(&english, "x-cache"), "miss", "English is its own page");
    let english = text(english).await;
    assert!(english.contains(r#"<html lang="en""#) && vietnamese.contains(r#"<html lang="vi""#));
    assert_eq!(header(&get(&app, "/", Some("lang=en")).await, "x-cache"), "hit");

    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let signed_in = get(&app, "/", Some(&session)).await;
    assert_eq!(header(&signed_in, "x-cache"), "", "rendered for the person, not kept");
    assert!(text(signed_in).await.contains(DEMO_CITIZEN.full_name), "their name in the header");
    // Pages that are not public are never kept.
    for path in ["/tra-cuu", "/dang-nhap", "/ho-so"] {
        let response = get(&app, path, None).await;
        assert_eq!(header(&response, "x-cache"), "", "{path}");
    }
    // Only a found page is kept: an unknown procedure's 404 is rendered each time.
    let missing = get(&app, "/thu-tuc/9.999999", None).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&get(&app, "/thu-tuc/9.999999", None).await, "x-cache"), "");
}

#[tokio::test]
async fn a_procedure_page_is_kept_and_its_file_online_button_signs_a_visitor_in_first() {
    let app = seeded(Backend::Sqlite).await;
    let first = get(&app, "/thu-tuc/1.001193", None).await;
    assert_eq!(header(&first, "x-cache"), "miss", "a visitor's procedure page holds nothing of theirs");
    let page = text(first).await;
    let button = page.split(r#"class="file-online""#).nth(1).unwrap_or_default().split("</form>").next().unwrap();
    assert!(page.contains(r#"<form method="get" action="/dang-nhap" class="file-online">"#), "{page}");
    assert!(button.contains(r#"name="tiep" value="/ho-so/tao?thu_tuc=1.001193""#), "{button}");
    assert!(!button.contains("csrf"), "{button}");
    assert_eq!(header(&get(&app, "/thu-tuc/1.001193", None).await, "x-cache"), "hit");

    // Signed in, the button posts (with the token) and makes the draft.
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let page = text(get(&app, "/thu-tuc/1.001193", Some(&session)).await).await;
    assert!(page.contains(r#"<form method="post" action="/ho-so/tao" class="file-online">"#), "{page}");
    assert!(page.contains(r#"name="csrf""#));
    // The visitor's form, submitted: the sign-in page, which goes on to start the draft.
    let (status, sign_in) = app.get("/dang-nhap?tiep=%2Fho-so%2Ftao%3Fthu_tuc%3D1.001193").await;
    assert_eq!(status, StatusCode::OK);
    assert!(sign_in.contains(r#"name="tiep" value="/ho-so/tao?thu_tuc=1.001193""#), "{sign_in}");
}

#[tokio::test]
async fn over_https_the_prefixed_session_and_language_cookies_are_read_too() {
    use tower::ServiceExt;
    let app = seeded(Backend::Sqlite).await;
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    // Over https the browser holds `__Host-phien` and `__Host-lang` (http/cookies.rs).
    let mut state = app.state.clone();
    state.secure_cookies = true;
    let ask = |cookie: String| {
        let router = server::http::router(state.clone());
        async move {
            let request = Request::get("/").header("cookie", cookie).body(Body::empty()).unwrap();
            router.oneshot(request).await.unwrap()
        }
    };
    let signed_in = ask(format!("__Host-{session}")).await;
    assert_eq!(header(&signed_in, "x-cache"), "", "a signed-in person's page is never kept");
    assert!(text(signed_in).await.contains(DEMO_CITIZEN.full_name));
    let anonymous = ask(String::new()).await;
    assert_eq!(header(&anonymous, "x-cache"), "miss");
    assert!(!text(anonymous).await.contains(DEMO_CITIZEN.full_name), "nobody else's name");
    let english = ask("__Host-lang=en".to_owned()).await;
    assert_eq!(header(&english, "x-cache"), "miss", "English is its own page over https too");
    assert!(text(english).await.contains(r#"<html lang="en""#));
}

#[tokio::test]
async fn a_strangers_refused_post_does_not_empty_the_cache_and_an_administrators_change_does() {
    let app = seeded(Backend::Sqlite).await;
    get(&app, "/", None).await;
    assert_eq!(header(&get(&app, "/", None).await, "x-cache"), "hit");
    // A made-up session and a token of the visitor's own: refused (sent to sign in).
    let token = common::CSRF;
    let stranger = app.post_form("/quan-tri/lien-he", &[("dia_chi", "x")], &format!("phien={token}")).await;
    assert!(stranger.status.is_redirection() || stranger.status.is_client_error(), "{}", stranger.status);
    assert_eq!(header(&get(&app, "/", None).await, "x-cache"), "hit", "still kept");
    // Other public addresses with a made-up query are rendered, not kept.
    assert_eq!(header(&get(&app, "/?x=1", None).await, "x-cache"), "");

    let admin = common::people::officer(&app, "quantri@demo.sonla.vn").await;
    let typed = common::forms::CONTACT;
    let saved = app.post_form("/quan-tri/lien-he", &typed, &admin).await;
    assert!(saved.status.is_redirection(), "{}", saved.body);
    let after = get(&app, "/", None).await;
    assert_eq!(header(&after, "x-cache"), "miss", "emptied by the change");
    assert!(text(after).await.contains("Số 1 Tô Hiệu"), "the new footer at once");
}

#[tokio::test]
async fn nothing_is_kept_when_the_setting_is_zero() {
    let db = TestDb::new(Backend::Sqlite);
    let mut config = db.config();
    config.page_cache = std::time::Duration::ZERO;
    let state = server::build_state(&config).await.unwrap();
    server::seed::seed_demo(&state.db).await.unwrap();
    let app = TestApp { state, db, origin: "http://127.0.0.1:3000".to_owned() };
    for _ in 0..2 {
        assert_eq!(header(&get(&app, "/", None).await, "x-cache"), "");
    }
}
