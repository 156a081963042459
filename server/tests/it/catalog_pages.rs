//! The public catalog pages, bad input, language, and operations endpoints, on both backends.

use crate::common;

use axum::http::StatusCode;
use common::{Backend, TestApp, listed_codes};

both_backends!(home_groups_by_field_and_level, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (status, body) = app.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="vi""#));
    assert!(body.contains("Thủ tục theo lĩnh vực") && body.contains("Thủ tục theo cấp thực hiện"));
    assert!(body.contains(r#"href="/thu-tuc?linh_vuc=HT""#), "fields link to the filtered list");
    assert!(body.contains(r#"href="/thu-tuc?cap=commune""#));
    assert!(body.contains("Cách nộp hồ sơ trực tuyến"));
});

both_backends!(filters_narrow_the_list, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let n = server::seed::demo_catalog().procedures.len();
    let (_, all) = app.get("/thu-tuc").await;
    assert_eq!(listed_codes(&all).len(), n.min(20), "a page of the list");
    assert!(all.contains(&format!("<strong>{n}</strong>")));

    let (_, province) = app.get("/thu-tuc?cap=province").await;
    let province = listed_codes(&province);
    assert!(province.contains(&"3.000333".to_owned()) && !province.contains(&"1.001193".to_owned()));

    let (_, civil) = app.get("/thu-tuc?linh_vuc=HT&muc_do=full").await;
    let civil = listed_codes(&civil);
    assert!(civil.contains(&"1.001193".to_owned()));
    assert!(!civil.contains(&"1.003583".to_owned()), "mobile registration is not full online");

    let (_, police) = app.get("/thu-tuc?co_quan=000.00.13.H52").await;
    let police = listed_codes(&police);
    let provincial_police: Vec<String> = server::seed::demo_catalog()
        .procedures
        .iter()
        .filter(|p| p.agency.as_str() == "000.00.13.H52")
        .map(|p| p.code.to_string())
        .collect();
    assert!(police.contains(&"3.000333".to_owned()) && police.len() == provincial_police.len(), "{police:?}");

    // Empty values, as a form sends for "all", are no filter.
    let (status, empty) = app.get("/thu-tuc?q=&co_quan=&linh_vuc=&cap=&muc_do=").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed_codes(&empty).len(), n.min(20));
});

both_backends!(pages_through_a_large_catalog, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    server::seed::seed_synthetic(&app.state.db, 45).await.unwrap();
    let total = 45 + server::seed::demo_catalog().procedures.len();
    let pages = total.div_ceil(20);
    let mut seen = Vec::new();
    for page in 1..=pages {
        let (status, body) = app.get(&format!("/thu-tuc?trang={page}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains(&format!("Trang {page} / {pages}")), "page {page}");
        seen.extend(listed_codes(&body));
    }
    assert_eq!(seen.len(), total);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), total, "no procedure on two pages");
    let (_, first) = app.get("/thu-tuc").await;
    assert!(first.contains(r#"href="/thu-tuc?trang=2""#) && !first.contains(r#"rel="prev""#));
});

both_backends!(bad_query_input_is_a_clear_4xx, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let long_q = "a".repeat(10 * 1024);
    let cases: Vec<(String, &str)> = vec![
        ("/thu-tuc?trang=-1".into(), "Số trang không hợp lệ"),
        ("/thu-tuc?trang=abc".into(), "Số trang không hợp lệ"),
        ("/thu-tuc?muc_do=level4".into(), "Mức độ dịch vụ công trực tuyến không hợp lệ"),
        ("/thu-tuc?cap=district".into(), "Cấp thực hiện không hợp lệ"),
        ("/thu-tuc?co_quan=not-an-agency".into(), "Cơ quan thực hiện đã chọn không có trong danh mục"),
        ("/thu-tuc?co_quan=000.99.99.H52".into(), "Cơ quan thực hiện đã chọn không có trong danh mục"),
        ("/thu-tuc?linh_vuc=NOPE".into(), "Lĩnh vực đã chọn không có trong danh mục"),
        (format!("/thu-tuc?q={long_q}"), "Từ khóa tìm kiếm quá dài"),
        ("/thu-tuc/abc".into(), "Mã thủ tục không hợp lệ"),
        ("/thu-tuc/%FF".into(), "không phải UTF-8"),
        ("/thu-tuc?q=%C3".into(), "không phải UTF-8"),
    ];
    for (path, message) in cases {
        let (status, body) = app.get(&path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{}", &path[..path.len().min(60)]);
        assert!(body.contains(message), "{} should say {message}", &path[..path.len().min(60)]);
        assert!(body.contains("role=\"alert\""), "the message is announced");
    }
    let (status, body) = app.get("/thu-tuc/9.999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Không tìm thấy thủ tục có mã này"));
    let (status, _) = app.get("/khong-co-trang-nay").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

both_backends!(detail_shows_every_constituent_part, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (status, body) = app.get("/thu-tuc/1.001193").await;
    assert_eq!(status, StatusCode::OK);
    for heading in [
        "Đăng ký khai sinh",
        "Cách thức thực hiện",
        "Thời hạn giải quyết",
        "Phí, lệ phí",
        "Thành phần hồ sơ",
        "Bản chính",
        "Mẫu đơn, tờ khai",
        "Trình tự thực hiện",
        "Yêu cầu, điều kiện",
        "Căn cứ pháp lý",
        "Kết quả thực hiện",
        "Cơ quan thực hiện",
        "Đối tượng thực hiện",
    ] {
        assert!(body.contains(heading), "missing {heading}");
    }
    assert!(body.contains("sau 15:00"), "same-day cut-off is shown");
    assert!(body.contains("8.000 đ"), "late registration fee in Vietnamese money format");
    // Marriage: the same exemption stands on each channel's fee; the page says it once.
    let (_, marriage) = app.get("/thu-tuc/1.000894").await;
    let shown = marriage.split("<main").nth(1).unwrap().split("</main>").next().unwrap();
    assert_eq!(shown.matches("Miễn lệ phí đăng ký kết hôn").count(), 1, "{shown}");
    assert!(shown.contains("Miễn, giảm phí, lệ phí"));
    // Not offered online: where to file it instead.
    let (_, mobile) = app.get("/thu-tuc/1.003583").await;
    assert!(mobile.contains("Nơi nộp hồ sơ: <strong>Ủy ban nhân dân phường Tô Hiệu</strong>"), "{mobile}");

    let (_, residence) = app.get("/thu-tuc/1.004222").await;
    assert!(residence.contains("20.000 đ") && residence.contains("10.000 đ"), "fees differ by channel");
    let (_, certification) = app.get("/thu-tuc/2.000815").await;
    assert!(certification.contains("tối đa 200.000 đ"), "per-page fee with its cap");
});

both_backends!(english_interface_on_request, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (status, body) = app.get_with("/thu-tuc", &[("cookie", "lang=en")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("Catalog of administrative procedures"));
    let (_, bad) = app.get_with("/thu-tuc?trang=0", &[("cookie", "lang=en")]).await;
    assert!(bad.contains("Invalid page number"));
});

both_backends!(operations_endpoints, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    assert_eq!(app.get("/healthz").await, (StatusCode::OK, "ok".to_owned()));
    let (status, ready) = app.get("/readyz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ready, r#"{"antivirus":"ok","database":"ok","storage":"ok"}"#);
    let router = server::http::router(app.state.clone());
    use tower::ServiceExt;
    let _ = router
        .clone()
        .oneshot(axum::http::Request::get("/thu-tuc/1.001193").body(axum::body::Body::empty()).unwrap())
        .await;
    // Metrics only for the configured addresses (none in-process here) or the bearer token.
    let response = router
        .clone()
        .oneshot(axum::http::Request::get("/metrics").body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND, "not for anyone");
    let mut state = app.state.clone();
    state.security.metrics_token = Some("metrics-token-of-the-test".to_owned());
    let router = server::http::router(state);
    let wrong = router
        .clone()
        .oneshot(
            axum::http::Request::get("/metrics")
                .header("authorization", "Bearer guess")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    let response = router
        .oneshot(
            axum::http::Request::get("/metrics")
                .header("authorization", "Bearer metrics-token-of-the-test")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let metrics =
        String::from_utf8(http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes().to_vec())
            .unwrap();
    assert!(
        metrics.contains(r#"portal_http_requests_total{method="GET",route="/thu-tuc/{code}",status="200"} 1"#),
        "{metrics}"
    );
    assert!(metrics.contains("portal_db_pool_connections"));
});

both_backends!(responses_carry_security_headers_and_request_id, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let response = app
        .request(
            axum::http::Request::get("/").header("x-request-id", "abc-123").body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    let h = response.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    let csp = h["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    assert!(!h.contains_key("strict-transport-security"), "no HSTS on plain-http localhost");
    assert_eq!(h["x-request-id"], "abc-123");
    // The page's inline scripts carry the nonce its policy names.
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce").to_owned();
    let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    let html = String::from_utf8_lossy(&body);
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)));
    assert!(
        !html.replace(&format!(r#"nonce="{nonce}""#), "").contains("<script>"),
        "no inline script without the nonce"
    );
});

both_backends!(https_deployments_send_hsts_and_secure_cookies, |backend: Backend| async move {
    let test_db = common::TestDb::new(backend);
    let mut config = test_db.config();
    config.base_url = url::Url::parse("https://dichvucong.sonla.gov.vn").unwrap();
    let state = server::build_state(&config).await.unwrap();
    use tower::ServiceExt;
    let response = server::http::router(state)
        .oneshot(axum::http::Request::get("/dang-nhap").body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
    assert!(response.headers()["set-cookie"].to_str().unwrap().contains("; Secure"), "the CSRF cookie is Secure");
});

both_backends!(language_switch_sets_cookie_and_returns_locally, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let response = app
        .request(
            axum::http::Request::get("/ngon-ngu/en?tiep=%2Fthu-tuc%3Fq%3Dkhai")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/thu-tuc?q=khai");
    assert!(response.headers()["set-cookie"].to_str().unwrap().starts_with("lang=en;"));
    let evil = app
        .request(
            axum::http::Request::get("/ngon-ngu/en?tiep=%2F%2Fevil.example").body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    assert_eq!(evil.headers()["location"], "/");
});

both_backends!(seeding_twice_changes_nothing, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let again = server::seed::seed_demo(&app.state.db).await.unwrap();
    assert_eq!((again.admin_units, again.agencies, again.fields), (0, 0, 0));
    let n = server::seed::demo_catalog().procedures.len();
    assert_eq!(again.counts(), (0, 0, n, 0), "every procedure unchanged");
    let (_, body) = app.get("/thu-tuc").await;
    assert_eq!(listed_codes(&body).len(), n.min(20));
});

both_backends!(cross_site_posts_are_refused, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let post = |origin: &'static str| {
        axum::http::Request::post("/api/anything").header("origin", origin).body(axum::body::Body::empty()).unwrap()
    };
    let refused = app.request(post("https://evil.example")).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // The same request from the portal's own origin gets past the guard (and finds no such function).
    let ours = app.request(post("http://127.0.0.1:3000")).await;
    assert_ne!(ours.status(), StatusCode::FORBIDDEN);
});
