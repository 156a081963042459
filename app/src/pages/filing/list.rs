//! `/ho-so`: my drafts, my submitted dossiers, my document store.

use super::size_label;
use crate::api::filing::{DossierRow, StoredFile, load_my_dossiers};
use crate::components::notice::{Denied, Unavailable};
use crate::i18n::{status_label, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyDossiersPage() -> impl IntoView {
    let lang = use_lang();
    let query = leptos_router::hooks::use_query_map();
    let page = move || query.with(|q| q.get("trang").and_then(|v| v.parse::<u32>().ok()));
    let data = Resource::new(page, load_my_dossiers);
    view! {
        <Title text=t::MY_DOSSIERS_TITLE.get(lang)/>
        <h1>{t::MY_DOSSIERS_TITLE.get(lang)}</h1>
        // Back from the payment gateway with a result that names no dossier of this person.
        {move || query.with(|q| q.get("thanh_toan").is_some()).then(|| view! {
            <p class="notice" role="status">{t::PAYMENT_TAMPERED.get(lang)}</p>
        })}
        {move || query.with(|q| {
            if q.get("da_xoa_tep").is_some() {
                Some(t::STORE_DELETED.get(lang))
            } else {
                q.get("tep_dang_dung").map(|_| t::STORE_IN_USE.get(lang))
            }
        }).map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <p><a href="/thu-tuc">{t::FIND_PROCEDURE.get(lang)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let mine = match data.await {
                    Ok(Ok(m)) => m,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                view! {
                    {(!mine.notices.is_empty()).then(|| view! {
                        <section class="notice" aria-labelledby="notices">
                            <h2 id="notices">{t::NOTICES.get(lang)}</h2>
                            <ul>
                                {mine.notices.iter().map(|n| view! {
                                    <li>{n.at.clone()}": "{match n.dossier_id {
                                        Some(id) => view! { <a href=format!("/ho-so/{id}")>{n.text(lang).to_owned()}</a> }.into_any(),
                                        None => n.text(lang).to_owned().into_any(),
                                    }}</li>
                                }).collect_view()}
                            </ul>
                            <form method="post" action="/ho-so/da-doc" class="inline">
                                <CsrfInput/>
                                <button type="submit" class="secondary">{t::MARK_READ.get(lang)}</button>
                            </form>
                        </section>
                    })}
                    <section aria-labelledby="drafts">
                        <h2 id="drafts">{t::DRAFTS.get(lang)}</h2>
                        {rows(mine.drafts)}
                    </section>
                    <section aria-labelledby="submitted">
                        <h2 id="submitted">{t::SUBMITTED_DOSSIERS.get(lang)}</h2>
                        {rows(mine.dossiers)}
                        {(mine.page > 1 || mine.has_next).then(|| view! {
                            <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                                {(mine.page > 1).then(|| view! {
                                    <a href=format!("/ho-so?trang={}", mine.page - 1) rel="prev">{t::PAGE_PREV.get(lang)}</a>
                                })}
                                {mine.has_next.then(|| view! {
                                    <a href=format!("/ho-so?trang={}", mine.page + 1) rel="next">{t::PAGE_NEXT.get(lang)}</a>
                                })}
                            </nav>
                        })}
                    </section>
                    <section aria-labelledby="kho-title" id="kho">
                        <h2 id="kho-title">{t::DOCUMENT_STORE.get(lang)}</h2>
                        {store(mine.files, query.with_untracked(|q| q.get("xoa_tep").and_then(|v| v.parse::<i64>().ok())))}
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The document store: one entry per distinct file, with its date; one no dossier holds can be
/// deleted, once confirmed (`confirming`: the file whose deletion is being asked).
fn store(files: Vec<StoredFile>, confirming: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    if files.is_empty() {
        return view! { <p>{t::NOTHING_YET.get(lang)}</p> }.into_any();
    }
    view! {
        <ul class="files store">
            {files.into_iter().map(|f| {
                let id = f.file.file_id;
                let action = (!f.in_use).then(|| if confirming == Some(id) {
                    view! {
                        <form method="post" action=format!("/ho-so/kho/{id}/xoa") class="confirm">
                            <CsrfInput/>
                            <p>{t::STORE_DELETE_CONFIRM.get(lang)}" "<strong>{f.file.name.clone()}</strong></p>
                            <div class="actions">
                                <button type="submit">{t::STORE_DELETE.get(lang)}</button>
                                <a href="/ho-so#kho">{t::WITHDRAW_CANCEL.get(lang)}</a>
                            </div>
                        </form>
                    }.into_any()
                } else {
                    view! {
                        " "<a href=format!("/ho-so?xoa_tep={id}#kho") class="button secondary small">
                            {t::STORE_DELETE.get(lang)}<span class="visually-hidden">" "{f.file.name.clone()}</span>
                        </a>
                    }.into_any()
                });
                view! {
                    <li>
                        <a href=format!("/tai-lieu/{id}") rel="external" target="_blank">{f.file.name.clone()}</a>
                        " ("{size_label(f.file.size)}" · "{t::STORE_UPLOADED.get(lang)}" "{f.uploaded}")"
                        {f.in_use.then(|| view! { " — "{t::STORE_USED.get(lang)} })}
                        {action}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn rows(rows: Vec<DossierRow>) -> impl IntoView {
    let lang = use_lang();
    if rows.is_empty() {
        return view! { <p>{t::NOTHING_YET.get(lang)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
        <table>
            <thead><tr>
                <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                <th scope="col">{t::PROCEDURE.get(lang)}</th>
                <th scope="col">{t::STATUS.get(lang)}</th>
                <th scope="col">{t::UPDATED.get(lang)}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let href = format!("/ho-so/{}", r.id);
                    let label = r.code.clone().unwrap_or_else(|| t::DRAFT.get(lang).to_owned());
                    view! {
                        <tr>
                            <td><a href=href>{label}</a>{crate::pages::conversation::unread_badge(r.id, r.unread, lang)}</td>
                            <td>{r.procedure_name}</td>
                            <td>{status_label(r.status, lang)}</td>
                            <td>{r.updated}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}
