//! `/phan-anh`: what feedback is for, the way to send it, and the published answers (the
//! question and the answer with personal data removed, the sender by initials).

use crate::api::feedback::{Published, load_published_feedback};
use crate::components::notice::Unavailable;
use crate::i18n::{Lang, feedback_topic, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn FeedbackListPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let page = move || query.with(|q| q.get("trang").and_then(|p| p.parse::<u32>().ok()));
    let data = Resource::new(page, load_published_feedback);
    view! {
        <Title text=t::FB_TITLE.get(lang)/>
        <h1>{t::FB_TITLE.get(lang)}</h1>
        <p class="lead">{t::FB_LEAD.get(lang)}</p>
        <p class="muted">{t::FB_LIMITS.get(lang)}</p>
        <p><a class="button" href="/phan-anh/gui">{t::FB_SEND.get(lang)}</a></p>
        <h2>{t::FB_PUBLISHED.get(lang)}</h2>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(list) = data.await else { return view! { <Unavailable/> }.into_any() };
                if list.rows.is_empty() {
                    return view! { <p role="status">{t::FB_NONE_PUBLISHED.get(lang)}</p> }.into_any();
                }
                let next = list.has_next.then(|| format!("/phan-anh?trang={}", list.page + 1));
                let previous = (list.page > 1).then(|| format!("/phan-anh?trang={}", list.page - 1));
                view! {
                    <ol class="plain published-feedback">
                        {list.rows.into_iter().map(|p| view! { <li>{published(p, lang)}</li> }).collect_view()}
                    </ol>
                    {(previous.is_some() || next.is_some()).then(|| view! {
                        <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                            {previous.map(|href| view! { <a href=href rel="prev">{t::PAGE_PREV.get(lang)}</a> })}
                            {next.map(|href| view! { <a href=href rel="next">{t::PAGE_NEXT.get(lang)}</a> })}
                        </nav>
                    })}
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn published(p: Published, lang: Lang) -> impl IntoView {
    let (labelled_by, heading) = (format!("pa-{}", p.code), format!("pa-{}", p.code));
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h3 id=heading>{p.title}</h3>
            <p class="muted">{p.code}" · "{feedback_topic(p.topic, lang)}" · "{t::FB_ASKED_BY.get(lang)}": "{p.sender}</p>
            <p class="pre-line">{p.content}</p>
            <h4>{t::FB_ANSWER.get(lang)}" — "{p.agency}", "{p.answered_on}</h4>
            <p class="pre-line">{p.answer}</p>
        </article>
    }
}
