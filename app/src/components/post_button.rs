//! A button that posts to `action` with the CSRF token and nothing else (retry a job, send a
//! change again): a form of its own, so it works without JavaScript.

use crate::request::CsrfInput;
use leptos::prelude::*;

#[component]
pub fn PostButton(action: String, label: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline">
            <CsrfInput/>
            <button type="submit" class="secondary">{label}</button>
        </form>
    }
}
