//! The officers part of `/quan-tri`.

use crate::api::admin::{OfficerRow, admin_officers};
use crate::components::field::Field;
use crate::components::notice::{Denied, ProblemList, Unavailable, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::{officer_problem_message, role_label, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::access::Role;
use shared::identity::OfficerForm;

#[component]
pub fn AdminPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filter = move || {
        query.with(|q| {
            (q.get("co_quan").and_then(|s| s.parse::<i64>().ok()), q.get("trang").and_then(|s| s.parse::<u32>().ok()))
        })
    };
    let data = Resource::new(filter, |(agency, page)| admin_officers(agency, page));
    let posted = posted();
    let created = move || query.with(|q| q.get("da_tao").is_some());
    let updated = move || query.with(|q| q.get("da_cap_nhat").is_some());
    view! {
        <Title text=t::ADMIN_TITLE.get(lang)/>
        <h1>{t::ADMIN_TITLE.get(lang)}</h1>
        {move || created().then(|| view! { <p class="notice" role="status">{t::OFFICER_CREATED.get(lang)}</p> })}
        {move || updated().then(|| view! { <p class="notice" role="status">{t::OFFICER_UPDATED.get(lang)}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let posted = posted.await;
                let data = match data.await {
                    Ok(Ok(d)) => d,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (form, problems) = match posted {
                    Posted::CreateOfficer { form, problems } => (form, problems),
                    _ => (OfficerForm::default(), Vec::new()),
                };
                if !problems.is_empty() {
                    set_page_status(422);
                }
                let messages: Vec<String> = problems.iter().map(|p| officer_problem_message(*p, lang).to_owned()).collect();
                let (page, has_next) = (data.page, data.has_next);
                let current_agency = filter().0;
                let page_link = move |p: u32| match current_agency {
                    Some(a) => format!("/quan-tri?co_quan={a}&trang={p}"),
                    None => format!("/quan-tri?trang={p}"),
                };
                view! {
                    <p><a href="/quan-tri/thu-tuc">{t::CA_TITLE.get(lang)}</a>" · "<a href="/quan-tri/lich">{t::CALENDAR_TITLE.get(lang)}</a>" · "<a href="/quan-tri/chu-ky-so">{t::PAPERS_TITLE.get(lang)}</a>{data.can_view_audit.then(|| view! { " · "<a href="/quan-tri/lien-he">{t::CONTACT_TITLE.get(lang)}</a> })}</p>
                    {data.can_view_audit.then(|| view! {
                        <p><a href="/quan-tri/nhat-ky">{t::AUDIT_TITLE.get(lang)}</a>" · "<a href="/quan-tri/cong-viec">{t::JOBS_TITLE.get(lang)}</a>" · "<a href="/quan-tri/dong-bo">{t::SYNC_TITLE.get(lang)}</a></p>
                    })}
                    <section aria-labelledby="officers">
                        <h2 id="officers">{t::OFFICERS_TITLE.get(lang)}</h2>
                        <form method="get" action="/quan-tri" class="inline">
                            <label for="loc-co-quan">{t::F_AGENCY.get(lang)}</label>
                            <select id="loc-co-quan" name="co_quan">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {data.agencies.iter().map(|a| view! {
                                    <option value=a.id.to_string() selected=current_agency == Some(a.id)>{a.name.clone()}</option>
                                }).collect_view()}
                            </select>
                            <button type="submit" class="secondary">{t::FILTER_APPLY.get(lang)}</button>
                        </form>
                        <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{t::F_FULL_NAME.get(lang)}</th>
                                <th scope="col">{t::F_AGENCY.get(lang)}</th>
                                <th scope="col">{t::ROLES.get(lang)}</th>
                                <th scope="col">{t::SECOND_FACTOR_TITLE.get(lang)}</th>
                            </tr></thead>
                            <tbody>
                                {data.officers.into_iter().map(|o| officer_row(o, data.grantable.clone())).collect_view()}
                            </tbody>
                        </table>
                        </div>
                        <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                            {(page > 1).then(|| view! { <a href=page_link(page - 1) rel="prev">{t::PAGE_PREV.get(lang)}</a> })}
                            {has_next.then(|| view! { <a href=page_link(page + 1) rel="next">{t::PAGE_NEXT.get(lang)}</a> })}
                        </nav>
                    </section>
                    <section aria-labelledby="new-officer">
                        <h2 id="new-officer">{t::NEW_OFFICER_TITLE.get(lang)}</h2>
                        {(!messages.is_empty()).then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages/> })}
                        <form class="stack" method="post" action="/quan-tri/can-bo">
                            <CsrfInput/>
                            <Field id="ho_ten" label=t::F_FULL_NAME.get(lang) value=form.ho_ten.clone() kind="text" autocomplete="off" required=true/>
                            <Field id="email" label=t::F_EMAIL.get(lang) value=form.email.clone() kind="email" autocomplete="off" required=true/>
                            <Field id="chuc_danh" label=t::F_TITLE.get(lang) value=form.chuc_danh.clone() kind="text" autocomplete="off" required=false/>
                            <div class="field">
                                <label for="co_quan">{t::F_AGENCY_UNIT.get(lang)}</label>
                                <select id="co_quan" name="don_vi_chon" required=true>
                                    {data.agencies.iter().map(|a| {
                                        let whole = format!("{}:", a.id);
                                        let chosen_whole = form.co_quan == a.id.to_string() && form.don_vi.is_empty();
                                        view! {
                                            <optgroup label=a.name.clone()>
                                                <option value=whole selected=chosen_whole>{a.name.clone()}</option>
                                                {a.units.iter().map(|u| {
                                                    let value = format!("{}:{}", a.id, u.id);
                                                    let chosen = form.don_vi == u.id.to_string();
                                                    view! { <option value=value selected=chosen>{format!("{} — {}", a.name, u.name)}</option> }
                                                }).collect_view()}
                                            </optgroup>
                                        }
                                    }).collect_view()}
                                </select>
                            </div>
                            <fieldset>
                                <legend>{t::ROLES.get(lang)}</legend>
                                {data.grantable.iter().map(|r| {
                                    let id = format!("vai-tro-{}", r.code());
                                    let checked = form.vai_tro.iter().any(|c| c == r.code());
                                    view! {
                                        <div class="checkbox">
                                            <input id=id.clone() type="checkbox" name="vai_tro" value=r.code() checked=checked/>
                                            <label for=id>{role_label(*r, lang)}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <button type="submit">{t::CREATE_OFFICER_BUTTON.get(lang)}</button>
                        </form>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn officer_row(o: OfficerRow, grantable: Vec<Role>) -> impl IntoView {
    let lang = use_lang();
    let roles_action = format!("/quan-tri/can-bo/{}/vai-tro", o.account_id);
    let reset_action = format!("/quan-tri/can-bo/{}/dat-lai-xac-thuc", o.account_id);
    let where_ = match &o.unit {
        Some(u) => format!("{} — {}", o.agency, u),
        None => o.agency.clone(),
    };
    let name = o.full_name.clone();
    view! {
        <tr>
            <td>{o.full_name.clone()}<br/><small>{o.email.clone()}</small>{o.title.clone().map(|t| view! { <br/><small>{t}</small> })}</td>
            <td>{where_}</td>
            <td>
                <form method="post" action=roles_action class="roles">
                    <CsrfInput/>
                    {grantable.iter().map(|r| {
                        let id = format!("vt-{}-{}", o.account_id, r.code());
                        view! {
                            <span class="checkbox">
                                <input id=id.clone() type="checkbox" name="vai_tro" value=r.code() checked=o.roles.contains(r)/>
                                <label for=id>{role_label(*r, lang)}</label>
                            </span>
                        }
                    }).collect_view()}
                    <button type="submit" class="secondary" aria-label=format!("{} — {}", t::SAVE_ROLES.get(lang), name)>{t::SAVE_ROLES.get(lang)}</button>
                </form>
            </td>
            <td>
                {if o.second_factor { t::ENROLLED.get(lang) } else { t::NOT_ENROLLED.get(lang) }}
                {o.second_factor.then(|| view! {
                    <form method="post" action=reset_action.clone() class="inline">
                        <CsrfInput/>
                        <button type="submit" class="secondary" aria-label=format!("{} — {}", t::RESET_SECOND_FACTOR.get(lang), o.full_name)>{t::RESET_SECOND_FACTOR.get(lang)}</button>
                    </form>
                })}
            </td>
        </tr>
    }
}
