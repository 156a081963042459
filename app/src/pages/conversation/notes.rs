//! The officers' private notes on a dossier, in the officer's panel of its page (`#ghi-chu`):
//! the newest first, with who wrote each and when, and the form to add one. Nothing here is
//! rendered for the applicant: the notes' loader refuses anyone but an officer who sees it.

use crate::api::conversation::load_notes;
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::conversation::note_problem;
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::conversation::MAX_NOTE;

#[component]
pub fn Notes(id: i64) -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(move || id, load_notes);
    let posted = posted();
    let kept = use_query_map().with_untracked(|q| q.get("da_ghi_chu").is_some());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    Posted::Note { text, problem } => Some((text, problem)),
                    _ => None,
                };
                let Ok(Ok(Some(notes))) = data.await else { return ().into_any() };
                let (text, message) = match refused {
                    Some((text, problem)) => {
                        set_page_status(422);
                        (text, Some(note_problem(problem, lang)))
                    }
                    None => (String::new(), None),
                };
                let summary = message.clone().map(|m| problem_summary(t::NOTE_REFUSED.get(lang), vec![("#ghi-chu-noi-bo".to_owned(), m)]));
                let described = if message.is_some() { "ghi-chu-noi-bo-hint ghi-chu-noi-bo-error" } else { "ghi-chu-noi-bo-hint" };
                let list = if notes.notes.is_empty() {
                    view! { <p>{t::NOTES_NONE.get(lang)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="notes">
                            {notes.notes.into_iter().map(|n| view! {
                                <li><p class="message-meta"><strong>{n.author}</strong>" · "<time>{n.at}</time></p><p class="message-body">{n.body}</p></li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                };
                view! {
                    <section class="card notes-card" id="ghi-chu" aria-labelledby="ghi-chu-tieu-de">
                        <h2 id="ghi-chu-tieu-de">{t::NOTES_TITLE.get(lang)}</h2>
                        <p class="hint">{t::NOTES_LEAD.get(lang)}</p>
                        {kept.then(|| view! { <p class="notice" role="status">{t::NOTE_SAVED.get(lang)}</p> })}
                        {list}
                        <form method="post" action=format!("/can-bo/ho-so/{id}/ghi-chu") class="stack">
                            <CsrfInput/>
                            <input type="hidden" name="ma_gui" value=notes.key/>
                            {summary}
                            <div class="field">
                                <label for="ghi-chu-noi-bo">{t::NOTE_TEXT.get(lang)}</label>
                                <p class="hint" id="ghi-chu-noi-bo-hint">{t::NOTES_LEAD.get(lang)}</p>
                                {message.clone().map(|m| view! { <p class="field-error" id="ghi-chu-noi-bo-error">{m}</p> })}
                                <textarea id="ghi-chu-noi-bo" name="ghi_chu" rows="3" maxlength=MAX_NOTE.to_string()
                                    aria-describedby=described aria-invalid=message.is_some().then_some("true")>{text}</textarea>
                            </div>
                            <button type="submit" class="secondary">{t::NOTE_ADD.get(lang)}</button>
                        </form>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}
