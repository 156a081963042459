//! Messages shown in place of content: visitor errors, missing pages, service trouble.

use crate::i18n::{t, use_lang};
use leptos::prelude::*;

/// Sets the HTTP status of the page being rendered on the server; nothing in the browser.
pub fn set_page_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(code)) = (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(status)) {
        res.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// A list of problems with the visitor's request, announced to screen readers.
#[component]
pub fn ProblemList(title: &'static str, messages: Vec<String>) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert">
            <h2>{title}</h2>
            <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
        </div>
    }
}

/// An error summary whose items link to the inputs at fault (href, message); nothing when empty.
pub fn problem_summary(title: &'static str, problems: Vec<(String, String)>) -> Option<impl IntoView> {
    (!problems.is_empty()).then(|| {
        view! {
            // Focused when the page opens on it (and by the page's script when it shows one), so
            // it is what a screen reader reads first.
            <div class="notice notice-error" role="alert" tabindex="-1" autofocus=true>
                <h2>{title}</h2>
                <ul>{problems.into_iter().map(|(href, m)| {
                    let target = href.strip_prefix('#').map(str::to_owned);
                    // A link to another page (a step of a draft) loads it afresh.
                    let external = target.is_none().then_some("external");
                    view! { <li><a href=href rel=external on:click=move |ev| focus_input(ev, target.as_deref())>{m}</a></li> }
                }).collect_view()}</ul>
            </div>
        }
    })
}

/// A summary link to an input of this page: the input takes the focus (a plain link would only
/// scroll to it, and the router would treat it as a navigation).
fn focus_input(ev: leptos::ev::MouseEvent, target: Option<&str>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(id) = target else { return };
        let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        ev.prevent_default();
        el.scroll_into_view();
        let _ = el.focus();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, target);
}

/// Shown when the server could not answer (database down and the like).
#[component]
pub fn Unavailable() -> impl IntoView {
    set_page_status(503);
    let lang = use_lang();
    view! { <div class="notice notice-error" role="alert"><p>{t::UNAVAILABLE.get(lang)}</p></div> }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_status(404);
    let lang = use_lang();
    view! {
        <leptos_meta::Title text=t::NOT_FOUND_TITLE.get(lang)/>
        <h1>{t::NOT_FOUND_TITLE.get(lang)}</h1>
        <p>{t::NOT_FOUND_BODY.get(lang)}</p>
        <p><a href="/thu-tuc">{t::BACK_TO_LIST.get(lang)}</a></p>
    }
}

/// Why a request could not be done, shown in place of any page: the server provides it when a
/// handler answers with a problem (`server/src/http/problem.rs`), with the status it answers.
#[derive(Clone, Copy, Debug)]
pub struct ShownProblem {
    pub status: u16,
    pub text: crate::i18n::Text,
}

/// The error page: what went wrong in the visitor's language, and the way back. The page is not
/// hydrated (its address is the request that failed, not a page of the app).
#[component]
pub fn ProblemPage(problem: ShownProblem) -> impl IntoView {
    set_page_status(problem.status);
    let lang = use_lang();
    view! {
        <leptos_meta::Title text=t::PROBLEM_TITLE.get(lang)/>
        <h1>{t::PROBLEM_TITLE.get(lang)}</h1>
        <div class="notice notice-error" role="alert"><p>{problem.text.get(lang)}</p></div>
        <p>{t::PROBLEM_BACK.get(lang)}" "<a href="/">{t::NAV_HOME.get(lang)}</a></p>
    }
}

/// Shown instead of a page the visitor may not see: "sign in" (401) or "not allowed" (403).
#[component]
pub fn Denied(denial: shared::access::Denial) -> impl IntoView {
    let lang = use_lang();
    match denial {
        shared::access::Denial::SignInRequired => {
            set_page_status(401);
            // Back here once signed in.
            let location = leptos_router::hooks::use_location();
            let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
            let here = if search.is_empty() { path } else { format!("{path}?{search}") };
            let href = crate::links::with_return("/dang-nhap", Some(&here));
            view! {
                <p class="notice" role="alert">{t::PLEASE_SIGN_IN.get(lang)}" "<a href=href rel="external">{t::SIGN_IN_TITLE.get(lang)}</a></p>
            }
            .into_any()
        }
        shared::access::Denial::Forbidden => {
            set_page_status(403);
            view! { <p class="notice notice-error" role="alert">{t::FORBIDDEN.get(lang)}</p> }.into_any()
        }
    }
}
