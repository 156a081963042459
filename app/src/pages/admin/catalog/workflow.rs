//! `/quan-tri/quy-trinh/{code}`: a procedure's workflow as a plain form, a row per step (name,
//! kind, the agency doing it for liên thông, its unit, its time), blank rows to add steps and a
//! box to remove one. Posts to `server/src/http/catalog_forms.rs`; the rules are
//! `shared::workflow::form` and `server/src/services/catalog/workflows.rs`.

use super::section::{Form, checkbox, coded, rows, select, text};
use crate::api::catalog_admin::{WorkflowEditor, load_workflow_editor};
use crate::links::{editor_href, workflow_href};

use crate::forms::{Posted, posted};
use crate::i18n::{Lang, t, time_unit_label, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::catalog::TimeUnit;
use shared::workflow::StepKind;

fn kind_label(kind: StepKind, lang: Lang) -> &'static str {
    match kind {
        StepKind::Reception => t::WF_RECEPTION.get(lang),
        StepKind::Processing => t::WF_PROCESSING.get(lang),
        StepKind::Approval => t::WF_APPROVAL.get(lang),
        StepKind::Result => t::WF_RESULT.get(lang),
    }
}

#[component]
pub fn WorkflowAdminPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let data = Resource::new(code, load_workflow_editor);
    let posted = posted();
    let saved = move || query.with(|q| q.get("da_luu").is_some());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                let (values, problems, stale, typed) = match posted.await {
                    Posted::CatalogForm { values, problems, stale } => (values, problems, stale, true),
                    _ => (editor.fields.clone(), Vec::new(), None, false),
                };
                let (form, summary) = Form::posted(values, &problems, stale, lang);
                let version = stale.unwrap_or(editor.version);
                page(editor, form, summary, stale.is_some(), typed, version, saved()).into_any()
            })}
        </Suspense>
    }
}

fn page(
    editor: WorkflowEditor,
    form: Form,
    summary: Vec<(String, String)>,
    stale: bool,
    typed: bool,
    version: i32,
    saved: bool,
) -> impl IntoView {
    let lang = form.lang;
    let title = format!("{}: {}", t::WF_TITLE.get(lang), editor.name);
    let status = if editor.version == 0 {
        t::WF_GENERIC.get(lang).to_owned()
    } else {
        format!("{} {}.", t::WF_VERSION.get(lang), editor.version)
    };
    let kinds = coded(&StepKind::ALL, StepKind::code, |k| kind_label(k, lang).to_owned());
    let agencies: Vec<(String, String)> = std::iter::once((String::new(), t::WF_SAME_AGENCY.get(lang).to_owned()))
        .chain(editor.agencies.iter().map(|a| (a.code.clone(), a.name.clone())))
        .collect();
    let units = [TimeUnit::Hours, TimeUnit::WorkingDays, TimeUnit::CalendarDays];
    let time_units = coded(&units, TimeUnit::code, |u| time_unit_label(u, lang).to_owned());
    let steps = rows(&form, "b", typed, 2);
    let whole = form.errors.get("b").cloned();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><a href=editor_href(&editor.code)>{t::CA_BACK.get(lang)}</a></p>
        <p class="lead">{t::WF_LEAD.get(lang)}</p>
        {saved.then(|| view! { <p class="notice" role="status">{t::WF_SAVED.get(lang)}</p> })}
        <p>{status}</p>
        {stale.then(|| view! { <p class="notice notice-error" role="alert">{t::WF_STALE.get(lang)}</p> })}
        {crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), summary)}
        {(!editor.units.is_empty()).then(|| view! {
            <details>
                <summary>{t::WF_UNITS.get(lang)}</summary>
                <ul>{editor.units.iter().map(|u| view! { <li><code>{u.code.clone()}</code>" — "{u.name.clone()}</li> }).collect_view()}</ul>
            </details>
        })}
        <form method="post" action=workflow_href(&editor.code) class="stack eform">
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=version.to_string()/>
            {text(&form, "ten_quy_trinh", t::WF_NAME.get(lang), None)}
            <p class="hint" id="b">{t::WF_ROWS_HINT.get(lang)}</p>
            {whole.map(|e| view! { <p class="error">{e}</p> })}
            {(0..steps).map(|i| {
                let at = |k: &str| format!("b.{i}.{k}");
                view! {
                    <fieldset class="eform-section">
                        <legend>{format!("{} {}", t::WF_STEP.get(lang), i + 1)}</legend>
                        {text(&form, &at("thu_tu"), t::WF_POSITION.get(lang), None)}
                        {text(&form, &at("ten"), t::WF_STEP_NAME.get(lang), None)}
                        {select(&form, &at("loai"), t::WF_KIND.get(lang), kinds.clone())}
                        {select(&form, &at("co_quan"), t::WF_AGENCY.get(lang), agencies.clone())}
                        {text(&form, &at("don_vi"), t::WF_UNIT.get(lang), None)}
                        {text(&form, &at("han"), t::WF_BUDGET.get(lang), None)}
                        {select(&form, &at("don_vi_han"), t::WF_BUDGET_UNIT.get(lang), time_units.clone())}
                        {checkbox(&form, &at("xoa"), t::CA_REMOVE_ROW.get(lang))}
                    </fieldset>
                }
            }).collect_view()}
            <button type="submit">{t::WF_SAVE.get(lang)}</button>
        </form>
    }
}
