//! `/quan-tri/thu-tuc/{code}/{section}`: one section of a procedure's draft as a plain form.
//! Lists are rows (`th.0.ma`, `k.1.phi.0.ten` …) with blank rows to fill in and a box to remove
//! a row, so the page works without JavaScript; a refused save shows what was typed again, each
//! problem beside its field and in the summary at the top, linked to the field.

use super::procedure::section_title;
use crate::api::catalog_admin::{ProcedureEditor, load_procedure_editor};
use crate::components::notice::set_page_status;
use crate::forms::{Posted, posted};
use crate::i18n::{
    Lang, catalog_problem_message, channel_label, fee_due_label, fee_kind_label, level_label, online_level_label,
    subject_label, t, time_unit_label, use_lang,
};
use crate::links::editor_href;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use shared::catalog::editor::{Section, fields_of, row_count};
use shared::catalog::{Channel, FeeKind, ImplementingLevel, OnlineLevel, TargetSubject, TimeUnit};
use shared::payment::FeeDue;
use std::collections::HashMap;

/// The form's values and the problems by field name.
pub(super) struct Form {
    pub(super) values: HashMap<String, String>,
    pub(super) errors: HashMap<String, String>,
    pub(super) lang: Lang,
}

impl Form {
    /// The form with `values` and the problems beside their fields, and the summary's links;
    /// the page answers 409 when someone saved meanwhile, 422 when something was refused.
    pub(super) fn posted(
        values: Vec<(String, String)>,
        problems: &[shared::catalog::CatalogProblem],
        stale: Option<i32>,
        lang: Lang,
    ) -> (Form, Vec<(String, String)>) {
        if !problems.is_empty() || stale.is_some() {
            set_page_status(if stale.is_some() { 409 } else { 422 });
        }
        let message = |p: &shared::catalog::CatalogProblem| catalog_problem_message(&p.kind, lang);
        let errors = problems.iter().map(|p| (p.path.clone(), message(p))).collect();
        let summary = problems.iter().map(|p| (format!("#{}", id_of(&p.path)), message(p))).collect();
        (Form { values: values.into_iter().collect(), errors, lang }, summary)
    }

    fn value(&self, name: &str) -> String {
        self.values.get(name).cloned().unwrap_or_default()
    }

    fn ticked(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    pub(super) fn error(&self, name: &str) -> Option<String> {
        self.errors.get(name).cloned()
    }
}

pub(super) fn id_of(name: &str) -> String {
    name.replace('.', "-")
}

#[component]
pub fn SectionPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let section = move || params.with(|p| p.get("section").and_then(|s| Section::parse(&s)));
    let data = Resource::new(code, load_procedure_editor);
    let posted = posted();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                let Some(section) = section() else { return super::not_found() };
                let (values, problems, stale, typed) = match posted.await {
                    Posted::CatalogForm { values, problems, stale } => (values, problems, stale, true),
                    _ => (fields_of(&editor.document, section), Vec::new(), None, false),
                };
                let (form, summary) = Form::posted(values, &problems, stale, lang);
                let revision = stale.unwrap_or(editor.revision);
                section_form(editor, section, form, summary, stale.is_some(), typed, revision).into_any()
            })}
        </Suspense>
    }
}

fn section_form(
    editor: ProcedureEditor,
    section: Section,
    form: Form,
    summary: Vec<(String, String)>,
    stale: bool,
    typed: bool,
    revision: i32,
) -> impl IntoView {
    let lang = form.lang;
    let code = editor.document.code.to_string();
    let title = format!("{}: {}", section_title(section, lang), editor.document.name);
    let action = format!("{}/{}", editor_href(&code), section.slug());
    let body = match section {
        Section::General => general(&form, &editor).into_any(),
        Section::Cases => cases(&form, typed).into_any(),
        Section::Channels => channels(&form, &editor, typed).into_any(),
        Section::Documents => documents(&form, &editor, typed).into_any(),
        Section::Clauses => clauses(&form).into_any(),
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><a href=editor_href(&code)>{t::CA_BACK.get(lang)}</a></p>
        {stale.then(|| view! { <p class="notice notice-error" role="alert">{t::CA_STALE.get(lang)}</p> })}
        {crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), summary)}
        <form method="post" action=action class="stack eform">
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=revision.to_string()/>
            {body}
            <button type="submit">{t::CA_SAVE.get(lang)}</button>
        </form>
    }
}

/// A labelled text input (or textarea with `rows`), with its problem.
pub(super) fn text(form: &Form, name: &str, label: &str, rows: Option<u32>) -> impl IntoView + use<> {
    let id = id_of(name);
    let error = form.error(name);
    let error_id = format!("{id}-loi");
    let described = error.as_ref().map(|_| error_id.clone());
    let value = form.value(name);
    let name = name.to_owned();
    let invalid = error.is_some();
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() name=name rows=rows.to_string() maxlength="20000" aria-invalid=error.is_some().then_some("true") aria-describedby=described.clone()>{value}</textarea>
        }.into_any(),
        None => view! {
            <input id=id.clone() name=name type="text" maxlength="2000" value=value aria-invalid=error.is_some().then_some("true") aria-describedby=described/>
        }.into_any(),
    };
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id>{label.to_owned()}</label>
            {error.map(|e| view! { <p class="error" id=error_id>{e}</p> })}
            {control}
        </div>
    }
}

/// A labelled select of (value, text) options, with its problem.
pub(super) fn select(form: &Form, name: &str, label: &str, options: Vec<(String, String)>) -> impl IntoView + use<> {
    let id = id_of(name);
    let error = form.error(name);
    let error_id = format!("{id}-loi");
    let current = form.value(name);
    let name = name.to_owned();
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label.to_owned()}</label>
            {error.clone().map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
            <select id=id name=name aria-invalid=invalid.then_some("true") aria-describedby=error.map(|_| error_id)>
                {options.into_iter().map(|(v, text)| {
                    let selected = v == current;
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

pub(super) fn checkbox(form: &Form, name: &str, label: &str) -> impl IntoView + use<> {
    let id = id_of(name);
    let checked = form.ticked(name);
    let name = name.to_owned();
    view! {
        <span class="checkbox">
            <input type="checkbox" id=id.clone() name=name value="1" checked=checked/>
            <label for=id>{label.to_owned()}</label>
        </span>
    }
}

pub(super) fn coded<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter().map(|v| (code(*v).to_owned(), label(*v))).collect()
}

fn general(form: &Form, editor: &ProcedureEditor) -> impl IntoView + use<> {
    let lang = form.lang;
    let fields = editor.choices.fields.iter().map(|f| (f.code.clone(), f.name.clone())).collect();
    let agencies = editor.choices.agencies.iter().map(|a| (a.code.clone(), a.name.clone())).collect();
    view! {
        {text(form, "ten", t::CA_NAME.get(lang), Some(2))}
        {select(form, "linh_vuc", t::CA_FIELD.get(lang), fields)}
        {select(form, "co_quan", t::CA_AGENCY.get(lang), agencies)}
        {handover(form, editor)}
        {select(form, "cap", t::CA_LEVEL.get(lang), coded(ImplementingLevel::ALL, ImplementingLevel::code, |l| level_label(l, lang).to_owned()))}
        <fieldset id="doi_tuong">
            <legend>{t::CA_SUBJECTS.get(lang)}</legend>
            {form.error("doi_tuong").map(|e| view! { <p class="error">{e}</p> })}
            {TargetSubject::ALL.iter().map(|s| checkbox(form, &format!("doi_tuong.{}", s.code()), subject_label(*s, lang))).collect_view()}
        </fieldset>
        {select(form, "muc_do", t::CA_ONLINE_LEVEL.get(lang), coded(OnlineLevel::ALL, OnlineLevel::code, |l| online_level_label(l, lang).to_owned()))}
        {checkbox(form, "toan_trinh", t::CA_FULL_ONLINE.get(lang))}
        {select(form, "thu_phi", t::CA_FEE_DUE.get(lang), coded(&[FeeDue::AtSubmission, FeeDue::BeforeResult], FeeDue::code, |d| fee_due_label(d, lang).to_owned()))}
        {text(form, "tu_khoa", t::CA_ALIASES.get(lang), Some(3))}
        {text(form, "quyet_dinh", t::CA_DECISION.get(lang), None)}
        {text(form, "ket_qua", t::CA_RESULT.get(lang), Some(2))}
    }
}

/// Where dossiers are received (rows of selects, two blank ones more) and results returned.
fn handover(form: &Form, editor: &ProcedureEditor) -> impl IntoView + use<> {
    let lang = form.lang;
    let choices = |blank: &str| {
        std::iter::once((String::new(), blank.to_owned()))
            .chain(editor.choices.all_agencies.iter().map(|a| (a.code.clone(), a.name.clone())))
            .collect::<Vec<_>>()
    };
    let filled =
        (0..shared::catalog::editor::MAX_ROWS).filter(|i| form.values.contains_key(&format!("tiep_nhan.{i}"))).count();
    view! {
        <fieldset id="tiep_nhan">
            <legend>{t::CA_RECEIVING.get(lang)}</legend>
            <p class="hint">{t::CA_RECEIVING_HINT.get(lang)}</p>
            {(0..filled + 2).map(|i| {
                let label = format!("{} {}", t::CA_RECEIVING_ROW.get(lang), i + 1);
                select(form, &format!("tiep_nhan.{i}"), &label, choices(t::CA_NONE.get(lang)))
            }).collect_view()}
        </fieldset>
        {select(form, "tra_ket_qua", t::CA_RETURNING.get(lang), choices(t::CA_WHERE_RECEIVED.get(lang)))}
    }
}

/// How many rows to show: the posted ones as they were, or the document's and `blank` more.
pub(super) fn rows(form: &Form, prefix: &str, typed: bool, blank: usize) -> usize {
    let values: Vec<(String, String)> = form.values.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    row_count(&values, prefix) + if typed { 0 } else { blank }
}

fn row_legend(lang: Lang, i: usize) -> String {
    format!("{} {}", t::CA_ROW.get(lang), i + 1)
}

fn cases(form: &Form, typed: bool) -> impl IntoView + use<> {
    let lang = form.lang;
    view! {
        <p class="hint">{t::CA_ROWS_HINT.get(lang)}</p>
        {(0..rows(form, "th", typed, 2)).map(|i| view! {
            <fieldset class="eform-section">
                <legend>{row_legend(lang, i)}</legend>
                {text(form, &format!("th.{i}.ma"), t::CA_CASE_KEY.get(lang), None)}
                {text(form, &format!("th.{i}.ten"), t::CA_CASE_NAME.get(lang), None)}
                {text(form, &format!("th.{i}.mo_ta"), t::CA_DESCRIPTION.get(lang), Some(2))}
                {checkbox(form, &format!("th.{i}.xoa"), t::CA_REMOVE_ROW.get(lang))}
            </fieldset>
        }).collect_view()}
    }
}

fn case_options(editor: &ProcedureEditor, lang: Lang) -> Vec<(String, String)> {
    std::iter::once((String::new(), t::CA_EVERY_CASE.get(lang).to_owned()))
        .chain(editor.document.cases.iter().map(|c| (c.key.clone(), c.name.clone())))
        .collect()
}

fn channels(form: &Form, editor: &ProcedureEditor, typed: bool) -> impl IntoView + use<> {
    let lang = form.lang;
    view! {
        <p class="hint">{t::CA_ROWS_HINT.get(lang)}</p>
        {(0..rows(form, "k", typed, 1)).map(|i| {
            let at = |k: &str| format!("k.{i}.{k}");
            view! {
                <fieldset class="eform-section">
                    <legend>{row_legend(lang, i)}</legend>
                    {select(form, &at("kenh"), t::CA_CHANNEL.get(lang), coded(Channel::ALL, Channel::code, |c| channel_label(c, lang).to_owned()))}
                    {select(form, &at("truong_hop"), t::CA_FOR_CASE.get(lang), case_options(editor, lang))}
                    {text(form, &at("thoi_han"), t::CA_TIME.get(lang), None)}
                    {select(form, &at("don_vi"), t::CA_TIME_UNIT.get(lang), coded(TimeUnit::ALL, TimeUnit::code, |u| time_unit_label(u, lang).to_owned()))}
                    {text(form, &at("gio_chot"), t::CA_CUTOFF.get(lang), None)}
                    {text(form, &at("ghi_chu"), t::CA_NOTE.get(lang), Some(2))}
                    <fieldset>
                        <legend>{t::CA_FEES.get(lang)}</legend>
                        {(0..rows(form, &at("phi"), typed, 1)).map(|j| fee(form, i, j)).collect_view()}
                    </fieldset>
                    {checkbox(form, &at("xoa"), t::CA_REMOVE_ROW.get(lang))}
                </fieldset>
            }
        }).collect_view()}
    }
}

fn fee(form: &Form, i: usize, j: usize) -> impl IntoView + use<> {
    let lang = form.lang;
    let at = |k: &str| format!("k.{i}.phi.{j}.{k}");
    let how = vec![
        ("flat".to_owned(), t::CA_FEE_FLAT.get(lang).to_owned()),
        ("per_unit".to_owned(), t::CA_FEE_PER_UNIT.get(lang).to_owned()),
    ];
    view! {
        <div class="fee-row">
            <p><strong>{format!("{} {}", t::CA_FEE_ROW.get(lang), j + 1)}</strong></p>
            {select(form, &at("loai"), t::CA_FEE_KIND.get(lang), coded(FeeKind::ALL, FeeKind::code, |k| fee_kind_label(k, lang).to_owned()))}
            {text(form, &at("ten"), t::CA_FEE_LABEL.get(lang), None)}
            {select(form, &at("cach_tinh"), t::CA_FEE_HOW.get(lang), how)}
            {text(form, &at("muc"), t::CA_FEE_AMOUNT.get(lang), None)}
            {text(form, &at("don_vi_tinh"), t::CA_FEE_UNIT.get(lang), None)}
            {text(form, &at("bac"), t::CA_FEE_TIERS.get(lang), None)}
            {text(form, &at("tran"), t::CA_FEE_CAP.get(lang), None)}
            {text(form, &at("dem"), t::CA_FEE_COUNT_FIELD.get(lang), None)}
            {text(form, &at("mien_giam"), t::CA_FEE_EXEMPT.get(lang), Some(2))}
            {text(form, &at("can_cu"), t::CA_FEE_BASIS.get(lang), None)}
            {checkbox(form, &at("xoa"), t::CA_REMOVE_ROW.get(lang))}
        </div>
    }
}

fn documents(form: &Form, editor: &ProcedureEditor, typed: bool) -> impl IntoView + use<> {
    let lang = form.lang;
    view! {
        <p class="hint">{t::CA_ROWS_HINT.get(lang)}</p>
        {(0..rows(form, "g", typed, 3)).map(|i| {
            let at = |k: &str| format!("g.{i}.{k}");
            view! {
                <fieldset class="eform-section">
                    <legend>{row_legend(lang, i)}</legend>
                    {text(form, &at("ten"), t::CA_DOC_NAME.get(lang), Some(2))}
                    {select(form, &at("truong_hop"), t::CA_FOR_CASE.get(lang), case_options(editor, lang))}
                    {text(form, &at("ban_chinh"), t::CA_ORIGINALS.get(lang), None)}
                    {text(form, &at("ban_sao"), t::CA_COPIES.get(lang), None)}
                    {text(form, &at("mau"), t::CA_TEMPLATE.get(lang), None)}
                    {checkbox(form, &at("bat_buoc"), t::CA_MANDATORY.get(lang))}
                    {text(form, &at("dieu_kien"), t::CA_DOC_CONDITION.get(lang), None)}
                    {checkbox(form, &at("xoa"), t::CA_REMOVE_ROW.get(lang))}
                </fieldset>
            }
        }).collect_view()}
    }
}

fn clauses(form: &Form) -> impl IntoView + use<> {
    let lang = form.lang;
    view! {
        {text(form, "buoc", t::CA_STEPS.get(lang), Some(8))}
        {text(form, "dieu_kien", t::CA_CONDITIONS.get(lang), Some(5))}
        {text(form, "can_cu", t::CA_LEGAL.get(lang), Some(5))}
    }
}
