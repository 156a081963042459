//! `/quan-tri/bieu-mau/{code}/soan/truong?phan=&nhom=&truong=&loai=`: one field of the e-form
//! builder, new (in section `phan`, or in group `nhom`) or changed (`truong`). The kind is picked
//! first (a GET form), so the page shows only the inputs that kind needs, without JavaScript.
//! Posts to `server/src/http/form_builder.rs`; the inputs are `shared::eform::builder::field_form`.

use super::section::{Form, checkbox, select, text};
use crate::api::catalog_admin::{FormEditor, load_form_editor};
use crate::forms::{Posted, posted};
use crate::i18n::{field_kind_label, prefill_label, t, use_lang};
use crate::links::builder_href;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::eform::builder::field_form::{KINDS, inputs, kind_inputs};
use shared::eform::builder::{FieldAt, field_at, scope};
use shared::eform::{Field, FieldKind, FormSchema, Prefill};

/// Where the field is, as the page's query says.
#[derive(Clone, Default)]
struct Place {
    section: String,
    group: Option<String>,
    /// `key` or `group.key` of the field changed; empty for a new one.
    field: String,
    kind: Option<String>,
}

#[component]
pub fn FieldEditorPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let data = Resource::new(code, load_form_editor);
    let posted = posted();
    let place = move || {
        query.with(|q| Place {
            section: q.get("phan").unwrap_or_default(),
            group: q.get("nhom").filter(|g| !g.is_empty()),
            field: q.get("truong").unwrap_or_default(),
            kind: q.get("loai").filter(|k| KINDS.contains(&k.as_str())),
        })
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                let mut place = place();
                let existing = FieldAt::parse(&place.field).and_then(|at| field_at(&editor.building, &at).cloned());
                if existing.is_none() && !place.field.is_empty() {
                    return super::not_found();
                }
                if let Some(at) = FieldAt::parse(&place.field) {
                    place.group = at.group;
                }
                let (values, problems, stale) = match posted.await {
                    Posted::CatalogForm { values, problems, stale } => (values, problems, stale),
                    _ => (starting_values(existing.as_ref(), place.kind.as_deref()), Vec::new(), None),
                };
                let (form, summary) = Form::posted(values, &problems, stale, lang);
                let kind = form.values.get("loai").cloned().filter(|k| KINDS.contains(&k.as_str())).unwrap_or_else(|| "text".into());
                let revision = stale.unwrap_or(editor.draft);
                page(editor, place, existing, form, summary, stale.is_some(), kind, revision).into_any()
            })}
        </Suspense>
    }
}

/// The inputs the page starts with: the field's, or a new one's of `kind`.
fn starting_values(existing: Option<&Field>, kind: Option<&str>) -> Vec<(String, String)> {
    let mut values = existing.map(inputs).unwrap_or_default();
    if let Some(kind) = kind {
        values.retain(|(k, _)| k != "loai");
        values.push(("loai".into(), kind.to_owned()));
    }
    if existing.is_none() {
        values.extend([("toi_da_ky_tu".to_owned(), if kind == Some("long_text") { "2000" } else { "200" }.to_owned())]);
        values.extend([("dong_it_nhat".to_owned(), "0".to_owned()), ("dong_nhieu_nhat".to_owned(), "20".to_owned())]);
    }
    values
}

#[allow(clippy::too_many_arguments)]
fn page(
    editor: FormEditor,
    place: Place,
    existing: Option<Field>,
    form: Form,
    summary: Vec<(String, String)>,
    stale: bool,
    kind: String,
    revision: i32,
) -> impl IntoView {
    let lang = form.lang;
    let heading = match &existing {
        Some(field) => format!("{}: {}", t::EB_EDIT_FIELD.get(lang), field.label),
        None => t::EB_NEW_FIELD.get(lang).to_owned(),
    };
    let title = format!("{heading} ({})", editor.name);
    let base = format!("{}/truong", builder_href(&editor.target));
    let mut query = format!("phan={}", place.section);
    if let Some(group) = &place.group {
        query.push_str(&format!("&nhom={group}"));
    }
    if !place.field.is_empty() {
        query.push_str(&format!("&truong={}", place.field));
    }
    let action = format!("{base}?{query}&loai={kind}");
    let kinds: Vec<(String, String)> = KINDS
        .iter()
        .filter(|k| place.group.is_none() || **k != "group")
        .map(|k| ((*k).to_owned(), field_kind_label(k, lang).to_owned()))
        .collect();
    let own_key = existing.as_ref().map(|f| f.key.clone());
    let neighbours: Vec<(String, String)> = neighbours(&editor.building, place.group.as_deref())
        .into_iter()
        .filter(|(key, _)| Some(key) != own_key.as_ref())
        .collect();
    view! {
        <Title text=title/>
        <h1>{heading}</h1>
        <p><a href=builder_href(&editor.target)>{t::EB_BACK.get(lang)}</a></p>
        {place.group.clone().map(|g| view! { <p>{t::EB_IN_GROUP.get(lang)}" "<code>{g}</code></p> })}
        {stale.then(|| view! { <p class="notice notice-error" role="alert">{t::EB_STALE.get(lang)}</p> })}
        {crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), summary)}
        <form method="get" action=base class="card stack">
            <input type="hidden" name="phan" value=place.section.clone()/>
            {place.group.clone().map(|g| view! { <input type="hidden" name="nhom" value=g/> })}
            {(!place.field.is_empty()).then(|| view! { <input type="hidden" name="truong" value=place.field.clone()/> })}
            <p class="hint" id="doi-loai-goi-y">{t::EB_CHANGE_KIND_HINT.get(lang)}</p>
            {select(&form, "loai", t::EB_KIND.get(lang), kinds)}
            <button type="submit" class="secondary">{t::EB_CHANGE_KIND.get(lang)}</button>
        </form>
        <form method="post" action=action class="stack eform">
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=revision.to_string()/>
            <input type="hidden" name="ban_goc" value=editor.version.to_string()/>
            <input type="hidden" name="phan" value=place.section.clone()/>
            {place.group.clone().map(|g| view! { <input type="hidden" name="nhom" value=g/> })}
            <input type="hidden" name="truong" value=place.field.clone()/>
            <input type="hidden" name="loai" value=kind.clone()/>
            <p><strong>{t::EB_KIND.get(lang)}": "</strong>{field_kind_label(&kind, lang)}</p>
            {text(&form, "ma", t::EB_KEY.get(lang), None)}
            <p class="hint">{t::EB_KEY_HINT.get(lang)}</p>
            {text(&form, "nhan", t::EB_LABEL.get(lang), None)}
            {text(&form, "goi_y", t::EB_HELP.get(lang), Some(2))}
            {(kind != "group" && kind != "document").then(|| checkbox(&form, "bat_buoc", t::EB_MANDATORY.get(lang)))}
            {kind_specific(&form, &editor, &kind)}
            {(!matches!(kind.as_str(), "group" | "document" | "checkbox")).then(|| {
                let mut options = vec![(String::new(), t::EB_NO_PREFILL.get(lang).to_owned())];
                options.extend(Prefill::ALL.iter().map(|p| (p.code().to_owned(), prefill_label(*p, lang).to_owned())));
                select(&form, "dien_san", t::EB_PREFILL.get(lang), options)
            })}
            <fieldset>
                <legend>{t::EB_CONDITION.get(lang)}</legend>
                {
                    let mut options = vec![(String::new(), t::EB_ALWAYS.get(lang).to_owned())];
                    options.extend(neighbours.into_iter().map(|(key, label)| (key.clone(), format!("{label} ({key})"))));
                    select(&form, "dk_truong", t::EB_CONDITION.get(lang), options)
                }
                {text(&form, "dk_bang", t::EB_EQUALS.get(lang), None)}
            </fieldset>
            <button type="submit">{t::EB_SAVE_FIELD.get(lang)}</button>
        </form>
    }
}

/// The fields a condition may name: top-level fields, or a member's row-mates (not groups or
/// document slots, which hold no value).
fn neighbours(schema: &FormSchema, group: Option<&str>) -> Vec<(String, String)> {
    scope(schema, group)
        .into_iter()
        .filter(|f| !matches!(f.kind, FieldKind::Group { .. } | FieldKind::Document { .. }))
        .map(|f| (f.key, f.label))
        .collect()
}

/// The inputs only `kind` needs (`field_form::kind_inputs`).
fn kind_specific(form: &Form, editor: &FormEditor, kind: &str) -> impl IntoView + use<> {
    let lang = form.lang;
    kind_inputs(kind)
        .iter()
        .map(|name| match *name {
            "toi_da_ky_tu" => text(form, name, t::EB_MAX_CHARS.get(lang), None).into_any(),
            "nho_nhat" => text(form, name, t::EB_MIN.get(lang), None).into_any(),
            "lon_nhat" => text(form, name, t::EB_MAX.get(lang), None).into_any(),
            "qua_khu" => checkbox(form, name, t::EB_PAST_ONLY.get(lang)).into_any(),
            "lua_chon" => text(form, name, t::EB_OPTIONS.get(lang), Some(6)).into_any(),
            "dong_it_nhat" => text(form, name, t::EB_MIN_ROWS.get(lang), None).into_any(),
            "dong_nhieu_nhat" => text(form, name, t::EB_MAX_ROWS.get(lang), None).into_any(),
            _ => {
                let options = editor.documents.iter().map(|(o, n)| (o.to_string(), format!("{o}. {n}"))).collect();
                select(form, name, t::EB_DOCUMENT.get(lang), options).into_any()
            }
        })
        .collect_view()
}
