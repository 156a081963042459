//! `/hop-thu`: the demo mailbox, where the embedded default delivers mail so registration works
//! on one machine. Off unless the deployment sets PORTAL_DEMO_MAILBOX=true; never in production.

use crate::api::accounts::load_mailbox;
use crate::components::notice::{Unavailable, set_page_status};
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MailboxPage() -> impl IntoView {
    let lang = use_lang();
    let mails = Resource::new(|| (), |_| load_mailbox());
    view! {
        <Title text=t::MAILBOX_TITLE.get(lang)/>
        <h1>{t::MAILBOX_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match mails.await {
                    Ok(Some(list)) if list.is_empty() => view! { <p>{t::MAILBOX_EMPTY.get(lang)}</p> }.into_any(),
                    Ok(Some(list)) => view! {
                        <p class="muted">{t::MAILBOX_NOTE.get(lang)}</p>
                        {list.into_iter().map(|m| view! {
                            <article class="mail">
                                <h2>{m.subject}</h2>
                                <p class="muted">{m.to}" · "{m.sent_at}</p>
                                <MailBody body=m.body/>
                            </article>
                        }).collect_view()}
                    }.into_any(),
                    Ok(None) => {
                        set_page_status(404);
                        view! { <p>{t::NOT_FOUND_BODY.get(lang)}</p> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Mail text with its links made clickable (only links to this site's paths are produced by the
/// portal, but any http(s) word is linked as text, never as HTML).
#[component]
fn MailBody(body: String) -> impl IntoView {
    view! {
        <div class="mail-body">
            {body.lines().map(|line| {
                let line = line.to_owned();
                if line.starts_with("http://") || line.starts_with("https://") {
                    let href = line.clone();
                    view! { <p><a href=href rel="external">{line}</a></p> }.into_any()
                } else {
                    view! { <p>{line}</p> }.into_any()
                }
            }).collect_view()}
        </div>
    }
}
