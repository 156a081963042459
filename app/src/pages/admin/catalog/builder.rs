//! `/quan-tri/bieu-mau/{code}/soan`: the e-form builder. The form's sections and fields as a
//! list, each with plain buttons (up, down, remove) and a link to change it; a GET form per
//! section (and per group) picks the kind of a new field and opens its page (`field.rs`). Every
//! button is its own small form, so the builder works without JavaScript and with the keyboard.
//! The form's cross-field rules are listed and added below the sections (`rules.rs`).
//! Posts to `server/src/http/form_builder.rs`.

use super::section::{Form, id_of};
use crate::api::catalog_admin::{FormEditor, load_form_editor};
use crate::forms::{Posted, posted};
use crate::i18n::{Lang, field_kind_label, t, use_lang};
use crate::links::{builder_href, form_href};
use crate::pages::filing::EForm;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::eform::builder::field_form::KINDS;
use shared::eform::{Field, FieldKind};

#[component]
pub fn FormBuilderPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let data = Resource::new(code, load_form_editor);
    let posted = posted();
    let notice = move || {
        query.with(|q| {
            if q.get("da_luu").is_some() {
                Some(t::EB_SAVED.get(lang))
            } else if q.get("da_huy").is_some() {
                Some(t::EB_DISCARDED.get(lang))
            } else {
                None
            }
        })
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                let (values, problems, stale) = match posted.await {
                    Posted::CatalogForm { values, problems, stale } => (values, problems, stale),
                    _ => (Vec::new(), Vec::new(), None),
                };
                let (form, summary) = Form::posted(values, &problems, stale, lang);
                // Problems of a step point at the list (buttons have no input of their own).
                let summary = summary
                    .into_iter()
                    .map(|(href, m)| match href.as_str() {
                        "#tieu_de" => (href, m),
                        "#json" => ("#cong-bo".to_owned(), m),
                        // A rule refused on adding: at the form's first choice.
                        "#quy_tac" => match form.values.get("loai_quy_tac") {
                            Some(kind) => (super::rules::refused_anchor(kind).to_owned(), m),
                            None => ("#quy-tac".to_owned(), m),
                        },
                        _ => ("#cac-phan".to_owned(), m),
                    })
                    .collect();
                page(editor, form, summary, stale.is_some(), notice()).into_any()
            })}
        </Suspense>
    }
}

/// The hidden inputs every step carries: the CSRF token, and what the page showed (the
/// builder's revision and the published version).
pub(super) fn step_inputs(seen: (i32, i32)) -> impl IntoView + use<> {
    view! {
        <CsrfInput/>
        <input type="hidden" name="phien_ban" value=seen.0.to_string()/>
        <input type="hidden" name="ban_goc" value=seen.1.to_string()/>
    }
}

fn page(
    editor: FormEditor,
    form: Form,
    summary: Vec<(String, String)>,
    stale: bool,
    notice: Option<&'static str>,
) -> impl IntoView {
    let lang = form.lang;
    let title = match &editor.case {
        Some(case) => format!("{}: {} — {} {case}", t::EB_TITLE.get(lang), editor.name, t::EF_CASE.get(lang)),
        None => format!("{}: {}", t::EB_TITLE.get(lang), editor.name),
    };
    let action = builder_href(&editor.target);
    let revision = (editor.draft, editor.version);
    let status = if editor.draft_open {
        format!("{} {}.", t::EB_DRAFT.get(lang), editor.draft)
    } else {
        t::EB_NO_DRAFT.get(lang).to_owned()
    };
    let counts = (!editor.counts.is_empty()).then(|| {
        let mut list: Vec<String> = Vec::new();
        for counted in editor.counts.iter().map(|(key, unit)| format!("{key} ({unit})")) {
            if !list.contains(&counted) {
                list.push(counted);
            }
        }
        view! { <p class="hint">{t::EB_COUNTS.get(lang)}" "<code>{list.join(", ")}</code></p> }
    });
    let schema = editor.building.clone();
    let sections = schema.sections.len();
    let refused_rule = form.error("quy_tac").map(|error| super::rules::Refused { values: form.values.clone(), error });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><a href=form_href(&editor.target)>{t::EB_BACK.get(lang)}</a></p>
        <p class="lead">{t::EB_LEAD.get(lang)}</p>
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        {stale.then(|| view! { <p class="notice notice-error" role="alert">{t::EB_STALE.get(lang)}</p> })}
        {crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), summary)}
        <p role="status">{status}</p>
        {counts}
        {heading(&form, &editor, &action, revision)}
        <h2 id="cac-phan">{t::EB_SECTIONS.get(lang)}</h2>
        {schema.sections.iter().enumerate().map(|(i, section)| {
            section_card(lang, &editor, &action, revision, i, sections, &section.title, &section.fields)
        }).collect_view()}
        <form method="post" action=action.clone() class="card stack">
            {step_inputs(revision)}
            <div class="field">
                <label for="phan-moi">{t::EB_SECTION_TITLE.get(lang)}</label>
                <input id="phan-moi" name="tieu_de" type="text" maxlength="300" required/>
            </div>
            <button type="submit" name="thao_tac" value="them_phan">{t::EB_ADD_SECTION.get(lang)}</button>
        </form>
        {super::rules::rules_card(lang, &schema, &action, revision, refused_rule)}
        <section aria-labelledby="xem-truoc" class="card">
            <h2 id="xem-truoc">{t::EF_PREVIEW.get(lang)}</h2>
            <h3>{schema.title.clone()}</h3>
            <EForm schema=schema values=Default::default() problems=Default::default() units=editor.units.clone()/>
        </section>
        {editor.draft_open.then(|| view! {
            <div class="actions" id="cong-bo">
                <form method="post" action=action.clone()>
                    {step_inputs(revision)}
                    <button type="submit" name="thao_tac" value="cong_bo">{t::EB_PUBLISH.get(lang)}</button>
                </form>
                <form method="post" action=action.clone()>
                    {step_inputs(revision)}
                    <button type="submit" class="secondary" name="thao_tac" value="huy">{t::EB_DISCARD.get(lang)}</button>
                </form>
            </div>
        })}
    }
}

/// The form's title and the document the declaration stands for.
fn heading(form: &Form, editor: &FormEditor, action: &str, revision: (i32, i32)) -> impl IntoView + use<> {
    let lang = form.lang;
    let typed = form.values.get("thao_tac").is_some_and(|a| a == "tieu_de");
    let title =
        if typed { form.values.get("tieu_de").cloned().unwrap_or_default() } else { editor.building.title.clone() };
    let error = typed.then(|| form.errors.get("tieu_de").cloned()).flatten();
    let replaces = editor.building.replaces_requirement;
    let invalid = error.is_some();
    let described = invalid.then_some("tieu_de-loi");
    view! {
        <form method="post" action=action.to_owned() class="card stack">
            <h2>{t::EB_HEADING.get(lang)}</h2>
            {step_inputs(revision)}
            <div class="field" class:has-error=invalid>
                <label for="tieu_de">{t::EB_FORM_TITLE.get(lang)}</label>
                {error.map(|e| view! { <p class="error" id="tieu_de-loi">{e}</p> })}
                <input id="tieu_de" name="tieu_de" type="text" maxlength="300" value=title aria-invalid=invalid.then_some("true") aria-describedby=described/>
            </div>
            <div class="field">
                <label for="thay-giay-to">{t::EB_REPLACES.get(lang)}</label>
                <select id="thay-giay-to" name="thay_giay_to">
                    <option value="" selected=replaces.is_none()>{t::EB_REPLACES_NONE.get(lang)}</option>
                    {editor.documents.iter().map(|(ordinal, name)| {
                        let selected = replaces == Some(*ordinal);
                        view! { <option value=ordinal.to_string() selected=selected>{format!("{ordinal}. {name}")}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" name="thao_tac" value="tieu_de">{t::EB_SAVE.get(lang)}</button>
        </form>
    }
}

/// A small form of one button: a step on the section `index` or the field `at`.
fn button(
    action: &str,
    revision: (i32, i32),
    step: &'static str,
    text: &'static str,
    name: String,
    target: (&'static str, String),
) -> impl IntoView + use<> {
    view! {
        <form method="post" action=action.to_owned() class="inline">
            {step_inputs(revision)}
            <input type="hidden" name=target.0 value=target.1/>
            <button type="submit" class="secondary small" name="thao_tac" value=step aria-label=name>{text}</button>
        </form>
    }
}

#[allow(clippy::too_many_arguments)]
fn section_card(
    lang: Lang,
    editor: &FormEditor,
    action: &str,
    revision: (i32, i32),
    index: usize,
    sections: usize,
    title: &str,
    fields: &[Field],
) -> impl IntoView + use<> {
    let heading_id = format!("phan-{index}");
    let labelled_by = heading_id.clone();
    let rename_id = format!("phan-{index}-ten");
    let named = |verb: &str| format!("{verb}: {} {} {title}", t::EB_SECTION.get(lang), index + 1);
    let at = || ("phan", index.to_string());
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h3 id=heading_id>{format!("{} {}: {title}", t::EB_SECTION.get(lang), index + 1)}</h3>
            <div class="actions">
                <form method="post" action=action.to_owned() class="inline">
                    {step_inputs(revision)}
                    <input type="hidden" name="phan" value=index.to_string()/>
                    <label for=rename_id.clone()>{t::EB_SECTION_TITLE.get(lang)}</label>
                    <input id=rename_id name="tieu_de" type="text" maxlength="300" value=title.to_owned()/>
                    <button type="submit" class="secondary small" name="thao_tac" value="doi_ten_phan">{t::EB_RENAME.get(lang)}</button>
                </form>
                {(index > 0).then(|| button(action, revision, "phan_len", t::EB_UP.get(lang), named(t::EB_UP.get(lang)), at()))}
                {(index + 1 < sections).then(|| button(action, revision, "phan_xuong", t::EB_DOWN.get(lang), named(t::EB_DOWN.get(lang)), at()))}
                {fields.is_empty().then(|| button(action, revision, "xoa_phan", t::EB_REMOVE.get(lang), named(t::EB_REMOVE.get(lang)), at()))}
            </div>
            {if fields.is_empty() {
                view! { <p>{t::EB_EMPTY_SECTION.get(lang)}</p> }.into_any()
            } else {
                view! { <ol class="builder-fields">{fields.iter().map(|f| field_item(lang, editor, action, revision, index, None, f)).collect_view()}</ol> }.into_any()
            }}
            {add_field(lang, editor, index, None)}
        </section>
    }
}

/// One field in the list, with its buttons; a group lists its members too.
fn field_item(
    lang: Lang,
    editor: &FormEditor,
    action: &str,
    revision: (i32, i32),
    section: usize,
    group: Option<&str>,
    field: &Field,
) -> AnyView {
    let at = match group {
        Some(group) => format!("{group}.{}", field.key),
        None => field.key.clone(),
    };
    let edit = format!("{}/truong?phan={section}&truong={at}", builder_href(&editor.target));
    let named = |verb: &str| format!("{verb}: {}", field.label);
    let target = || ("truong", at.clone());
    let mut about = vec![field_kind_label(field.kind.code(), lang).to_owned()];
    if field.required {
        about.push(t::EB_REQUIRED.get(lang).to_owned());
    }
    if let Some(c) = &field.when {
        let value = c.equals.clone().unwrap_or_else(|| t::EB_HAS_VALUE.get(lang).to_owned());
        about.push(format!("{} {} = {value}", t::EB_SHOWN_WHEN.get(lang), c.field));
    }
    let members = match &field.kind {
        FieldKind::Group { fields, .. } => Some(view! {
            <div class="builder-group">
                <ol class="builder-fields">{fields.iter().map(|m| field_item(lang, editor, action, revision, section, Some(&field.key), m)).collect_view()}</ol>
                {add_field(lang, editor, section, Some(field.key.clone()))}
            </div>
        }.into_any()),
        _ => None,
    };
    view! {
        <li id=format!("t-{}", id_of(&at))>
            <strong>{field.label.clone()}</strong>" "<code>{field.key.clone()}</code>
            <span class="hint">" · "{about.join(" · ")}</span>
            <div class="actions">
                <a class="button secondary small" href=edit aria-label=named(t::EB_EDIT.get(lang))>{t::EB_EDIT.get(lang)}</a>
                {button(action, revision, "len", t::EB_UP.get(lang), named(t::EB_UP.get(lang)), target())}
                {button(action, revision, "xuong", t::EB_DOWN.get(lang), named(t::EB_DOWN.get(lang)), target())}
                {button(action, revision, "xoa", t::EB_REMOVE.get(lang), named(t::EB_REMOVE.get(lang)), target())}
            </div>
            {members}
        </li>
    }
    .into_any()
}

/// A GET form picking the kind of a new field of section `section` (or of `group`).
fn add_field(lang: Lang, editor: &FormEditor, section: usize, group: Option<String>) -> impl IntoView + use<> {
    let id = match &group {
        Some(g) => format!("them-{section}-{}", id_of(g)),
        None => format!("them-{section}"),
    };
    let text = if group.is_some() { t::EB_ADD_MEMBER.get(lang) } else { t::EB_ADD_FIELD.get(lang) };
    let in_group = group.is_some();
    let kinds = KINDS.iter().filter(move |k| !in_group || **k != "group");
    view! {
        <form method="get" action=format!("{}/truong", builder_href(&editor.target)) class="inline">
            <input type="hidden" name="phan" value=section.to_string()/>
            {group.map(|g| view! { <input type="hidden" name="nhom" value=g/> })}
            <label for=id.clone()>{format!("{text}. {}", t::EB_KIND.get(lang))}</label>
            <select id=id name="loai">
                {kinds.map(|k| view! { <option value=*k>{field_kind_label(k, lang)}</option> }).collect_view()}
            </select>
            <button type="submit" class="secondary small">{t::EB_ADD.get(lang)}</button>
        </form>
    }
}
