//! Cross-site request forgery guard: a state-changing request (anything but GET, HEAD, OPTIONS)
//! is refused unless it comes from the portal's own origin.
//!
//! Browsers say where a request comes from: `Sec-Fetch-Site` (modern browsers) and `Origin` (on
//! every POST). A request is refused when either names another site. A request with neither
//! header did not come from a browser page, so it cannot carry a victim's ambient cookies on an
//! attacker's behalf; it passes here and meets authentication like any other. SameSite=Lax
//! session cookies are the second layer.

use super::problem::Problem;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The origins that count as "ours": the configured public URL's authority.
#[derive(Clone)]
pub struct SameOrigin {
    pub public_authority: String,
}

pub async fn require_same_origin(State(rule): State<SameOrigin>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let from_us = comes_from_this_site(headers, &rule.public_authority)
        // Server functions are called by this portal's own pages only, and a browser always
        // says where a fetch comes from: one that does not say is refused.
        && (!request.uri().path().starts_with("/api/") || says_where_from(headers));
    if is_safe_method(request.method()) || from_us {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), "refused a cross-site request");
    Problem::CrossSite.into_response()
}

fn says_where_from(headers: &HeaderMap) -> bool {
    headers.contains_key("sec-fetch-site") || headers.contains_key(header::ORIGIN)
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn comes_from_this_site(headers: &HeaderMap, public_authority: &str) -> bool {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site")
        && !matches!(site, "same-origin" | "none")
    {
        return false;
    }
    match text(header::ORIGIN.as_str()) {
        // No Origin: not a browser page's request (or a same-origin GET-like navigation).
        None => true,
        Some(origin) => {
            let Some(authority) = url::Url::parse(origin).ok().and_then(|u| authority_of(&u)) else {
                return false; // "null" (sandboxed frames, file://) and garbage are not us.
            };
            let host = text(header::HOST.as_str()).unwrap_or_default();
            authority.eq_ignore_ascii_case(public_authority) || authority.eq_ignore_ascii_case(host)
        }
    }
}

/// `host[:port]` as a Host header would carry it (default ports omitted).
pub fn authority_of(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    const US: &str = "dichvucong.sonla.gov.vn";

    #[test]
    fn same_origin_passes() {
        assert!(comes_from_this_site(
            &headers(&[("origin", "https://dichvucong.sonla.gov.vn"), ("sec-fetch-site", "same-origin")]),
            US
        ));
        assert!(comes_from_this_site(&headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]), US));
        assert!(comes_from_this_site(&headers(&[]), US), "non-browser client");
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(!comes_from_this_site(&headers(&[("origin", "https://evil.example")]), US));
        assert!(!comes_from_this_site(&headers(&[("origin", "null")]), US));
        assert!(!comes_from_this_site(&headers(&[("sec-fetch-site", "cross-site")]), US));
        assert!(!comes_from_this_site(
            &headers(&[("sec-fetch-site", "same-site"), ("origin", "https://x.sonla.gov.vn")]),
            US
        ));
        // A look-alike host must not pass by prefix or suffix.
        assert!(!comes_from_this_site(&headers(&[("origin", "https://dichvucong.sonla.gov.vn.evil.example")]), US));
    }
}
