//! `/quan-tri/thu-tuc`: the procedures an admin may edit, searchable, paged, with their state.

use crate::api::catalog_admin::{CatalogAdminList, load_catalog_admin};
use crate::components::notice::{Denied, Unavailable};
use crate::i18n::{t, use_lang};
use crate::links::editor_href;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CatalogAdminPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let args = move || query.with(|q| (q.get("q"), q.get("trang").and_then(|p| p.parse::<u32>().ok())));
    let data = Resource::new(args, |(q, page)| load_catalog_admin(q, page));
    view! {
        <Title text=t::CA_TITLE.get(lang)/>
        <h1>{t::CA_TITLE.get(lang)}</h1>
        <p class="lead">{t::CA_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(list)) => listing(list).into_any(),
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn listing(list: CatalogAdminList) -> impl IntoView {
    let lang = use_lang();
    let state = move |s: &str| match s {
        "in_force" => t::CA_IN_FORCE.get(lang),
        "future" => t::CA_FUTURE.get(lang),
        "ended" => t::CA_ENDED.get(lang),
        _ => t::CA_DRAFT_ONLY.get(lang),
    };
    let q = list.q.clone();
    let pager = move |page: u32| format!("/quan-tri/thu-tuc?q={}&trang={page}", crate::links::encode_component(&q));
    view! {
        <p>
            <a class="button" href="/quan-tri/thu-tuc/moi">{t::CA_NEW.get(lang)}</a>" "
            <a href="/quan-tri/thu-tuc/nhap">{t::CI_LINK.get(lang)}</a>
        </p>
        <form method="get" action="/quan-tri/thu-tuc" class="search" role="search">
            <label for="tim-thu-tuc">{t::CA_SEARCH.get(lang)}</label>
            <input id="tim-thu-tuc" name="q" type="search" value=list.q.clone() maxlength="200"/>
            <button type="submit">{t::SEARCH_BUTTON.get(lang)}</button>
        </form>
        <p role="status">{format!("{} {}", list.total, t::CA_TOTAL.get(lang))}</p>
        <div class="table-scroll">
            <table>
                <thead><tr>
                    <th scope="col">{t::CA_CODE.get(lang)}</th>
                    <th scope="col">{t::CA_NAME.get(lang)}</th>
                    <th scope="col">{t::CA_AGENCY.get(lang)}</th>
                    <th scope="col">{t::CA_VERSION.get(lang)}</th>
                    <th scope="col">{t::CA_STATE.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {list.rows.into_iter().map(|r| {
                        let since = r.from.clone().map(|f| format!(" ({} {f})", t::CA_FROM.get(lang).to_lowercase()));
                        view! {
                            <tr>
                                <td><a href=editor_href(&r.code)>{r.code.clone()}</a></td>
                                <td>{r.name}</td>
                                <td>{r.agency}</td>
                                <td>{r.version.map(|v| v.to_string()).unwrap_or_default()}</td>
                                <td>
                                    {state(&r.state)}{since}
                                    {r.draft.then(|| view! { <span class="tag">{format!(" · {}", t::CA_HAS_DRAFT.get(lang))}</span> })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(list.pages > 1).then(|| view! {
            <nav class="pager" aria-label=t::CA_TITLE.get(lang)>
                {(list.page > 1).then(|| view! { <a href=pager(list.page - 1)>"← "{list.page - 1}</a> })}
                <strong>{list.page}" / "{list.pages}</strong>
                {(list.page < list.pages).then(|| view! { <a href=pager(list.page + 1)>{list.page + 1}" →"</a> })}
            </nav>
        })}
    }
}
