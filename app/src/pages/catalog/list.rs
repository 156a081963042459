//! `/thu-tuc`: the procedure list with text search, filters and pagination. The filters are a
//! GET form and the pages are links, so everything works without JavaScript.

use crate::api::catalog::{ListOutcome, load_catalog_facets, search_procedures};
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::components::search_box::SearchBox;
use crate::i18n::{Lang, level_label, online_level_label, problem_message, t, use_lang};
use crate::links::catalog_list_href;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use shared::catalog::{CatalogFacets, CatalogPage, ImplementingLevel, OnlineLevel, RawCatalogQuery};

#[component]
pub fn ProcedureListPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let raw = move || {
        query.with(|q| RawCatalogQuery {
            q: q.get("q"),
            agency: q.get("co_quan"),
            field: q.get("linh_vuc"),
            level: q.get("cap"),
            online: q.get("muc_do"),
            page: q.get("trang"),
        })
    };
    let results = Resource::new(raw, search_procedures);
    let facets = Resource::new(|| (), |_| load_catalog_facets());
    view! {
        <Title text=t::LIST_TITLE.get(lang)/>
        <Meta name="description" content=t::LIST_DESCRIPTION.get(lang)/>
        <h1>{t::LIST_TITLE.get(lang)}</h1>
        <Suspense fallback=move || view! { <p>{t::LOADING.get(lang)}</p> }>
            {move || Suspend::new(async move {
                let raw = raw();
                match (results.await, facets.await) {
                    (Ok(ListOutcome::Page(page)), Ok(facets)) => view! {
                        <SearchBox value=raw.q.clone().unwrap_or_default()/>
                        <Filters raw=raw.clone() facets/>
                        <Results page raw/>
                    }.into_any(),
                    (Ok(ListOutcome::Invalid(problems)), Ok(facets)) => {
                        set_page_status(400);
                        let messages = problems.into_iter().map(|p| problem_message(p, lang)).collect();
                        // The form is shown again without the offending values, ready to retry.
                        view! {
                            <ProblemList title=t::BAD_REQUEST_TITLE.get(lang) messages/>
                            <SearchBox/>
                            <Filters raw=RawCatalogQuery::default() facets/>
                        }.into_any()
                    }
                    _ => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Filters(raw: RawCatalogQuery, facets: CatalogFacets) -> impl IntoView {
    let lang = use_lang();
    let named =
        |list: &[shared::catalog::Facet]| list.iter().map(|f| (f.code.clone(), f.name.clone())).collect::<Vec<_>>();
    let levels =
        ImplementingLevel::ALL.iter().map(|l| (l.code().to_owned(), level_label(*l, lang).to_owned())).collect();
    let online =
        OnlineLevel::ALL.iter().map(|l| (l.code().to_owned(), online_level_label(*l, lang).to_owned())).collect();
    // Folded until used, so a phone's first screen shows procedures, not four lists; open
    // while a filter applies, so what narrows the list is in sight.
    let applied = [&raw.agency, &raw.field, &raw.level, &raw.online]
        .iter()
        .filter(|v| v.as_deref().is_some_and(|v| !v.is_empty()))
        .count();
    let summary = match applied {
        0 => t::FILTERS_OPEN.get(lang).to_owned(),
        n => format!("{} ({n} {})", t::FILTERS_OPEN.get(lang), t::FILTERS_APPLIED.get(lang)),
    };
    view! {
        <details class="filter-panel" open={applied > 0}>
        <summary>{summary}</summary>
        <form class="filters" method="get" action="/thu-tuc" aria-label=t::FILTERS.get(lang)>
            <input type="hidden" name="q" value=raw.q.clone().unwrap_or_default()/>
            <FilterSelect id="f-agency" name="co_quan" label=t::FILTER_AGENCY.get(lang) options=named(&facets.agencies) selected=raw.agency/>
            <FilterSelect id="f-field" name="linh_vuc" label=t::FILTER_FIELD.get(lang) options=named(&facets.fields) selected=raw.field/>
            <FilterSelect id="f-level" name="cap" label=t::FILTER_LEVEL.get(lang) options=levels selected=raw.level/>
            <FilterSelect id="f-online" name="muc_do" label=t::FILTER_ONLINE.get(lang) options=online selected=raw.online/>
            <div class="filter-actions">
                <button type="submit">{t::FILTER_APPLY.get(lang)}</button>
                <a href="/thu-tuc">{t::FILTER_CLEAR.get(lang)}</a>
            </div>
        </form>
        </details>
    }
}

/// One labelled filter: "all" first, then `(code, label)` options, the current one selected.
#[component]
fn FilterSelect(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    selected: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="filter">
            <label for=id>{label}</label>
            <select id=id name=name>
                <option value="">{t::FILTER_ALL.get(lang)}</option>
                {options.into_iter().map(|(code, text)| {
                    let is_selected = selected.as_deref() == Some(code.as_str());
                    view! { <option value=code selected=is_selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn Results(page: CatalogPage, raw: RawCatalogQuery) -> impl IntoView {
    let lang = use_lang();
    let pages = page.page_count();
    let current = page.page;
    let total = page.total;
    if page.items.is_empty() {
        return view! { <p class="empty" role="status">{t::LIST_EMPTY.get(lang)}</p> }.into_any();
    }
    let href_for = move |n: u32| {
        let n = n.to_string();
        let get = |v: &Option<String>| v.clone().unwrap_or_default();
        catalog_list_href(&[
            ("q", &get(&raw.q)),
            ("co_quan", &get(&raw.agency)),
            ("linh_vuc", &get(&raw.field)),
            ("cap", &get(&raw.level)),
            ("muc_do", &get(&raw.online)),
            ("trang", if n == "1" { "" } else { &n }),
        ])
    };
    view! {
        <p class="result-count" role="status">{t::LIST_FOUND.get(lang)}" "<strong>{total}</strong>" "{t::PROCEDURE_COUNT.get(lang)}</p>
        // The roles are spelt out: on a phone the rows are laid out as cards (`display: block`),
        // which would otherwise drop the table's meaning for screen readers.
        <div class="table-scroll">
            <table class="procedures" role="table">
                <caption class="visually-hidden">{t::LIST_TITLE.get(lang)}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{t::COL_CODE.get(lang)}</th>
                        <th scope="col" role="columnheader">{t::COL_NAME.get(lang)}</th>
                        <th scope="col" role="columnheader">{t::COL_FIELD.get(lang)}</th>
                        <th scope="col" role="columnheader">{t::COL_LEVEL.get(lang)}</th>
                        <th scope="col" role="columnheader">{t::COL_ONLINE.get(lang)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {page.items.into_iter().map(|p| view! {
                        <tr role="row">
                            <td class="code" role="cell">{p.code.to_string()}</td>
                            <td role="cell"><a href=format!("/thu-tuc/{}", p.code)>{p.name}</a><div class="muted">{p.agency_name}</div></td>
                            <td role="cell" data-label=t::COL_FIELD.get(lang)>{p.field_name}</td>
                            <td role="cell" data-label=t::COL_LEVEL.get(lang)>{level_label(p.level, lang)}</td>
                            <td role="cell" data-label=t::COL_ONLINE.get(lang)><OnlineBadge level=p.online_level lang/></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="pagination" aria-label=t::PAGINATION.get(lang)>
            {(current > 1).then(|| view! { <a rel="prev" href=href_for(current - 1)>{t::PAGE_PREV.get(lang)}</a> })}
            <span aria-current="page">{t::PAGE_OF.get(lang)}" "{current}" / "{pages}</span>
            {(current < pages).then(|| view! { <a rel="next" href=href_for(current + 1)>{t::PAGE_NEXT.get(lang)}</a> })}
        </nav>
    }
    .into_any()
}

#[component]
pub fn OnlineBadge(level: OnlineLevel, lang: Lang) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", level.code())>{online_level_label(level, lang)}</span> }
}
