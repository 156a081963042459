//! How answers travel: the site's files from memory (the encoding the browser accepts, an ETag,
//! no cookie and no session lookup), and pages compressed on the fly when the browser asks.

use crate::common;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use common::{Backend, TestApp, TestDb};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A built site as the release build leaves it: a stylesheet with its brotli and gzip copies,
/// and a root file without any.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("pkg")).unwrap();
    std::fs::write(dir.path().join("pkg/portal.css"), "body { color: #222 }").unwrap();
    std::fs::write(dir.path().join("pkg/portal.css.br"), "brotli bytes").unwrap();
    std::fs::write(dir.path().join("pkg/portal.css.gz"), "gzip bytes").unwrap();
    std::fs::write(dir.path().join("favicon.svg"), "<svg/>").unwrap();
    dir
}

async fn get(router: &axum::Router, path: &str, headers: &[(&str, &str)]) -> Response<Body> {
    let mut request = Request::get(path);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    router.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap()
}

fn header(response: &Response<Body>, name: &str) -> String {
    response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

async fn body(response: Response<Body>) -> Vec<u8> {
    response.into_body().collect().await.unwrap().to_bytes().to_vec()
}

#[tokio::test]
async fn site_files_go_in_the_best_encoding_with_an_etag_and_without_a_cookie() {
    let db = TestDb::new(Backend::Sqlite);
    let site = site();
    let mut config = db.config();
    config.site_root = site.path().to_path_buf();
    let router = server::http::router(server::build_state(&config).await.unwrap());

    let brotli = get(&router, "/pkg/portal.css", &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(brotli.status(), StatusCode::OK);
    assert_eq!(header(&brotli, "content-encoding"), "br");
    assert_eq!(header(&brotli, "content-type"), "text/css; charset=utf-8");
    assert_eq!(header(&brotli, "vary"), "accept-encoding");
    // Not hashed here (no hash file beside the test program): revalidated, never stale.
    assert_eq!(header(&brotli, "cache-control"), "no-cache");
    assert_eq!(header(&brotli, "x-content-type-options"), "nosniff");
    assert!(brotli.headers().get("set-cookie").is_none(), "no cookie on a static file");
    let etag = header(&brotli, "etag");
    assert!(etag.starts_with('"') && etag.ends_with("-br\""), "{etag}");
    assert_eq!(body(brotli).await, b"brotli bytes");

    let gzip = get(&router, "/pkg/portal.css", &[("accept-encoding", "gzip")]).await;
    assert_eq!(header(&gzip, "content-encoding"), "gzip");
    assert_ne!(header(&gzip, "etag"), etag, "each encoding is its own representation");
    assert_eq!(body(gzip).await, b"gzip bytes");

    let plain = get(&router, "/pkg/portal.css", &[]).await;
    assert_eq!(header(&plain, "content-encoding"), "");
    assert_eq!(body(plain).await, b"body { color: #222 }");

    let again = get(&router, "/pkg/portal.css", &[("accept-encoding", "br"), ("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header(&again, "etag"), etag);
    assert!(body(again).await.is_empty());

    let icon = get(&router, "/favicon.svg", &[("accept-encoding", "br")]).await;
    assert_eq!(header(&icon, "content-type"), "image/svg+xml");
    assert_eq!(header(&icon, "content-encoding"), "", "no precompressed copy: sent as it is");
    assert!(get(&router, "/pkg/missing.css", &[]).await.status() == StatusCode::NOT_FOUND);
}

both_backends!(pages_are_compressed_when_the_browser_asks, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let router = server::http::router(app.state.clone());
    let page = get(&router, "/thu-tuc", &[("accept-encoding", "gzip")]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header(&page, "content-encoding"), "gzip");
    let compressed = body(page).await;
    let mut html = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&compressed[..]), &mut html).unwrap();
    assert!(html.contains("Danh mục thủ tục hành chính"), "{html}");
    assert!(compressed.len() * 3 < html.len(), "{} bytes for {}", compressed.len(), html.len());

    let brotli = get(&router, "/thu-tuc", &[("accept-encoding", "br")]).await;
    assert_eq!(header(&brotli, "content-encoding"), "br");
    let plain = get(&router, "/thu-tuc", &[]).await;
    assert_eq!(header(&plain, "content-encoding"), "", "not asked: not compressed");
    // Pages load no script and no wasm unless they hold an island (`app::holds_islands`), and
    // carry no resource data for hydration (Leptos still ends the page with its empty lists).
    let text = String::from_utf8(body(plain).await).unwrap();
    assert!(!text.contains(".wasm") && !text.contains("type=\"module\"") && !text.contains("<script src"), "{text}");
    assert!(!text.contains("__RESOLVED_RESOURCES[") && !text.contains("Ok\":"), "{text}");
});
