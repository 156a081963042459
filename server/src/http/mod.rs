//! The HTTP surface: Leptos pages and server functions, operations endpoints, static files, and
//! the middleware every request passes through (request log, metrics, security headers).

// A handler's early answer (an error page, a redirect, "sign in") is a `Response`, returned by
// value as axum expects it; boxing it would add noise to every form path for no gain.
#![allow(clippy::result_large_err)]

pub mod access_map;
mod account_forms;
mod admin_forms;
pub mod assets;
mod backoffice_forms;
mod body_limit;
mod bulk_forms;
mod business_forms;
mod catalog_files;
mod catalog_forms;
mod conversation_forms;
pub mod cookies;
pub mod csrf;
mod export_forms;
mod federated;
mod feedback_forms;
mod filing_forms;
mod filing_steps;
mod form_builder;
pub mod forms;
mod lang;
pub mod metrics;
pub mod multipart;
mod open_data;
mod opinion_forms;
mod ops;
pub mod page_cache;
mod papers_forms;
mod payment_routes;
pub mod problem;
pub mod refusals;
mod session;
mod utf8;
mod verify_routes;

use crate::db::Db;
use crate::storage::Store;
use access_map::Access;
use axum::Router;
use axum::extract::FromRef;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::{MethodRouter, get, post};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use std::sync::{Arc, OnceLock};
use tower_http::set_header::SetResponseHeaderLayer;

/// Shared state of the HTTP handlers, behind one `Arc`: axum clones the state for every
/// middleware and handler of every request, and cloning the fields one by one (each service's
/// `Arc`, the Leptos options, the proxy list) cost most of the CPU of a cached page, the
/// reference counts bouncing between the cores (docs/PERFORMANCE.md).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// Changes a copy when the state is shared (tests adjust a setting before they start).
impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }
}

#[derive(Clone)]
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub store: Store,
    /// Every uploaded file passes it before it is kept.
    pub scanner: crate::antivirus::Scanner,
    pub metrics: Arc<metrics::Metrics>,
    /// Every service, each once: the handlers call them, the pages reach them through `app::api`.
    pub services: crate::services::Services,
    /// `host[:port]` of PORTAL_BASE_URL, the origin that state-changing requests must come from.
    pub public_authority: String,
    /// Cookies get `Secure` when PORTAL_BASE_URL is https.
    pub secure_cookies: bool,
    /// The national identity provider, when configured.
    pub oidc: Option<crate::services::accounts::oidc::OidcClient>,
    pub trusted_proxies: Vec<crate::config::Network>,
    /// Who may read the metrics, quotas, thresholds (docs/SECURITY.md).
    pub security: crate::config::security::SecurityConfig,
    /// Audit lines of refused forgeries per client (`refusals.rs`).
    pub refusal_audits: Arc<crate::services::rate_limit::RateLimiter>,
    /// Public pages kept for anonymous visitors (`page_cache.rs`).
    pub page_cache: Arc<page_cache::PageCache>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The app's routes, generated once per process. Generating them runs the whole app with
/// resource loading suppressed by a process-wide flag; a resource first polled by another
/// request during that window would never resolve (leptos issue #4773), so it must never
/// happen while pages are being rendered.
pub fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: OnceLock<Vec<leptos_axum::AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let same_origin = csrf::SameOrigin { public_authority: state.public_authority.clone() };
    let services = state.services.clone();
    let context = move || services.provide();
    let shell = {
        let options = state.leptos_options.clone();
        move || app::shell(options.clone())
    };
    let mut router = Router::new();
    for (path, _, handler) in plain_routes() {
        router = router.route(path, handler);
    }
    let router = router
        .leptos_routes_with_context(&state, routes, context.clone(), shell)
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, app::shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::resolve))
        // Outside the session, so a kept page costs no session work; inside the cookie prefixes,
        // so it reads a session or language cookie by its bare name over https too.
        .layer(axum::middleware::from_fn_with_state(state.page_cache.clone(), page_cache::serve))
        .layer(axum::middleware::from_fn_with_state(cookies::Https(state.secure_cookies), cookies::prefix))
        .layer(axum::middleware::from_fn(body_limit::limit))
        .layer(axum::middleware::from_fn_with_state(same_origin, csrf::require_same_origin))
        .layer(axum::middleware::from_fn_with_state(state.clone(), problem::render))
        .layer(axum::middleware::from_fn_with_state(state.clone(), refusals::audit))
        .layer(axum::middleware::from_fn(utf8::require_utf8))
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::observe))
        .layer(compress_pages());
    // Added after the layers above, so that a static file meets none of them.
    let router = with_site_files(router, &state.leptos_options);
    let https = state.secure_cookies;
    with_security_headers(router, https).with_state(state)
}

/// Pages, data and CSV compressed on the fly when the browser accepts it; PDFs, images and
/// uploaded documents are already compressed and go as they are. A CSRF token on a page is
/// masked afresh each response (`app::request::CsrfInput`), so compression does not leak it.
fn compress_pages() -> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{Predicate, SizeAbove};
    use tower_http::compression::{CompressionLayer, CompressionLevel};

    #[derive(Clone, Copy)]
    struct Text;
    impl Predicate for Text {
        fn should_compress<B: axum::body::HttpBody>(&self, response: &axum::http::Response<B>) -> bool {
            let kind = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
            ["text/html", "application/json", "text/csv", "text/plain"].iter().any(|t| kind.starts_with(t))
        }
    }
    // Level 4: most of the gain at a small share of the CPU (brotli's default, 11, costs tens of
    // milliseconds per page).
    CompressionLayer::new().quality(CompressionLevel::Precise(4)).compress_when(SizeAbove::new(1024).and(Text))
}

/// The built site's files from memory (`assets`), except while `cargo leptos watch` rebuilds
/// them under the running server (the fallback then reads them from disk).
fn with_site_files(mut router: Router<AppState>, options: &LeptosOptions) -> Router<AppState> {
    if std::env::var_os("LEPTOS_WATCH").is_some() {
        return router;
    }
    let files = assets::Assets::load(
        std::path::Path::new(options.site_root.as_ref()),
        options.site_pkg_dir.as_ref(),
        options.hash_files,
    );
    let files = Arc::new(files);
    let addresses: Vec<String> = files.addresses().map(str::to_owned).collect();
    for address in addresses {
        let files = files.clone();
        let path = address.clone();
        let answer = move |headers: axum::http::HeaderMap| async move { files.answer(&path, &headers) };
        router = router.route(&address, get(answer));
    }
    router
}

/// The routes whose bodies carry files: they read them under their own bounds
/// (`multipart::Reader`); every other body is cut off at `body_limit::DEFAULT`.
pub const STREAMED: &[&str] = &[
    "/ho-so/{id}",
    "/xac-thuc/{code}/tep",
    "/can-bo/ho-so/{id}/ket-qua",
    "/quan-tri/thu-tuc/nhap",
    "/phan-anh/{code}/tep",
    "/ho-so/{id}/tin-nhan",
    "/can-bo/ho-so/{id}/y-kien",
    "/can-bo/y-kien/{id}",
];

/// The routes that are not Leptos pages or server functions, each with its classification (the
/// handlers that are `Protected` authorize through `shared::access`).
pub fn plain_routes() -> Vec<(&'static str, Access, MethodRouter<AppState>)> {
    use Access::{Protected, Public};
    vec![
        ("/healthz", Public, get(ops::healthz)),
        ("/readyz", Public, get(ops::readyz)),
        ("/metrics", Public, get(ops::metrics)),
        ("/ngon-ngu/{lang}", Public, get(lang::switch_language)),
        ("/dang-ky", Public, post(account_forms::register)),
        ("/dang-nhap", Public, post(account_forms::sign_in)),
        ("/dang-nhap/ma-xac-thuc", Public, post(account_forms::second_factor)),
        ("/dang-nhap/cai-lai-xac-thuc", Public, get(account_forms::enrolment_link)),
        ("/dang-nhap/vneid", Public, get(federated::begin)),
        ("/dang-nhap/vneid/callback", Public, get(federated::callback)),
        ("/dang-nhap/vneid/lien-ket", Public, post(federated::choose)),
        ("/dang-xuat", Public, post(account_forms::sign_out)),
        ("/xac-thuc-email", Public, get(account_forms::verify_email)),
        ("/quen-mat-khau", Public, post(account_forms::request_reset)),
        ("/dat-lai-mat-khau", Public, post(account_forms::reset_password)),
        ("/tai-khoan/dang-xuat-moi-noi", Protected, post(account_forms::sign_out_everywhere)),
        ("/tai-khoan/doi-mat-khau", Protected, post(account_forms::change_password)),
        ("/doanh-nghiep", Protected, post(business_forms::register)),
        ("/doanh-nghiep/moi", Protected, post(business_forms::invite)),
        ("/doanh-nghiep/loi-moi", Protected, post(business_forms::accept)),
        ("/doanh-nghiep/{id}/ho-so.csv", Protected, get(business_forms::dossiers_csv)),
        ("/doanh-nghiep/{id}/thanh-vien/{account}/xoa", Protected, post(business_forms::remove_member)),
        ("/doanh-nghiep/khieu-nai", Protected, post(business_forms::claim)),
        ("/can-bo/doanh-nghiep/{id}", Protected, post(business_forms::verify)),
        ("/can-bo/khieu-nai/{id}", Protected, post(business_forms::decide_claim)),
        ("/quan-tri/can-bo", Protected, post(admin_forms::create_officer)),
        ("/quan-tri/can-bo/{id}/vai-tro", Protected, post(admin_forms::set_roles)),
        ("/quan-tri/can-bo/{id}/dat-lai-xac-thuc", Protected, post(admin_forms::reset_second_factor)),
        ("/quan-tri/cong-viec/{id}/chay-lai", Protected, post(admin_forms::retry_job)),
        ("/quan-tri/dong-bo/{id}/gui-lai", Protected, post(admin_forms::resend_sync_event)),
        ("/quan-tri/dong-bo/ho-so/{id}/gui-lai", Protected, post(admin_forms::resend_sync_record)),
        ("/quan-tri/lich", Protected, post(admin_forms::set_calendar_day)),
        ("/quan-tri/lich/xoa", Protected, post(admin_forms::remove_calendar_day)),
        ("/quan-tri/lich/gio-lam-viec", Protected, post(admin_forms::set_office_hours)),
        ("/quan-tri/lien-he", Protected, post(admin_forms::set_contact)),
        ("/quan-tri/chu-ky-so/khoa", Protected, post(papers_forms::install_key)),
        ("/quan-tri/chu-ky-so/bien-lai", Protected, post(papers_forms::set_book)),
        ("/quan-tri/thu-tuc/moi", Protected, post(catalog_forms::create)),
        // A catalog file is read under its own bounds (`multipart`).
        ("/quan-tri/thu-tuc/nhap", Protected, post(catalog_files::import)),
        ("/quan-tri/thu-tuc/xuat", Protected, get(catalog_files::export)),
        ("/quan-tri/thu-tuc/{code}/{section}", Protected, post(catalog_forms::post)),
        ("/quan-tri/quy-trinh/{code}", Protected, post(catalog_forms::save_workflow)),
        ("/quan-tri/bieu-mau/{code}", Protected, post(catalog_forms::publish_form)),
        ("/quan-tri/bieu-mau/{code}/tai-ve", Protected, get(catalog_forms::download_form)),
        ("/quan-tri/bieu-mau/{code}/soan", Protected, post(form_builder::step)),
        ("/quan-tri/bieu-mau/{code}/soan/truong", Protected, post(form_builder::put_field)),
        ("/ho-so/tao", Protected, get(filing_forms::start).post(filing_forms::create)),
        ("/ho-so/da-doc", Protected, post(filing_forms::mark_notices_read)),
        // The forms that carry files read their bodies under their own bounds (`multipart`).
        ("/ho-so/{id}", Protected, post(filing_forms::post_draft)),
        ("/ho-so/{id}/xoa", Protected, post(filing_forms::delete)),
        ("/ho-so/kho/{file}/xoa", Protected, post(filing_forms::delete_stored)),
        ("/ho-so/{id}/rut", Protected, post(filing_forms::withdraw)),
        ("/ho-so/{id}/giay-tiep-nhan.pdf", Protected, get(filing_forms::receipt)),
        ("/ho-so/{id}/phieu-bo-sung.pdf", Protected, get(filing_forms::supplement_slip)),
        ("/ho-so/{id}/phieu-tu-choi.pdf", Protected, get(filing_forms::refusal_slip)),
        ("/ho-so/{id}/van-ban-tra-loi.pdf", Protected, get(filing_forms::refusal_answer)),
        ("/ho-so/{id}/xin-loi.pdf", Protected, get(filing_forms::apology_letter)),
        ("/ho-so/{id}/dung-xu-ly.pdf", Protected, get(filing_forms::stop_notice)),
        ("/ho-so/{id}/phieu-kiem-soat.pdf", Protected, get(filing_forms::control_sheet)),
        ("/can-bo/so-theo-doi.pdf", Protected, get(backoffice_forms::register_pdf)),
        ("/ho-so/{id}/thanh-toan", Protected, post(payment_routes::start)),
        ("/ho-so/{id}/bien-lai.pdf", Protected, get(payment_routes::receipt)),
        ("/ho-so/{id}/trang-bia-ket-qua.pdf", Protected, get(verify_routes::result_cover)),
        // Anyone checks a file against an issued result; the upload is hashed, not kept.
        ("/xac-thuc/{code}/tep", Public, post(verify_routes::check_file)),
        ("/can-bo/ho-so/{id}/hoan-tien", Protected, post(payment_routes::refund)),
        ("/can-bo/ho-so/{id}/hoan-tien/{refund}/duyet", Protected, post(payment_routes::approve_refund)),
        ("/can-bo/ho-so/{id}/hoan-tien/{refund}/tu-choi", Protected, post(payment_routes::decline_refund)),
        // The gateway's notification and the payer's return carry their own signatures; the
        // return needs a signed-in payer (the handler sends anyone else to sign in).
        ("/api/v1/thanh-toan/vnpay/ipn", Public, get(payment_routes::ipn)),
        ("/thanh-toan/ket-qua", Public, get(payment_routes::returned)),
        // The built-in sandbox gateway (answers only when it is the configured gateway).
        ("/cong-thanh-toan-thu/paymentv2/vpcpay.html", Public, get(payment_routes::sandbox_page)),
        ("/cong-thanh-toan-thu/paymentv2/xac-nhan", Public, post(payment_routes::sandbox_choose)),
        ("/cong-thanh-toan-thu/merchant_webapi/api/transaction", Public, post(payment_routes::sandbox_api)),
        ("/can-bo/so-theo-doi.xlsx", Protected, get(backoffice_forms::register_xlsx)),
        ("/tai-lieu/{id}", Protected, get(filing_forms::download)),
        ("/api/v1/lookup", Public, get(filing_forms::lookup_api)),
        // The public statistics' open data (no personal data).
        ("/thong-ke.csv", Public, get(open_data::csv)),
        ("/thong-ke.json", Public, get(open_data::json)),
        ("/can-bo/ho-so/{id}", Protected, post(backoffice_forms::act)),
        ("/can-bo/tiep-nhan", Protected, post(backoffice_forms::record_at_counter)),
        // Its applicant signed in, or the code's check value carried by the form.
        ("/danh-gia/{code}", Public, post(filing_forms::rate)),
        // Anyone sends feedback; the sender's own forms carry their link's secret or need their
        // account; the officers' actions authorize through `shared::access`.
        ("/phan-anh/gui", Public, post(feedback_forms::send)),
        ("/phan-anh/{code}/xac-nhan", Public, post(feedback_forms::confirm)),
        ("/phan-anh/{code}/bo-sung", Public, post(feedback_forms::add_info)),
        ("/phan-anh/{code}/danh-gia", Public, post(feedback_forms::rate)),
        // A file read under its own bounds (`multipart`).
        ("/phan-anh/{code}/tep", Public, post(feedback_forms::attach)),
        ("/can-bo/phan-anh/{id}/tep/{file}", Protected, get(feedback_forms::download)),
        ("/can-bo/phan-anh/{id}", Protected, post(feedback_forms::act)),
        ("/ho-so/{id}/tin-nhan", Protected, post(conversation_forms::send)),
        ("/ho-so/{id}/tin-nhan/tep/{file}", Protected, get(conversation_forms::download)),
        ("/can-bo/ho-so/{id}/ghi-chu", Protected, post(conversation_forms::note)),
        ("/can-bo/mau-tin-nhan", Protected, post(conversation_forms::template)),
        ("/can-bo/ho-so/{id}/y-kien", Protected, post(opinion_forms::ask)),
        ("/can-bo/y-kien/{id}", Protected, post(opinion_forms::answer)),
        ("/can-bo/y-kien/{id}/tep/{file}", Protected, get(opinion_forms::download)),
        ("/can-bo/hang-loat", Protected, post(bulk_forms::bulk)),
        ("/xuat-du-lieu", Protected, post(export_forms::start)),
        ("/xuat-du-lieu/{id}/tai-ve", Protected, get(export_forms::download)),
        ("/can-bo/bo-loc", Protected, post(bulk_forms::view)),
        ("/can-bo/ho-so/{id}/ket-qua", Protected, post(backoffice_forms::attach_result)),
    ]
}

/// Headers that cost nothing and close whole classes of attacks. This content security policy
/// allows no inline script at all; pages replace it with one carrying their nonce (`app::shell`).
const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    ),
    // No page of the portal uses these browser features; a script injected anyway gets none.
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()"),
    // Another site's window may not keep a handle on ours, nor embed our responses.
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
];

fn with_security_headers(mut router: Router<AppState>, https: bool) -> Router<AppState> {
    for (name, value) in SECURITY_HEADERS {
        let name = HeaderName::from_static(name);
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)));
    }
    if https {
        // Only when served over HTTPS: on plain-http localhost it would pin a developer's browser.
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    router
}
