//! `/doanh-nghiep/{id}/ho-so`: every dossier of a business (any member's), filtered by status,
//! procedure and date range, with the same list as CSV at `/doanh-nghiep/{id}/ho-so.csv`.

use crate::api::business::{DossierFilter, business_dossiers};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::i18n::{status_label, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::dossier::Status;

#[component]
pub fn BusinessDossiersPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    let filter = move || query.with(|q| DossierFilter::from_query(|k| q.get(k)));
    let data = Resource::new(move || (id(), filter()), |(id, f)| business_dossiers(id, f));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = match data.await {
                    Ok(Ok(Some(l))) => l,
                    Ok(Ok(None)) => {
                        set_page_status(404);
                        return view! { <h1>{t::NOT_FOUND_TITLE.get(lang)}</h1> }.into_any();
                    }
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let f = filter();
                let csv = format!("/doanh-nghiep/{}/ho-so.csv?{}", id(), f.query());
                let action = format!("/doanh-nghiep/{}/ho-so", id());
                view! {
                    <Title text=format!("{} — {}", t::BUSINESS_DOSSIERS.get(lang), list.business_name)/>
                    <h1>{t::BUSINESS_DOSSIERS.get(lang)}": "{list.business_name.clone()}</h1>
                    <form method="get" action=action class="filters">
                        <div class="field">
                            <label for="trang_thai">{t::STATUS.get(lang)}</label>
                            <select id="trang_thai" name="trang_thai">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {Status::ALL.into_iter().filter(|s| *s != Status::Draft).map(|s| view! {
                                    <option value=s.code() selected=f.status.as_deref() == Some(s.code())>{status_label(s, lang)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="thu_tuc">{t::PROCEDURE.get(lang)}</label>
                            <input id="thu_tuc" name="thu_tuc" type="search" value=f.procedure.clone().unwrap_or_default()/>
                        </div>
                        <div class="field">
                            <label for="tu">{t::FROM_DATE.get(lang)}</label>
                            <input id="tu" name="tu" type="date" value=f.from.clone().unwrap_or_default()/>
                        </div>
                        <div class="field">
                            <label for="den">{t::TO_DATE.get(lang)}</label>
                            <input id="den" name="den" type="date" value=f.to.clone().unwrap_or_default()/>
                        </div>
                        <button type="submit">{t::FILTER_APPLY.get(lang)}</button>
                    </form>
                    <p><a href=csv rel="external" download="ho-so.csv">{t::DOWNLOAD_CSV.get(lang)}</a>" · "<a href="/xuat-du-lieu">{t::EXP_LINK.get(lang)}</a></p>
                    {list.truncated.then(|| view! { <p class="notice">{t::LIST_TRUNCATED.get(lang)}</p> })}
                    {if list.rows.is_empty() {
                        view! { <p role="status">{t::NO_RESULTS.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-scroll">
                            <table id="ho-so-doanh-nghiep">
                                <thead><tr>
                                    <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                                    <th scope="col">{t::PROCEDURE.get(lang)}</th>
                                    <th scope="col">{t::STATUS.get(lang)}</th>
                                    <th scope="col">{t::UPDATED.get(lang)}</th>
                                </tr></thead>
                                <tbody>
                                    {list.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td><a href=format!("/ho-so/{}", r.id)>{r.code.clone().unwrap_or_default()}</a>{crate::pages::conversation::unread_badge(r.id, r.unread, lang)}</td>
                                            <td>{r.procedure_name}</td>
                                            <td>{status_label(r.status, lang)}</td>
                                            <td>{r.updated}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            </div>
                        }.into_any()
                    }}
                }
                .into_any()
            })}
        </Suspense>
    }
}
