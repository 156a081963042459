//! What every form handler shares: reading a posted form with its CSRF token, rendering the
//! page again with the problems, redirects, cookies, and the client's address.

use super::AppState;
use super::problem::Problem;
use app::forms::Posted;
use app::request::{CSRF_FIELD, SESSION_COOKIE};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use std::collections::HashMap;
use std::net::SocketAddr;

/// Only paths on this site: no scheme, no `//host`, no backslash tricks (open-redirect guard for
/// every "go on to" a request may carry: the language switch, sign-in's return).
pub fn is_local_path(target: &str) -> bool {
    target.starts_with('/')
        && target.len() <= 2_000
        && !target.starts_with("//")
        && !target.contains('\\')
        && !target.chars().any(char::is_control)
}

/// The field (and query parameter) that carries where to go on to after signing in.
pub const RETURN_FIELD: &str = "tiep";

/// To the sign-in page, which returns to `path` (a local path) once the person is signed in.
pub fn sign_in_then(path: &str) -> Response {
    see_other(&format!("/dang-nhap?{RETURN_FIELD}={}", app::links::encode_component(path)))
}

/// Where a sign-in form asked to go on to, if it is a path on this site.
pub fn return_path(fields: &HashMap<String, String>) -> Option<String> {
    fields.get(RETURN_FIELD).map(|t| t.trim().to_owned()).filter(|t| is_local_path(t))
}

/// Forms are small; anything bigger is not ours.
const MAX_FORM_BYTES: usize = 64 * 1024;

/// The client's address as the session middleware worked it out (through trusted proxies).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub std::net::IpAddr);

/// A posted form whose CSRF token matched, as a handler's last argument: the request's head (for
/// the session's visitor, the page to render again), the fields, and the raw body (for typed
/// forms). Refused with the body's problem (too large, not a form, expired token) before the
/// handler runs.
pub struct CsrfForm {
    pub parts: Parts,
    pub fields: HashMap<String, String>,
    pub bytes: axum::body::Bytes,
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for CsrfForm {
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let (parts, fields, bytes) = read_form(request).await?;
        check_csrf(&parts, &fields)?;
        Ok(CsrfForm { parts, fields, bytes })
    }
}

/// A CSRF-checked form from a signed-in visitor, as a handler's last argument. The token is
/// checked first, so a forged post is refused (and audited) as a forgery whoever sends it; then an
/// anonymous visitor is sent to sign in. The service the handler calls decides the finer action.
pub struct SignedInForm {
    pub form: CsrfForm,
    pub viewer: app::request::Viewer,
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for SignedInForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let form = CsrfForm::from_request(request, state).await?;
        let viewer = authorized(&form.parts, shared::access::Action::SignedIn)?;
        Ok(SignedInForm { form, viewer })
    }
}

/// The signed-in visitor of a request that changes nothing (a download, a printed register); an
/// anonymous one is sent to sign in and back here. A form takes `SignedInForm` instead, whose
/// CSRF check comes first.
pub struct SignedIn(pub app::request::Viewer);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        // A change must prove its CSRF token first (`SignedInForm`): refused as a forgery here.
        if !matches!(parts.method, axum::http::Method::GET | axum::http::Method::HEAD) {
            return Err(csrf_refusal());
        }
        match authorized(parts, shared::access::Action::SignedIn) {
            Ok(viewer) => Ok(SignedIn(viewer)),
            Err(_) if parts.extensions.get::<app::request::Viewer>().is_none() => {
                Err(sign_in_then(parts.uri.path_and_query().map_or("/", |p| p.as_str())))
            }
            Err(refused) => Err(refused),
        }
    }
}

/// Renders the page at `path` (another page than the one posted to, e.g. the dossier's page
/// after its result form) again with `posted` in context, answered with `status`.
pub async fn rerender_at(
    state: &AppState,
    mut parts: Parts,
    path: &str,
    posted: Posted,
    status: StatusCode,
) -> Response {
    match path.parse() {
        Ok(uri) => parts.uri = uri,
        Err(_) => return unavailable(),
    }
    let mut response = rerender(state, parts, posted).await;
    *response.status_mut() = status;
    response
}

/// The actor of this request as the session resolved it (anonymous when nobody is signed in):
/// what a handler hands to a service that decides for itself.
pub fn actor_of(parts: &Parts) -> shared::access::Actor {
    parts.extensions.get::<app::request::Viewer>().map_or(shared::access::Actor::Anonymous, |v| v.actor.clone())
}

async fn read_form(request: Request) -> Result<(Parts, HashMap<String, String>, axum::body::Bytes), Response> {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES).await.map_err(|_| Problem::FormTooLarge.into_response())?;
    let fields: HashMap<String, String> =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| Problem::BadForm.into_response())?;
    Ok((parts, fields, bytes))
}

/// The double-submit check: the form's hidden token equals this browser's CSRF cookie.
fn check_csrf(parts: &Parts, fields: &HashMap<String, String>) -> Result<(), Response> {
    let sent = fields.get(CSRF_FIELD).map(String::as_str).unwrap_or_default();
    if csrf_matches(parts, sent) { Ok(()) } else { Err(csrf_refusal()) }
}

pub use app::request::csrf_matches;

/// The answer to a form whose CSRF token is missing or wrong (audited, `refusals.rs`).
pub fn csrf_refusal() -> Response {
    Problem::FormExpired.into_response()
}

/// Renders the page at this request's path again with `posted` in context.
pub async fn rerender(state: &AppState, parts: Parts, posted: Posted) -> Response {
    let services = state.services.clone();
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            services.provide();
            provide_context(posted.clone());
        },
        move || app::shell(options.clone()),
    );
    render(Request::from_parts(parts, Body::empty())).await
}

pub fn client_ip(parts: &Parts) -> String {
    if let Some(ip) = parts.extensions.get::<ClientIp>() {
        return ip.0.to_string();
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
}

pub fn user_agent(parts: &Parts) -> Option<String> {
    parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

pub fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

pub fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub fn session_cookie(state: &AppState, session: &crate::services::accounts::sessions::Started) -> String {
    let max_age = (session.expires_at - shared::time::now()).num_seconds().max(0);
    super::cookies::private(state, SESSION_COOKIE, &session.token, "/", max_age)
}

pub fn clear_session_cookie(state: &AppState) -> String {
    super::cookies::removed(state, SESSION_COOKIE, "/")
}

pub fn unavailable() -> Response {
    Problem::Unavailable.into_response()
}

/// The signed-in viewer if `shared::access` allows `action`; otherwise the response to send
/// (sign in for an anonymous visitor, 403 for a signed-in one).
pub fn authorized(parts: &Parts, action: shared::access::Action) -> Result<app::request::Viewer, Response> {
    use shared::access::{Actor, Denial, decide};
    let viewer = parts.extensions.get::<app::request::Viewer>().cloned();
    let actor = viewer.as_ref().map_or(Actor::Anonymous, |v| v.actor.clone());
    match (decide(&actor, action), viewer) {
        (Ok(()), Some(v)) => Ok(v),
        (Err(Denial::Forbidden), Some(_)) => Err(Problem::NotAllowed.into_response()),
        _ => Err(see_other("/dang-nhap")),
    }
}

/// The error page for something that does not exist (or that the visitor may not know exists).
pub fn not_found() -> Response {
    super::problem::Problem::NotFound.into_response()
}

/// A stored document as a response: its sniffed type, its length, its name percent-encoded, never
/// cached, and a content security policy that keeps it data (`framed`: shown in the dossier
/// page's viewer frame).
pub fn file_response(file: crate::storage::Download, framed: bool) -> Response {
    use axum::http::{HeaderValue, header};
    let mut response = Response::new(Body::from_stream(file.body));
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&file.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(file.size));
    // Shown inline (preview); the name is percent-encoded, never raw client text.
    let encoded = app::links::encode_component(&file.display_name);
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename*=UTF-8''{encoded}")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    // A document is data, never a page that could run script on this origin. In the
    // viewer frame a PDF cannot be sandboxed (browsers refuse to run their PDF viewer in
    // a sandboxed document); it is still only ever served as a sniffed `application/pdf`
    // with `nosniff`, so the browser hands it to its PDF viewer, never to the HTML engine,
    // and only this origin may frame it.
    let policy = if framed && file.content_type == "application/pdf" {
        "default-src 'none'; frame-ancestors 'self'"
    } else if framed {
        "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'"
    } else {
        "sandbox; default-src 'none'; img-src 'self'; object-src 'self'"
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    if framed {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
    }
    response
}

/// The answer to a service's denial: sign in for nobody, "not allowed" for somebody.
pub fn denied(denial: shared::access::Denial) -> Response {
    match denial {
        shared::access::Denial::SignInRequired => see_other("/dang-nhap"),
        shared::access::Denial::Forbidden => Problem::NotAllowed.into_response(),
    }
}

/// A document made for the viewer (a printed form, a register) as a download: never cached,
/// named `name`.
pub fn document(bytes: Vec<u8>, kind: &'static str, name: &str) -> Response {
    use axum::http::{HeaderValue, header};
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}
