//! `/`: search, the catalog grouped by field and by level of government, and how to file online.

use crate::api::catalog::load_catalog_facets;
use crate::components::notice::Unavailable;
use crate::components::search_box::SearchBox;
use crate::i18n::{level_label, t, use_lang};
use crate::links::catalog_list_href;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let facets = Resource::new(|| (), |_| load_catalog_facets());
    view! {
        <Title text=t::PORTAL_NAME.get(lang)/>
        <Meta name="description" content=t::HOME_DESCRIPTION.get(lang)/>
        <section class="hero">
            <h1>{t::PORTAL_NAME.get(lang)}</h1>
            <p class="lead">{t::PORTAL_TAGLINE.get(lang)}</p>
            <SearchBox/>
            <p class="hero-lookup">{t::HOME_LOOKUP.get(lang)}" "<a href="/tra-cuu">{t::LOOKUP_TITLE.get(lang)}</a></p>
        </section>
        <Suspense fallback=move || view! { <p>{t::LOADING.get(lang)}</p> }>
            {move || Suspend::new(async move {
                match facets.await {
                    Err(_) => view! { <Unavailable/> }.into_any(),
                    Ok(facets) => view! {
                        <div class="columns">
                            <section aria-labelledby="by-field">
                                <h2 id="by-field">{t::HOME_BY_FIELD.get(lang)}</h2>
                                <ul class="facet-list">
                                    {facets.fields.into_iter().map(|f| view! {
                                        <li>
                                            <a href=catalog_list_href(&[("linh_vuc", &f.code)])>{f.name}</a>
                                            " "<span class="count">"("{f.count}")"</span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </section>
                            <section aria-labelledby="by-level">
                                <h2 id="by-level">{t::HOME_BY_LEVEL.get(lang)}</h2>
                                <ul class="facet-list">
                                    {facets.levels.into_iter().map(|(level, count)| view! {
                                        <li>
                                            <a href=catalog_list_href(&[("cap", level.code())])>{level_label(level, lang)}</a>
                                            " "<span class="count">"("{count}" "{t::PROCEDURE_COUNT.get(lang)}")"</span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
        <section aria-labelledby="how-to" class="how-to">
            <h2 id="how-to">{t::HOME_HOW_TITLE.get(lang)}</h2>
            <ol>
                <li>{t::HOME_HOW_1.get(lang)}</li>
                <li>{t::HOME_HOW_2.get(lang)}</li>
                <li>{t::HOME_HOW_3.get(lang)}</li>
                <li>{t::HOME_HOW_4.get(lang)}</li>
            </ol>
        </section>
    }
}
