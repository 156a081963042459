//! `/kha-nang-tiep-can`: the accessibility statement — the standard the portal aims for, how it
//! is tested (`end2end/tests/accessibility.spec.ts`), what falls short, and whom to tell.

use crate::i18n::{Text, t, use_lang};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_lang();
    let list = |items: &[Text]| items.iter().map(|i| view! { <li>{i.get(lang)}</li> }).collect_view();
    view! {
        <Title text=t::A11Y_TITLE.get(lang)/>
        <Meta name="description" content=t::A11Y_DESCRIPTION.get(lang)/>
        <h1>{t::A11Y_TITLE.get(lang)}</h1>
        <p class="lead">{t::A11Y_LEAD.get(lang)}</p>
        <h2>{t::A11Y_AIM_TITLE.get(lang)}</h2>
        <p>{t::A11Y_AIM.get(lang)}</p>
        <h2>{t::A11Y_CAN_TITLE.get(lang)}</h2>
        <ul>{list(&[t::A11Y_CAN_1, t::A11Y_CAN_2, t::A11Y_CAN_3, t::A11Y_CAN_4])}</ul>
        <h2>{t::A11Y_TESTED_TITLE.get(lang)}</h2>
        <ul>{list(&[t::A11Y_TESTED_1, t::A11Y_TESTED_2, t::A11Y_TESTED_3])}</ul>
        <h2>{t::A11Y_LIMITS_TITLE.get(lang)}</h2>
        <ul>{list(&[t::A11Y_LIMITS_1, t::A11Y_LIMITS_2])}</ul>
        <h2>{t::A11Y_FEEDBACK_TITLE.get(lang)}</h2>
        <p>{t::A11Y_FEEDBACK.get(lang)}</p>
        <p class="muted">{t::A11Y_PREPARED.get(lang)}</p>
    }
}
