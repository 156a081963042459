//! Over https every cookie of the portal carries the `__Host-` prefix. A browser accepts a
//! `__Host-` cookie only from this very host, over https, for the whole site (`Path=/`, no
//! `Domain`): a sibling `*.sonla.gov.vn` host or a plain-http request cannot plant or overwrite
//! one, so a visitor cannot be fixated into someone else's session, CSRF token, pending sign-in
//! or national sign-in choice. (`__Secure-` would not do: a sibling host may set one for the
//! whole domain.) `__Host-` requires `Path=/`, so over https the cookies that are scoped to a path
//! over http are sent site-wide; they are HttpOnly and SameSite all the same.
//!
//! One place does it: incoming, our cookies are accepted only under their prefixed names and
//! handed to the rest of the portal without the prefix (any other copy, planted, is dropped);
//! outgoing, every `Set-Cookie` of ours gets the prefix and `Path=/`. Over plain http (a
//! developer's localhost) nothing changes.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// Every cookie the portal sets, by the constants that name them where they are set and read.
pub const OURS: &[&str] = &[
    app::request::SESSION_COOKIE,
    app::request::CSRF_FIELD,
    app::request::PENDING_COOKIE,
    super::federated::STATE_COOKIE,
    super::federated::NEXT_COOKIE,
    app::api::accounts::LINK_COOKIE,
    app::request::DEVICE_COOKIE,
    app::request::ENROL_COOKIE,
    app::request::LANG_COOKIE,
];

const HOST: &str = "__Host-";

/// A cookie the portal sets, written in one place so every one carries the same attributes: not
/// readable by scripts and not sent along cross-site navigations' subrequests (`HttpOnly`,
/// `SameSite=Lax`), `Secure` over https, for `path` and `max_age` seconds (0 removes it).
pub fn private(state: &super::AppState, name: &str, value: &str, path: &str, max_age: i64) -> String {
    format!("{name}={value}; Path={path}; HttpOnly; SameSite=Lax; Max-Age={max_age}{}", secure_attr(state))
}

/// Removes the private cookie `name` of `path`.
pub fn removed(state: &super::AppState, name: &str, path: &str) -> String {
    private(state, name, "", path, 0)
}

/// The CSRF token: readable by the page's script (it is only a double-submit token), `Strict` so
/// no other site's request carries it.
pub fn csrf_token(state: &super::AppState, token: &str) -> String {
    format!("{}={token}; Path=/; SameSite=Strict{}", app::request::CSRF_FIELD, secure_attr(state))
}

/// The visitor's language for a year (not personal: no `HttpOnly` needed, the page reads it too).
pub fn language(code: &str) -> String {
    format!("{}={code}; Path=/; Max-Age=31536000; SameSite=Lax", app::request::LANG_COOKIE)
}

/// `; Secure` when the portal is served over HTTPS (everywhere but a developer's localhost).
pub fn secure_attr(state: &super::AppState) -> &'static str {
    if state.secure_cookies { "; Secure" } else { "" }
}

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

pub(super) fn unprefix_incoming(headers: &mut HeaderMap) {
    let pairs: Vec<String> = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            let ours = |n: &str| OURS.iter().any(|o| n.eq_ignore_ascii_case(o) || n.ends_with(&format!("-{o}")));
            match name.strip_prefix(HOST) {
                Some(bare) if OURS.contains(&bare) => Some(format!("{bare}={value}")),
                // Ours under another name (bare, `__Secure-`…): not set by us over https; ignored.
                _ if ours(name) => None,
                _ => Some(format!("{name}={value}")),
            }
        })
        .collect();
    headers.remove(header::COOKIE);
    if let Ok(value) = HeaderValue::from_str(&pairs.join("; "))
        && !pairs.is_empty()
    {
        headers.insert(header::COOKIE, value);
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

/// `name=value; attrs` as a `__Host-` cookie (`Path=/`, `Secure`), if it is one of ours.
fn prefixed(cookie: &str) -> Option<String> {
    let (name, rest) = cookie.split_once('=')?;
    if !OURS.contains(&name) {
        return None;
    }
    let mut parts = rest.split(';').map(str::trim);
    let value = parts.next().unwrap_or_default();
    let mut attributes: Vec<&str> = parts
        .filter(|a| {
            let key = a.split('=').next().unwrap_or_default();
            !key.eq_ignore_ascii_case("Path")
                && !key.eq_ignore_ascii_case("Domain")
                && !key.eq_ignore_ascii_case("Secure")
        })
        .collect();
    attributes.extend(["Path=/", "Secure"]);
    Some(format!("{HOST}{name}={value}; {}", attributes.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outgoing_cookies_get_their_prefix() {
        assert_eq!(
            prefixed("phien=abc; Path=/; HttpOnly; SameSite=Lax; Secure").as_deref(),
            Some("__Host-phien=abc; HttpOnly; SameSite=Lax; Path=/; Secure")
        );
        assert_eq!(
            prefixed("vneid_lien_ket=1; Path=/dang-nhap/vneid; HttpOnly; Max-Age=600").as_deref(),
            Some("__Host-vneid_lien_ket=1; HttpOnly; Max-Age=600; Path=/; Secure"),
            "site-wide, as __Host- requires"
        );
        assert_eq!(prefixed("other=1; Path=/"), None, "not ours");
    }

    #[test]
    fn incoming_cookies_count_only_under_their_prefix() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("__Secure-phien=planted; phien=planted; __Host-phien=mine; __Host-csrf=t; ga=1"),
        );
        unprefix_incoming(&mut h);
        assert_eq!(h.get(header::COOKIE).unwrap(), "phien=mine; csrf=t; ga=1");
    }
}
