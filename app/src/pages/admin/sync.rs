//! `/quan-tri/dong-bo`: what the national portal has been sent (system admin): dossiers by sync
//! state, the failing deliveries with their last error and a "send now", and one dossier looked
//! up by its code with every change of its record and a "send the record again".

use crate::api::admin::{DossierSync, SyncEventRow, SyncOverview, load_national_sync};
use crate::components::notice::{Denied, Unavailable};
use crate::components::post_button::PostButton;
use crate::i18n::{Lang, status_label, sync_state_label, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NationalSyncPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || query.with(|q| (q.get("ma"), q.get("da_gui").is_some()));
    let data = Resource::new(asked, |(code, _)| load_national_sync(code));
    view! {
        <Title text=t::SYNC_TITLE.get(lang)/>
        <h1>{t::SYNC_TITLE.get(lang)}</h1>
        <p class="lead">{t::SYNC_LEAD.get(lang)}</p>
        {move || asked().1.then(|| view! { <p class="notice" role="status">{t::SYNC_SENT.get(lang)}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(o)) => overview(o, lang).into_any(),
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn overview(o: SyncOverview, lang: Lang) -> impl IntoView {
    let states = o
        .states
        .iter()
        .map(|(state, n)| view! { <dt>{sync_state_label(*state, lang)}</dt><dd>{*n}</dd> })
        .collect_view();
    let not_found = o.asked.is_some() && o.dossier.is_none();
    view! {
        <h2>{t::SYNC_STATES.get(lang)}</h2>
        <dl class="facts">
            {states}
            <dt>{t::SYNC_PENDING_EVENTS.get(lang)}</dt><dd>{o.pending}</dd>
        </dl>
        <form method="get" action="/quan-tri/dong-bo" class="inline-fields card">
            <div class="field">
                <label for="ma">{t::DOSSIER_CODE.get(lang)}</label>
                <input id="ma" name="ma" type="text" autocomplete="off" value=o.asked.clone().unwrap_or_default()/>
            </div>
            <button type="submit">{t::SYNC_LOOKUP.get(lang)}</button>
        </form>
        {not_found.then(|| view! { <p role="alert">{t::SYNC_NOT_FOUND.get(lang)}</p> })}
        {o.dossier.map(|d| dossier(d, lang))}
        <h2>{t::SYNC_FAILING.get(lang)}</h2>
        {if o.failing.is_empty() {
            view! { <p role="status">{t::SYNC_NONE_FAILING.get(lang)}</p> }.into_any()
        } else {
            events(o.failing, true, lang).into_any()
        }}
    }
}

fn dossier(d: DossierSync, lang: Lang) -> impl IntoView {
    let resend = format!("/quan-tri/dong-bo/ho-so/{}/gui-lai", d.id);
    view! {
        <section class="card" aria-labelledby="ho-so-dong-bo">
            <h2 id="ho-so-dong-bo">{d.code.clone()}" — "{sync_state_label(d.state, lang)}</h2>
            <h3>{t::SYNC_EVENTS.get(lang)}</h3>
            {events(d.events, false, lang)}
            <PostButton action=resend label=t::SYNC_RESEND_RECORD.get(lang)/>
        </section>
    }
}

/// A table of changes; `with_code`: the dossier's code in a first column.
fn events(rows: Vec<SyncEventRow>, with_code: bool, lang: Lang) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table>
                <thead><tr>
                    {with_code.then(|| view! { <th scope="col">{t::DOSSIER_CODE.get(lang)}</th> })}
                    <th scope="col">{t::SYNC_CHANGE.get(lang)}</th>
                    <th scope="col">{t::SYNC_WRITTEN.get(lang)}</th>
                    <th scope="col">{t::JOB_ATTEMPTS.get(lang)}</th>
                    <th scope="col">{t::SYNC_DELIVERED.get(lang)}</th>
                    <th scope="col">{t::SYNC_ERROR.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|e| {
                        let send = format!("/quan-tri/dong-bo/{}/gui-lai", e.id);
                        let delivered = e.delivered_at.clone();
                        view! {
                            <tr>
                                {with_code.then(|| {
                                    let href = format!("/quan-tri/dong-bo?ma={}", crate::links::encode_component(&e.code));
                                    view! { <td><a href=href>{e.code.clone()}</a></td> }
                                })}
                                <td>{status_label(e.status, lang)}" "<small>"("{e.status.code()}")"</small></td>
                                <td>{e.created_at.clone()}</td>
                                <td>{e.attempts}</td>
                                <td>{delivered.clone().unwrap_or_else(|| format!("{}: {}", t::SYNC_NEXT.get(lang), e.next_at))}</td>
                                <td>
                                    {e.last_error.clone().unwrap_or_default()}
                                    {delivered.is_none().then(|| view! {
                                        <PostButton action=send label=t::SYNC_SEND_NOW.get(lang)/>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
