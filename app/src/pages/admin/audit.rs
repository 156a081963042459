//! `/quan-tri/nhat-ky`: the audit log for system admins, newest first, filtered by event,
//! account and date range, fifty rows a page.

use crate::api::admin::{AuditQuery, EVENTS, audit_log};
use crate::components::notice::{Denied, Unavailable};
use crate::i18n::{audit_event_label, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let query_map = use_query_map();
    let query = move || {
        query_map.with(|q| AuditQuery {
            event: non_empty(q.get("su_kien")).filter(|e| EVENTS.contains(&e.as_str())),
            account: q.get("tai_khoan").and_then(|s| s.trim().parse().ok()),
            from: non_empty(q.get("tu")),
            to: non_empty(q.get("den")),
            page: q.get("trang").and_then(|s| s.parse().ok()).unwrap_or(1).max(1),
        })
    };
    let data = Resource::new(query, audit_log);
    view! {
        <Title text=t::AUDIT_TITLE.get(lang)/>
        <h1>{t::AUDIT_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let data = match data.await {
                    Ok(Ok(d)) => d,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let q = query();
                let link = {
                    let q = q.clone();
                    move |page: u32| {
                        let mut pairs = url_pairs(&q);
                        pairs.push(format!("trang={page}"));
                        format!("/quan-tri/nhat-ky?{}", pairs.join("&"))
                    }
                };
                let (page, has_next) = (data.page, data.has_next);
                view! {
                    <form method="get" action="/quan-tri/nhat-ky" class="filters">
                        <div class="field">
                            <label for="su_kien">{t::AUDIT_EVENT.get(lang)}</label>
                            <select id="su_kien" name="su_kien">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {EVENTS.iter().map(|e| view! {
                                    <option value=*e selected=q.event.as_deref() == Some(*e)>{audit_event_label(e, lang)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="tai_khoan">{t::AUDIT_ACCOUNT.get(lang)}</label>
                            <input id="tai_khoan" name="tai_khoan" type="text" inputmode="numeric" value=q.account.map(|a| a.to_string()).unwrap_or_default()/>
                        </div>
                        <div class="field">
                            <label for="tu">{t::FROM_DATE.get(lang)}</label>
                            <input id="tu" name="tu" type="date" value=q.from.clone().unwrap_or_default()/>
                        </div>
                        <div class="field">
                            <label for="den">{t::TO_DATE.get(lang)}</label>
                            <input id="den" name="den" type="date" value=q.to.clone().unwrap_or_default()/>
                        </div>
                        <button type="submit">{t::FILTER_APPLY.get(lang)}</button>
                    </form>
                    {data.rows.is_empty().then(|| view! { <p role="status">{t::NO_RESULTS.get(lang)}</p> })}
                    <div class="table-scroll">
                    <table id="nhat-ky">
                        <thead><tr>
                            <th scope="col">{t::AUDIT_TIME.get(lang)}</th>
                            <th scope="col">{t::AUDIT_EVENT.get(lang)}</th>
                            <th scope="col">{t::AUDIT_ACTOR.get(lang)}</th>
                            <th scope="col">{t::AUDIT_SUBJECT.get(lang)}</th>
                            <th scope="col">"IP"</th>
                            <th scope="col">{t::AUDIT_DETAIL.get(lang)}</th>
                        </tr></thead>
                        <tbody>
                            {data.rows.into_iter().map(|r| view! {
                                <tr>
                                    <td>{r.at}</td>
                                    <td data-event=r.event.clone()>{audit_event_label(&r.event, lang)}</td>
                                    <td>{r.actor.unwrap_or_default()}</td>
                                    <td>{r.subject.unwrap_or_default()}</td>
                                    <td>{r.ip.unwrap_or_default()}</td>
                                    <td>{r.detail.unwrap_or_default()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                    <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                        {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t::PAGE_PREV.get(lang)}</a> })}
                        {has_next.then(|| view! { <a href=link(page + 1) rel="next">{t::PAGE_NEXT.get(lang)}</a> })}
                    </nav>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn url_pairs(q: &AuditQuery) -> Vec<String> {
    let enc = crate::links::encode_component;
    let mut pairs = Vec::new();
    if let Some(e) = &q.event {
        pairs.push(format!("su_kien={}", enc(e)));
    }
    if let Some(a) = q.account {
        pairs.push(format!("tai_khoan={a}"));
    }
    if let Some(f) = &q.from {
        pairs.push(format!("tu={}", enc(f)));
    }
    if let Some(t) = &q.to {
        pairs.push(format!("den={}", enc(t)));
    }
    pairs
}
