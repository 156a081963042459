//! The catalog search form. A plain GET form, so it works without JavaScript.

use crate::i18n::{t, use_lang};
use leptos::prelude::*;

#[component]
pub fn SearchBox(#[prop(into, optional)] value: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form class="search" method="get" action="/thu-tuc" role="search">
            <label for="search-q">{t::SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input
                    id="search-q"
                    name="q"
                    type="search"
                    value=value
                    maxlength=shared::catalog::MAX_QUERY_CHARS
                    placeholder=t::SEARCH_PLACEHOLDER.get(lang)
                    autocomplete="off"
                />
                <button type="submit">{t::SEARCH_BUTTON.get(lang)}</button>
            </div>
        </form>
    }
}
