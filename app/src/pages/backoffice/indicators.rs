//! `/can-bo/chi-so`: the leader's dashboard of Decision 766 — the chosen days (at most a year),
//! field and level of the leader's agency (a system administrator: the province or any agency),
//! the sums and each indicator's rate and points, and the satisfaction ratings by criterion
//! (counts only). A GET form, so it works without JavaScript.

use crate::api::statistics::{Dashboard, load_indicator_dashboard};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::i18n::{Lang, level_label, rating_criterion, rating_level, t, use_lang};
use crate::pages::statistics::{indicators, summary};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::catalog::ImplementingLevel;
use shared::rating::Level;

#[component]
pub fn IndicatorDashboardPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let get = |k: &str| q.get(k);
            (get("tu_ngay"), get("den_ngay"), get("linh_vuc"), get("cap"), get("co_quan"))
        })
    };
    let data = Resource::new(asked, |(from, to, field, level, agency)| {
        load_indicator_dashboard(from, to, field, level, agency)
    });
    view! {
        <Title text=t::DASH_TITLE.get(lang)/>
        <h1>{t::DASH_TITLE.get(lang)}</h1>
        <p class="lead">{t::DASH_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(d)) => {
                        if d.bad_span {
                            set_page_status(422);
                        }
                        page(d, lang).into_any()
                    }
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn page(d: Dashboard, lang: Lang) -> impl IntoView {
    let chosen_agency = d.agency.as_ref().map(|(c, _)| c.clone()).unwrap_or_default();
    let scope = d.agency.clone().map_or_else(|| t::STATS_PROVINCE.get(lang).to_owned(), |(_, n)| n);
    let levels = [ImplementingLevel::Province, ImplementingLevel::Commune];
    view! {
        {d.bad_span.then(|| view! { <p class="notice" role="alert">{t::DASH_BAD_SPAN.get(lang)}</p> })}
        <form method="get" action="/can-bo/chi-so" class="inline-fields card">
            <div class="field">
                <label for="tu_ngay">{t::DASH_FROM.get(lang)}</label>
                <input id="tu_ngay" name="tu_ngay" type="date" value=d.from.clone()/>
            </div>
            <div class="field">
                <label for="den_ngay">{t::DASH_TO.get(lang)}</label>
                <input id="den_ngay" name="den_ngay" type="date" value=d.to.clone()/>
            </div>
            <div class="field">
                <label for="linh_vuc">{t::DASH_FIELD.get(lang)}</label>
                <select id="linh_vuc" name="linh_vuc">
                    <option value="">{t::DASH_ALL.get(lang)}</option>
                    {d.fields.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=d.field.as_ref() == Some(code)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="cap">{t::DASH_LEVEL.get(lang)}</label>
                <select id="cap" name="cap">
                    <option value="">{t::DASH_ALL.get(lang)}</option>
                    {levels.iter().map(|l| view! {
                        <option value=l.code() selected=d.level.as_deref() == Some(l.code())>{level_label(*l, lang)}</option>
                    }).collect_view()}
                </select>
            </div>
            {(!d.agencies.is_empty()).then(|| view! {
                <div class="field">
                    <label for="co_quan">{t::STATS_SCOPE.get(lang)}</label>
                    <select id="co_quan" name="co_quan">
                        <option value="" selected=chosen_agency.is_empty()>{t::STATS_PROVINCE.get(lang)}</option>
                        {d.agencies.iter().map(|(code, name)| view! {
                            <option value=code.clone() selected=*code == chosen_agency>{name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <button type="submit">{t::STATS_SHOW.get(lang)}</button>
        </form>
        <h2>{scope}": "{d.from.clone()}" — "{d.to.clone()}</h2>
        {summary(&d.totals, lang)}
        {indicators(&d.report, lang)}
        <section aria-labelledby="danh-gia">
            <h3 id="danh-gia">{t::DASH_RATINGS.get(lang)}</h3>
            <p class="muted">{t::DASH_RATINGS_NOTE.get(lang)}</p>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{t::DASH_RATINGS.get(lang)}</caption>
                    <thead><tr>
                        <th scope="col">{t::DASH_CRITERION.get(lang)}</th>
                        {Level::ALL.iter().map(|l| view! { <th scope="col">{rating_level(*l, lang)}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {d.ratings.iter().map(|(n, counts)| view! {
                            <tr data-criterion=*n>
                                <th scope="row">{rating_criterion(*n, lang)}</th>
                                <td>{counts[0]}</td><td>{counts[1]}</td><td>{counts[2]}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
