//! `/xuat-du-lieu`: an officer (their agency's dossiers) or a business member (the business's)
//! asks for a list of dossiers as CSV or XLSX, with every document in a ZIP if they want, and
//! follows each export until its file is ready to download. A plain form; while a file is being
//! made the page refreshes itself every five seconds (no JavaScript needed).

use crate::api::exports::{ExportRow, ExportsPage as Page, load_exports};
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::exports::{export_problem, kept, state_label};
use crate::i18n::{Lang, size_label, status_label, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use shared::dossier::Status;
use shared::exports::ExportState;
use std::collections::HashMap;

#[component]
pub fn ExportsPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_exports());
    let posted = posted();
    let started = use_query_map().with_untracked(|q| q.get("da_yeu_cau").is_some());
    view! {
        <Title text=t::EXP_TITLE.get(lang)/>
        <h1>{t::EXP_TITLE.get(lang)}</h1>
        <p>{t::EXP_LEAD.get(lang)}" "{kept(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    Posted::Export { fields, problems } => Some((fields, problems)),
                    _ => None,
                };
                match data.await {
                    Ok(Ok(page)) => page_view(page, refused, started, lang).into_any(),
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

type Refused = (Vec<(String, String)>, Vec<shared::exports::ExportProblem>);

fn page_view(page: Page, refused: Option<Refused>, started: bool, lang: Lang) -> impl IntoView {
    let busy = page.exports.iter().any(|e| matches!(e.state, ExportState::Waiting | ExportState::Writing));
    let form = if page.scopes.is_empty() {
        view! { <p class="notice">{t::EXP_NOTHING_IN_SCOPE.get(lang)}</p> }.into_any()
    } else {
        form(&page, refused, lang).into_any()
    };
    view! {
        {busy.then(|| view! { <Meta http_equiv="refresh" content="5"/> })}
        {started.then(|| view! { <p class="notice" role="status">{t::EXP_STARTED.get(lang)}</p> })}
        {form}
        <section aria-labelledby="yeu-cau-cua-ban">
            <h2 id="yeu-cau-cua-ban">{t::EXP_MINE.get(lang)}</h2>
            {busy.then(|| view! { <p class="hint">{t::EXP_REFRESH.get(lang)}</p> })}
            {list(page.exports, lang)}
        </section>
    }
}

fn form(page: &Page, refused: Option<Refused>, lang: Lang) -> impl IntoView + use<> {
    let (fields, problems) = refused.unwrap_or_default();
    if !problems.is_empty() {
        set_page_status(422);
    }
    let typed: HashMap<String, String> = fields.into_iter().collect();
    let value = |k: &str, default: &str| typed.get(k).cloned().unwrap_or_else(|| default.to_owned());
    let said: Vec<(&'static str, String)> = problems.iter().map(|p| export_problem(*p, lang)).collect();
    let error = |field: &str| said.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone());
    let summary = (!said.is_empty()).then(|| {
        let links = said.iter().map(|(f, m)| (format!("#xuat-{}", f.replace('_', "-")), m.clone())).collect();
        problem_summary(t::EXP_REFUSED.get(lang), links)
    });
    let line = |field: &str| {
        error(field)
            .map(|m| view! { <p class="field-error" id=format!("xuat-{}-error", field.replace('_', "-"))>{m}</p> })
    };
    let scope = value("pham_vi", "");
    let scopes = page
        .scopes
        .iter()
        .map(|(code, name)| {
            view! { <option value=code.clone() selected=*code == scope>{name.clone()}</option> }
        })
        .collect_view();
    let procedure = value("thu_tuc", "");
    let procedures = page
        .procedures
        .iter()
        .map(|(id, name)| {
            view! { <option value=id.to_string() selected=id.to_string() == procedure>{name.clone()}</option> }
        })
        .collect_view();
    let status = value("trang_thai", "");
    let statuses = Status::ALL
        .iter()
        .filter(|s| **s != Status::Draft)
        .map(|s| {
            view! { <option value=s.code() selected=s.code() == status>{status_label(*s, lang)}</option> }
        })
        .collect_view();
    let format = value("dinh_dang", "xlsx");
    let documents = typed.get("kem_giay_to").is_some_and(|v| v == "1");
    view! {
        <form method="post" action="/xuat-du-lieu" class="card stack">
            <h2>{t::EXP_NEW.get(lang)}</h2>
            <CsrfInput/>
            {summary}
            <div class="field">
                <label for="xuat-pham-vi">{t::EXP_SCOPE.get(lang)}</label>
                {line("pham_vi")}
                <select id="xuat-pham-vi" name="pham_vi" aria-invalid=error("pham_vi").map(|_| "true")>{scopes}</select>
            </div>
            <div class="field">
                <label for="xuat-thu-tuc">{t::EXP_PROCEDURE.get(lang)}</label>
                <select id="xuat-thu-tuc" name="thu_tuc">
                    <option value="">{t::EXP_ALL_PROCEDURES.get(lang)}</option>
                    {procedures}
                </select>
            </div>
            <div class="field">
                <label for="xuat-trang-thai">{t::EXP_STATUS.get(lang)}</label>
                <select id="xuat-trang-thai" name="trang_thai">
                    <option value="">{t::EXP_ALL_STATUSES.get(lang)}</option>
                    {statuses}
                </select>
            </div>
            <div class="inline-fields">
                <div class="field">
                    <label for="xuat-tu">{t::EXP_FROM.get(lang)}</label>
                    {line("tu")}
                    <input id="xuat-tu" name="tu" type="date" value=value("tu", &page.month_start) required
                        aria-invalid=error("tu").map(|_| "true")/>
                </div>
                <div class="field">
                    <label for="xuat-den">{t::EXP_TO.get(lang)}</label>
                    <input id="xuat-den" name="den" type="date" value=value("den", &page.today) required/>
                </div>
            </div>
            <fieldset class="field" id="xuat-dinh-dang">
                <legend>{t::EXP_FORMAT.get(lang)}</legend>
                {line("dinh_dang")}
                <label><input type="radio" name="dinh_dang" value="xlsx" checked=format == "xlsx"/>" XLSX (Excel)"</label>
                <label><input type="radio" name="dinh_dang" value="csv" checked=format == "csv"/>" CSV"</label>
            </fieldset>
            <div class="field">
                <label><input type="checkbox" name="kem_giay_to" value="1" checked=documents/>" "{t::EXP_DOCUMENTS.get(lang)}</label>
            </div>
            <button type="submit">{t::EXP_START.get(lang)}</button>
        </form>
    }
}

fn list(exports: Vec<ExportRow>, lang: Lang) -> impl IntoView {
    if exports.is_empty() {
        return view! { <p>{t::EXP_NONE.get(lang)}</p> }.into_any();
    }
    let rows = exports.into_iter().map(|e| row(e, lang)).collect_view();
    view! {
        <div class="table-scroll">
            <table id="cac-yeu-cau-xuat">
                <thead><tr>
                    <th scope="col">{t::EXP_ASKED.get(lang)}</th>
                    <th scope="col">{t::EXP_WHAT.get(lang)}</th>
                    <th scope="col">{t::EXP_FILE_FORMAT.get(lang)}</th>
                    <th scope="col">{t::EXP_PROGRESS.get(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn row(e: ExportRow, lang: Lang) -> impl IntoView {
    let state = state_label(e.state, lang);
    let progress = match (e.state, e.rows_total) {
        (ExportState::Writing, Some(total)) if total > 0 => {
            let label = format!("{state}: {}/{total}", e.rows_done);
            view! { <progress value=e.rows_done.to_string() max=total.to_string() aria-label=label.clone()></progress>" "{label} }.into_any()
        }
        (ExportState::Ready, _) => {
            let size = size_label(u64::try_from(e.size.unwrap_or(0)).unwrap_or(0));
            let until = e.expires.clone().unwrap_or_default();
            view! {
                <a href=format!("/xuat-du-lieu/{}/tai-ve", e.id) rel="external">{t::EXP_DOWNLOAD.get(lang)}" ("{size}")"</a>
                " · "{t::EXP_UNTIL.get(lang)}" "{until}
            }
            .into_any()
        }
        _ => view! { {state} }.into_any(),
    };
    view! {
        <tr>
            <td>{e.asked_at}</td>
            <td>{e.what}</td>
            <td>{e.format}</td>
            <td>{progress}</td>
        </tr>
    }
}
