//! Whole public pages kept in memory for visitors who are not signed in.
//!
//! The home page, the catalog's search pages, a procedure's page and the accessibility statement
//! are the same for every anonymous visitor asking in the same language: rendering them took
//! about 1–2 ms of CPU each (the search, the Leptos rendering, the database's version check),
//! which capped the portal at a few percent of what nginx serves of the same bytes
//! (docs/PERFORMANCE.md). A page rendered for one such visitor is kept for a few seconds
//! (`PORTAL_PAGE_CACHE_SECONDS`) and answered again to the next ones, keyed by its address
//! (path and query) and its language.
//!
//! What stays per response: the Content-Security-Policy nonce (each answer gets a fresh one, in
//! the header and in the page's inline scripts alike); nothing else of a kept page depends on the
//! visitor, and a page that would (a CSRF token in a form, any status but 200, marked
//! `no-store`) is never kept; the cookie a first visit sets goes with that answer only. A request
//! carrying a session or sign-in cookie, or anything but GET, never reads the cache. A change an
//! administrator makes on this instance (a post under `/quan-tri` that a signed-in administrator
//! got accepted) empties it at once; one made elsewhere (another instance, `portal catalog
//! import`) shows once the kept pages expire. The cache sits inside the `__Host-` cookie
//! prefixes (it reads cookies by their bare names) and outside the session (a kept page costs no
//! session work).

use super::session::PERSONAL_COOKIES;
use app::request::{CSRF_FIELD, Viewer, cookie_in, lang_of};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::{Bytes, BytesMut};
use http_body_util::BodyExt;
use shared::access::{Actor, Role};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// At most this many pages are kept, and this many bytes in all; past either, the oldest goes.
const MAX_PAGES: usize = 512;
const MAX_BYTES: usize = 32 * 1024 * 1024;
/// A page bigger than this is not kept (a catalog page is 20–60 KB).
const MAX_PAGE_BYTES: usize = 512 * 1024;
/// A longer address is not kept (it is no link of the portal's).
const MAX_ADDRESS: usize = 512;

/// Says whether an answer came from the cache (`hit`) or was rendered and kept (`miss`), for
/// operators and tests; it tells a visitor nothing they could not time.
const CACHE_HEADER: &str = "x-cache";

pub struct PageCache {
    keep_for: Duration,
    pages: Mutex<Pages>,
}

#[derive(Default)]
struct Pages {
    by_key: HashMap<Key, Arc<Page>>,
    bytes: usize,
}

#[derive(Hash, PartialEq, Eq, Clone)]
struct Key {
    lang: &'static str,
    address: String,
}

/// A kept page, cut where the nonce was, so each answer puts its own nonce back in.
struct Page {
    kept_at: Instant,
    headers: HeaderMap,
    /// The Content-Security-Policy, cut at its nonce (one piece when it has none).
    policy: Vec<String>,
    body: Vec<Bytes>,
}

impl PageCache {
    /// `keep_for` zero: nothing is kept.
    pub fn new(keep_for: Duration) -> Arc<Self> {
        Arc::new(Self { keep_for, pages: Mutex::default() })
    }

    fn get(&self, key: &Key) -> Option<Arc<Page>> {
        let pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        pages.by_key.get(key).filter(|p| p.kept_at.elapsed() < self.keep_for).cloned()
    }

    /// Keeps `page`, making room by dropping the expired pages, then the oldest: addresses nobody
    /// links to can push pages out but never stop the cache from keeping.
    fn put(&self, key: Key, page: Page) {
        let mut pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        let size = page.size();
        if let Some(old) = pages.by_key.remove(&key) {
            pages.bytes -= old.size();
        }
        let full = |p: &Pages| p.by_key.len() >= MAX_PAGES || p.bytes + size > MAX_BYTES;
        if full(&pages) {
            let keep_for = self.keep_for;
            pages.by_key.retain(|_, p| p.kept_at.elapsed() < keep_for);
            pages.bytes = pages.by_key.values().map(|p| p.size()).sum();
        }
        while full(&pages) {
            let Some(oldest) = pages.by_key.iter().min_by_key(|(_, p)| p.kept_at).map(|(k, _)| k.clone()) else {
                break;
            };
            if let Some(old) = pages.by_key.remove(&oldest) {
                pages.bytes -= old.size();
            }
        }
        pages.bytes += size;
        pages.by_key.insert(key, Arc::new(page));
    }

    /// Forgets every kept page.
    pub fn clear(&self) {
        let mut pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        pages.by_key.clear();
        pages.bytes = 0;
    }
}

impl Page {
    fn size(&self) -> usize {
        self.body.iter().map(Bytes::len).sum()
    }
}

/// The middleware: answers a kept page, or renders it and keeps it when it may.
pub async fn serve(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let Some(key) = key_of(&request, cache.keep_for) else {
        let posted =
            !matches!(*request.method(), Method::GET | Method::HEAD) && request.uri().path().starts_with("/quan-tri");
        let response = next.run(request).await;
        // After the change is made, so no page rendered before it can be kept after the clear
        // (one rendered during it may be: it expires with the rest). Only an administrator's
        // accepted post counts: a stranger's refused one must not empty the cache at will.
        let accepted = response.status().is_success() || response.status().is_redirection();
        if posted && accepted && administrator(&response) {
            cache.clear();
        }
        return response;
    };
    if let Some(page) = cache.get(&key) {
        return answer(&page, "hit");
    }
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => {
            tracing::warn!(error = %e, "page body failed while it was read for the cache");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let page = match kept_page(&parts.headers, &body) {
        Some(page) => page,
        None => return Response::from_parts(parts, Body::from(body)),
    };
    let mut response = Response::from_parts(parts, Body::from(body));
    mark(&mut response, "miss");
    cache.put(key, page);
    response
}

/// Whether the session middleware found an administrator behind the request.
fn administrator(response: &Response) -> bool {
    response.extensions().get::<Viewer>().is_some_and(|viewer| match &viewer.actor {
        Actor::Officer { roles, .. } => roles.iter().any(|r| matches!(r, Role::AgencyAdmin | Role::SystemAdmin)),
        _ => false,
    })
}

/// The cache key of a request that may be answered from the cache. Only the catalog's search
/// takes a query; another public page asked with one is rendered, not kept.
fn key_of(request: &Request, keep_for: Duration) -> Option<Key> {
    let uri = request.uri();
    let address = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let query_allowed = uri.path() == "/thu-tuc";
    let anonymous = !PERSONAL_COOKIES.iter().any(|name| cookie_in(request.headers(), name).is_some());
    let wanted = !keep_for.is_zero()
        && request.method() == Method::GET
        && anonymous
        && address.len() <= MAX_ADDRESS
        && is_public_page(uri.path())
        && (query_allowed || uri.query().is_none())
        && !request.headers().contains_key(header::AUTHORIZATION);
    wanted.then(|| Key { lang: lang_of(request.headers()).code(), address: address.to_owned() })
}

/// The pages that are the same for every anonymous visitor: home, the catalog's search, a
/// procedure, the accessibility statement. (Not the lookup: it answers about one dossier, under
/// a per-client limit.)
pub fn is_public_page(path: &str) -> bool {
    match path {
        "/" | "/thu-tuc" | "/kha-nang-tiep-can" => true,
        _ => path.strip_prefix("/thu-tuc/").is_some_and(|code| !code.is_empty() && !code.contains('/')),
    }
}

fn keepable(response: &Response) -> bool {
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    // Marked personal by the session middleware (or anyone): never kept.
    let personal = response
        .headers()
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("no-store") || v.contains("private"));
    // A first visit's answer sets the visitor's CSRF cookie (`session::resolve`): that answer
    // keeps it, the kept copy does not (a later form page sets it).
    response.status() == StatusCode::OK
        && html
        && !personal
        && !response.headers().contains_key(header::CONTENT_ENCODING)
}

/// The page as kept, or `None` when it must not be (too big, or holding a visitor's CSRF token).
fn kept_page(headers: &HeaderMap, body: &Bytes) -> Option<Page> {
    let form_token = format!("name=\"{CSRF_FIELD}\"");
    if body.len() > MAX_PAGE_BYTES || find(body, form_token.as_bytes(), 0).is_some() {
        return None;
    }
    let policy = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let nonce = nonce_of(policy);
    let policy = match nonce {
        Some(nonce) => policy.split(nonce).map(str::to_owned).collect(),
        None => vec![policy.to_owned()],
    };
    let body = match nonce {
        Some(nonce) => split(body, nonce.as_bytes()),
        None => vec![body.clone()],
    };
    let mut kept = HeaderMap::new();
    for name in [header::CONTENT_TYPE, header::CACHE_CONTROL, header::CONTENT_LANGUAGE, header::VARY] {
        if let Some(value) = headers.get(&name) {
            kept.insert(name, value.clone());
        }
    }
    Some(Page { kept_at: Instant::now(), headers: kept, policy, body })
}

/// The nonce of a policy's `script-src 'nonce-…'`.
fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len]).filter(|n| !n.is_empty())
}

/// `body` cut at every occurrence of `nonce` (which is left out).
fn split(body: &Bytes, nonce: &[u8]) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut from = 0;
    while let Some(at) = find(body, nonce, from) {
        pieces.push(body.slice(from..at));
        from = at + nonce.len();
    }
    pieces.push(body.slice(from..));
    pieces
}

/// Where `needle` first occurs in `haystack` at or after `from` (only when a page is kept).
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|at| at + from)
}

/// A kept page with a fresh nonce.
fn answer(page: &Page, how: &'static str) -> Response {
    let nonce = leptos::nonce::Nonce::new();
    let nonce = nonce.as_inner().as_bytes();
    let size = page.body.iter().map(Bytes::len).sum::<usize>() + nonce.len() * (page.body.len() - 1);
    let mut body = BytesMut::with_capacity(size);
    for (i, piece) in page.body.iter().enumerate() {
        if i > 0 {
            body.extend_from_slice(nonce);
        }
        body.extend_from_slice(piece);
    }
    let mut response = Response::new(Body::from(body.freeze()));
    *response.headers_mut() = page.headers.clone();
    let policy = page.policy.join(std::str::from_utf8(nonce).unwrap_or_default());
    // A page kept without a policy gets the server's default one (`with_security_headers`).
    if let (false, Ok(value)) = (policy.is_empty(), HeaderValue::from_str(&policy)) {
        response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
    }
    mark(&mut response, how);
    response
}

fn mark(response: &mut Response, how: &'static str) {
    response.headers_mut().insert(CACHE_HEADER, HeaderValue::from_static(how));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_pages_are_kept() {
        for path in ["/", "/thu-tuc", "/thu-tuc/1.001193", "/kha-nang-tiep-can"] {
            assert!(is_public_page(path), "{path}");
        }
        for path in ["/tra-cuu", "/thu-tuc/", "/thu-tuc/1.001193/x", "/ho-so", "/can-bo", "/dang-nhap", "/quan-tri"] {
            assert!(!is_public_page(path), "{path}");
        }
    }

    #[test]
    fn a_kept_page_gets_a_fresh_nonce_everywhere_it_had_one() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert(header::SET_COOKIE, HeaderValue::from_static("csrf=abc"));
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'self' 'nonce-N0nc3' 'wasm-unsafe-eval'"),
        );
        let body = Bytes::from_static(b"<p>a</p><script nonce=\"N0nc3\">x</script><script nonce=\"N0nc3\">y</script>");
        let page = kept_page(&headers, &body).expect("kept");
        assert_eq!(page.body.len(), 3);
        assert!(!page.headers.contains_key(header::SET_COOKIE), "no visitor's cookie is kept");
        let first = answer(&page, "hit");
        let second = answer(&page, "hit");
        let nonce =
            |r: &Response| nonce_of(r.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap()).unwrap().to_owned();
        assert_ne!(nonce(&first), nonce(&second));
        assert_ne!(nonce(&first), "N0nc3");
        assert_eq!(first.headers()[CACHE_HEADER], "hit");
    }

    #[test]
    fn a_page_with_a_form_token_is_not_kept() {
        let headers = HeaderMap::new();
        let body = Bytes::from_static(b"<form><input type=\"hidden\" name=\"csrf\" value=\"t\"/></form>");
        assert!(kept_page(&headers, &body).is_none());
    }
}
