//! The request as the pages see it: who is signed in (`Viewer`, `current_actor`), this browser's
//! CSRF token (`CsrfInput` on every form, `csrf_matches` on every post) and the cookies the
//! portal reads. The server puts the viewer and the token into the request
//! (`server/src/http/session.rs`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Name of the cookie and form field of the double-submit CSRF token.
pub const CSRF_FIELD: &str = "csrf";
/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "phien";
/// Name of the cookie of a sign-in waiting for its second factor (officers).
pub const PENDING_COOKIE: &str = "xac_thuc";
/// Name of the cookie holding an officer's re-enrolment link after a reset of their second factor.
pub const ENROL_COOKIE: &str = "cai_lai_xac_thuc";
/// Name of the cookie of a browser an account signed in from (its own throttle count).
pub const DEVICE_COOKIE: &str = "thiet_bi";
/// Name of the cookie of the visitor's language (`vi` or `en`).
pub const LANG_COOKIE: &str = "lang";

/// Who is signed in, as the server resolved it from the session cookie.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub account_id: i64,
    pub full_name: String,
    /// What the rules of `shared::access` see.
    pub actor: shared::access::Actor,
    /// Vouched for by the national identity provider.
    pub identity_verified: bool,
}

/// The actor of this request (anonymous when nobody is signed in). Server functions call it and
/// pass the result to a service, which decides with `shared::access`.
#[cfg(feature = "ssr")]
pub fn current_actor() -> shared::access::Actor {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<Viewer>().map(|v| v.actor.clone()))
        .unwrap_or(shared::access::Actor::Anonymous)
}

/// The client's address as the server worked it out (through trusted proxies), for rate limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub String);

/// This request's client address (`ClientAddress`), "unknown" outside a request.
#[cfg(feature = "ssr")]
pub fn client_address() -> String {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<ClientAddress>().map(|c| c.0.clone()))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The CSRF token of this browser, put in the request by the server (its cookie value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrfToken(pub String);

/// A fresh random pad for this response, put in the request by the server: the pages carry the
/// token masked with it (`shared::secret::masked`), so compressing them gives nothing away.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrfPad(pub Vec<u8>);

/// The hidden CSRF field for a form: the token, masked with this response's pad.
#[component]
pub fn CsrfInput() -> impl IntoView {
    let token = csrf_token();
    #[cfg(feature = "ssr")]
    let token = match use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<CsrfPad>().cloned()) {
        Some(CsrfPad(pad)) => shared::secret::masked(&token, &pad),
        None => token,
    };
    view! { <input type="hidden" name=CSRF_FIELD value=token/> }
}

/// The token, the same on the server (from the request) and in the browser (from the cookie),
/// so hydration sees the value the server rendered.
pub fn csrf_token() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<CsrfToken>().map(|t| t.0.clone()))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        browser_cookie(CSRF_FIELD).unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn browser_cookie(name: &str) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let doc = web_sys::window()?.document()?.dyn_into::<web_sys::HtmlDocument>().ok()?;
        let cookies = doc.cookie().ok()?;
        // Over https the server names its cookies `__Host-<name>` (server/src/http/cookies.rs).
        let prefixed = format!("__Host-{name}");
        cookies
            .split(';')
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == name || *k == prefixed)
            .map(|(_, v)| v.to_owned())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = name;
        None
    }
}

/// Who is signed in: the server resolved the session cookie into the request (for server-side
/// rendering and for this function's own HTTP calls alike).
#[server]
pub async fn get_viewer() -> Result<Option<Viewer>, ServerFnError> {
    Ok(use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Viewer>().cloned()))
}

/// Whether `sent` is the CSRF token of the browser behind `parts`: its cookie is present and the
/// token equals the one the server expects (the session's while signed in). Forms and the
/// state-changing server functions alike check it.
#[cfg(feature = "ssr")]
pub fn csrf_matches(parts: &http::request::Parts, sent: &str) -> bool {
    let expected = parts.extensions.get::<CsrfToken>().map(|t| t.0.as_str()).unwrap_or_default();
    let cookie_present = cookie_in(&parts.headers, CSRF_FIELD).is_some();
    // A script sends the token as its cookie holds it; a form sends it masked (`CsrfInput`).
    let same = shared::secret::same(expected.as_bytes(), sent.as_bytes())
        || shared::secret::unmasked(sent).is_some_and(|s| shared::secret::same(expected.as_bytes(), s.as_bytes()));
    cookie_present && !expected.is_empty() && same
}

/// The value of cookie `name` in this request (server side only: some cookies are HttpOnly).
#[cfg(feature = "ssr")]
pub fn request_cookie(name: &str) -> Option<String> {
    cookie_in(&use_context::<http::request::Parts>()?.headers, name)
}

/// The language the visitor chose (their `lang` cookie), Vietnamese by default.
#[cfg(feature = "ssr")]
pub fn lang_of(headers: &http::HeaderMap) -> crate::i18n::Lang {
    cookie_in(headers, LANG_COOKIE).and_then(|code| crate::i18n::Lang::parse(&code)).unwrap_or_default()
}

/// The value of cookie `name` in request headers; the one cookie parser of the server.
#[cfg(feature = "ssr")]
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::i18n::Lang;

    fn headers(cookie: &str) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, cookie.parse().expect("a header value"));
        headers
    }

    #[test]
    fn the_language_cookie_selects_the_language() {
        assert_eq!(super::lang_of(&headers("a=1; lang=en; b=2")), Lang::En);
        assert_eq!(super::lang_of(&headers("lang=fr")), Lang::Vi);
        assert_eq!(super::lang_of(&headers("xlang=en")), Lang::Vi);
        assert_eq!(super::lang_of(&http::HeaderMap::new()), Lang::Vi);
    }
}
