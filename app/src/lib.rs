//! The portal's user interface, rendered on the server and hydrated in the browser.
//!
//! `api/` is the one door to the server: per capability, the view types, the service trait the
//! server implements and the server functions that call it. `pages/` holds the views by
//! capability, `components/` the pieces they share; `request` is the request as pages see it
//! (viewer, CSRF, cookies), `forms` what a refused form post leaves for its page, `links` the
//! addresses more than one place builds, `i18n` every text.
// The admin page's view type is deep; the release build (without erase_components) needs more room.
#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod forms;
pub mod i18n;
pub mod links;
pub mod pages;
pub mod request;

use components::layout::Layout;
use components::notice::{NotFoundPage, ProblemPage, ShownProblem};
use i18n::Lang;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    set_content_security_policy();
    // Islands mode: nothing is hydrated but the islands, so the page carries no resource data and
    // no hydration markers outside them (`HydrationScripts islands=true` does the same where it
    // is rendered; pages without an island must not be left in the default, hydrating mode).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    // Only a page that can hold an island loads the script and the wasm; an error page answers
    // at the address that failed, which is no page of the app.
    let hydrate = use_context::<ShownProblem>().is_none() && holds_islands(&request_path());
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // First, so the page paints as soon as it is here.
                <link rel="stylesheet" id="leptos" href=stylesheet_href(&options)/>
                <AutoReload options=options.clone()/>
                {hydrate.then(|| view! { <HydrationScripts options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Whether the page at `path` can hold an island (`#[island]`, compiled to wasm): a draft's page
/// (`/ho-so/{id}`), whose step form is one. Every other page is HTML and CSS only: no script, no
/// wasm, nothing to wait for on a slow network.
pub fn holds_islands(path: &str) -> bool {
    path.strip_prefix("/ho-so/").is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// The stylesheet's address: `/pkg/portal.<hash>.css` when the build names files by their
/// content's hash (listed in the hash file beside the server, read once; Leptos'
/// `HashedStylesheet` would read it for every page).
fn stylesheet_href(options: &LeptosOptions) -> String {
    static HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HREF.get_or_init(|| {
        let name = &options.output_name;
        let hash = if options.hash_files { hashes(&options.hash_file) } else { String::new() };
        match hash.lines().filter_map(|l| l.trim().split_once(':')).find(|(file, _)| *file == "css") {
            Some((_, hash)) => format!("/{}/{name}.{}.css", options.site_pkg_dir, hash.trim()),
            None => format!("/{}/{name}.css", options.site_pkg_dir),
        }
    })
    .clone()
}

/// The hash file's text (`css: …`, `js: …`, `wasm: …`).
fn hashes(file: &str) -> String {
    hash_file(file).and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default()
}

/// Where the build's hash file named `file` is: beside the running program, where scripts/build.sh
/// writes it and Leptos looks for it.
pub fn hash_file(file: &str) -> Option<std::path::PathBuf> {
    Some(std::env::current_exe().ok()?.parent()?.join(file))
}

/// The path of the page being rendered (on the server; empty elsewhere).
fn request_path() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// A Content-Security-Policy for this page that allows only this origin's scripts and the inline
/// scripts Leptos writes with this response's nonce (hydration and resource data). The server's
/// default header (no inline scripts at all) covers every response that is not a page.
fn set_content_security_policy() {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) {
        let policy = format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
        );
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// The language of this request: the `lang` cookie on the server, the page's `<html lang>` in
/// the browser (which the server wrote from the same cookie).
fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().map(|parts| request::lang_of(&parts.headers)).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        web_sys_lang().unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn web_sys_lang() -> Option<Lang> {
    #[cfg(feature = "hydrate")]
    {
        let html = web_sys::window()?.document()?.document_element()?;
        Lang::parse(&html.get_attribute("lang")?)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(request_lang());
    // Async: the whole page is rendered before it is sent, so it is complete without JavaScript
    // and the HTTP status reflects what the page found (400, 404 …).
    let ssr = SsrMode::Async;
    let problem = use_context::<ShownProblem>();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Meta name="theme-color" content="#9b1c1c"/>
        <Router>
            <Layout>
                {match problem {
                Some(problem) => Either::Left(view! { <ProblemPage problem/> }),
                None => Either::Right(view! {
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage ssr=ssr.clone()/>
                    <Route path=path!("/thu-tuc") view=pages::catalog::ProcedureListPage ssr=ssr.clone()/>
                    <Route path=path!("/thu-tuc/:code") view=pages::catalog::ProcedurePage ssr=ssr.clone()/>
                    <Route path=path!("/dang-ky") view=pages::accounts::RegisterPage ssr=ssr.clone()/>
                    <Route path=path!("/dang-ky/kiem-tra-thu") view=pages::accounts::RegisteredPage ssr=ssr.clone()/>
                    <Route path=path!("/dang-nhap") view=pages::accounts::SignInPage ssr=ssr.clone()/>
                    <Route path=path!("/tai-khoan") view=pages::accounts::AccountPage ssr=ssr.clone()/>
                    <Route path=path!("/quen-mat-khau") view=pages::accounts::ForgotPage ssr=ssr.clone()/>
                    <Route path=path!("/quen-mat-khau/da-gui") view=pages::accounts::ResetSentPage ssr=ssr.clone()/>
                    <Route path=path!("/dat-lai-mat-khau") view=pages::accounts::ResetPage ssr=ssr.clone()/>
                    <Route path=path!("/dang-nhap/ma-xac-thuc") view=pages::accounts::SecondFactorPage ssr=ssr.clone()/>
                    <Route path=path!("/dang-nhap/vneid/lien-ket") view=pages::accounts::LinkChoicePage ssr=ssr.clone()/>
                    <Route path=path!("/doanh-nghiep") view=pages::business::BusinessesPage ssr=ssr.clone()/>
                    <Route path=path!("/doanh-nghiep/:id/ho-so") view=pages::business::BusinessDossiersPage ssr=ssr.clone()/>
                    <Route path=path!("/doanh-nghiep/loi-moi") view=pages::business::InvitationPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri") view=pages::admin::AdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/cong-viec") view=pages::admin::JobsPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/dong-bo") view=pages::admin::NationalSyncPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/lich") view=pages::admin::CalendarAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/lien-he") view=pages::admin::ContactAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/chu-ky-so") view=pages::admin::PapersAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/nhat-ky") view=pages::admin::AuditLogPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/thu-tuc") view=pages::admin::catalog::CatalogAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/thu-tuc/moi") view=pages::admin::catalog::NewProcedurePage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/thu-tuc/nhap") view=pages::admin::catalog::CatalogImportPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/thu-tuc/:code") view=pages::admin::catalog::ProcedureAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/thu-tuc/:code/:section") view=pages::admin::catalog::SectionPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/quy-trinh/:code") view=pages::admin::catalog::WorkflowAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/bieu-mau/:code") view=pages::admin::catalog::FormAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/bieu-mau/:code/soan") view=pages::admin::catalog::FormBuilderPage ssr=ssr.clone()/>
                    <Route path=path!("/quan-tri/bieu-mau/:code/soan/truong") view=pages::admin::catalog::FieldEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/ho-so") view=pages::filing::MyDossiersPage ssr=ssr.clone()/>
                    <Route path=path!("/ho-so/:id") view=pages::filing::DossierPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/ho-so/:id") view=pages::filing::DossierPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo") view=pages::backoffice::OfficerQueuePage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/doanh-nghiep") view=pages::business::RegistryPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/tiep-nhan") view=pages::backoffice::intake::CounterIntakePage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/phan-anh") view=pages::backoffice::feedback::FeedbackQueuePage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/mau-tin-nhan") view=pages::conversation::TemplatesPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/y-kien") view=pages::conversation::AskedOpinionsPage ssr=ssr.clone()/>
                    <Route path=path!("/xuat-du-lieu") view=pages::exports::ExportsPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/y-kien/:id") view=pages::conversation::AskedOpinionPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/chi-so") view=pages::backoffice::indicators::IndicatorDashboardPage ssr=ssr.clone()/>
                    <Route path=path!("/can-bo/phan-anh/:id") view=pages::backoffice::feedback::FeedbackDetailPage ssr=ssr.clone()/>
                    <Route path=path!("/tra-cuu") view=pages::filing::LookupPage ssr=ssr.clone()/>
                    <Route path=path!("/kha-nang-tiep-can") view=pages::accessibility::AccessibilityPage ssr=ssr.clone()/>
                    <Route path=path!("/xac-thuc/:code") view=pages::filing::VerifyPage ssr=ssr.clone()/>
                    <Route path=path!("/danh-gia/:code") view=pages::filing::RatingPage ssr=ssr.clone()/>
                    <Route path=path!("/tien-do") view=pages::filing::ProgressBoardPage ssr=ssr.clone()/>
                    <Route path=path!("/thong-ke") view=pages::statistics::StatisticsPage ssr=ssr.clone()/>
                    <Route path=path!("/phan-anh") view=pages::feedback::FeedbackListPage ssr=ssr.clone()/>
                    <Route path=path!("/phan-anh/gui") view=pages::feedback::SendFeedbackPage ssr=ssr.clone()/>
                    <Route path=path!("/phan-anh/:code") view=pages::feedback::SenderFeedbackPage ssr=ssr.clone()/>
                    <Route path=path!("/hop-thu") view=pages::accounts::MailboxPage ssr/>
                </Routes>
                }),
                }}
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::holds_islands;

    #[test]
    fn only_a_draft_page_loads_the_wasm() {
        assert!(holds_islands("/ho-so/12"));
        for path in ["/", "/thu-tuc", "/thu-tuc/1.001193", "/tra-cuu", "/ho-so", "/ho-so/", "/ho-so/12/xoa", "/can-bo"]
        {
            assert!(!holds_islands(path), "{path}");
        }
    }
}
