//! Over https the portal's cookies carry the `__Host-` prefix (`__Secure-` for one scoped to a
//! path, which `__Host-` forbids). A browser accepts a `__Host-` cookie only from this very host,
//! over https, for the whole site: a sibling `*.sonla.gov.vn` host or a plain-http request cannot
//! plant or overwrite one, so a visitor cannot be fixated into someone else's session or CSRF
//! token.
//!
//! One place does it: incoming, our cookies are accepted only under their prefixed names and
//! handed to the rest of the portal without the prefix (an unprefixed copy, planted, is dropped);
//! outgoing, every `Set-Cookie` of ours gets its prefix. Over plain http (a developer's
//! localhost) nothing changes.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// Every cookie the portal sets.
pub const OURS: &[&str] =
    &["phien", "csrf", "xac_thuc", "oidc_state", "vneid_lien_ket", "thiet_bi", "cai_lai_xac_thuc", "lang"];

const HOST: &str = "__Host-";
const SECURE: &str = "__Secure-";

/// Whether the portal is served over https.
#[derive(Clone, Copy)]
pub struct Https(pub bool);

pub async fn prefix(State(Https(https)): State<Https>, mut request: Request, next: Next) -> Response {
    if !https {
        return next.run(request).await;
    }
    unprefix_incoming(request.headers_mut());
    let mut response = next.run(request).await;
    prefix_outgoing(response.headers_mut());
    response
}

fn unprefix_incoming(headers: &mut HeaderMap) {
    let pairs: Vec<String> = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            let bare = name.strip_prefix(HOST).or_else(|| name.strip_prefix(SECURE));
            match bare {
                Some(bare) if OURS.contains(&bare) => Some(format!("{bare}={value}")),
                // Ours without its prefix: not set by us over https; ignored.
                None if OURS.contains(&name) => None,
                _ => Some(format!("{name}={value}")),
            }
        })
        .collect();
    headers.remove(header::COOKIE);
    if let Ok(value) = HeaderValue::from_str(&pairs.join("; ")) {
        if !pairs.is_empty() {
            headers.insert(header::COOKIE, value);
        }
    }
}

fn prefix_outgoing(headers: &mut HeaderMap) {
    let cookies: Vec<HeaderValue> = headers.get_all(header::SET_COOKIE).iter().cloned().collect();
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        let rewritten = cookie.to_str().ok().and_then(prefixed).and_then(|c| HeaderValue::from_str(&c).ok());
        headers.append(header::SET_COOKIE, rewritten.unwrap_or(cookie));
    }
}

/// `name=value; attrs` with its prefix, if it is one of ours.
fn prefixed(cookie: &str) -> Option<String> {
    let (name, rest) = cookie.split_once('=')?;
    if !OURS.contains(&name) {
        return None;
    }
    let attributes: Vec<&str> = rest.split(';').skip(1).map(str::trim).collect();
    let whole_site = attributes.iter().any(|a| a.eq_ignore_ascii_case("Path=/"));
    let secure = attributes.iter().any(|a| a.eq_ignore_ascii_case("Secure"));
    let prefix = if whole_site { HOST } else { SECURE };
    Some(format!("{prefix}{name}={rest}{}", if secure { "" } else { "; Secure" }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outgoing_cookies_get_their_prefix() {
        assert_eq!(
            prefixed("phien=abc; Path=/; HttpOnly; SameSite=Lax; Secure").as_deref(),
            Some("__Host-phien=abc; Path=/; HttpOnly; SameSite=Lax; Secure")
        );
        assert_eq!(
            prefixed("xac_thuc=1; Path=/dang-nhap; HttpOnly").as_deref(),
            Some("__Secure-xac_thuc=1; Path=/dang-nhap; HttpOnly; Secure")
        );
        assert_eq!(prefixed("other=1; Path=/"), None, "not ours");
    }

    #[test]
    fn incoming_cookies_count_only_under_their_prefix() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("phien=planted; __Host-phien=mine; __Host-csrf=t; ga=1"));
        unprefix_incoming(&mut h);
        assert_eq!(h.get(header::COOKIE).unwrap(), "phien=mine; csrf=t; ga=1");
    }
}
