//! The builder's cross-field rules: the form's list (each in words, with a remove button), and
//! two small forms adding one — two dates in order, or a field required once another is
//! answered. A member of a repeating group is offered as `group.member` and compared within its
//! own row. Posts to the builder's step (`server/src/http/form_builder.rs`); the rules are
//! checked by `shared::eform::builder::apply`.

use crate::i18n::{Lang, t};
use leptos::prelude::*;
use shared::eform::{Field, FieldKind, FormSchema, Rule};

/// Every field a rule may name, as (name, label): top-level fields and group members
/// (`group.member`, "Group › Member"); `dates`: only date fields.
fn nameable(schema: &FormSchema, dates: bool) -> Vec<(String, String)> {
    let fits = |f: &Field| match f.kind {
        FieldKind::Date { .. } => true,
        FieldKind::Group { .. } | FieldKind::Document { .. } => false,
        _ => !dates,
    };
    let mut out = Vec::new();
    for field in schema.fields() {
        if let FieldKind::Group { fields, .. } = &field.kind {
            for member in fields.iter().filter(|m| fits(m)) {
                out.push((format!("{}.{}", field.key, member.key), format!("{} › {}", field.label, member.label)));
            }
        } else if fits(field) {
            out.push((field.key.clone(), field.label.clone()));
        }
    }
    out
}

/// A rule's field by its label (its name if the form no longer has it).
fn label_of(schema: &FormSchema, name: &str) -> String {
    match schema.rule_field(name) {
        Some((field, Some(group))) => format!("{} › {}", group.label, field.label),
        Some((field, None)) => field.label.clone(),
        None => name.to_owned(),
    }
}

/// A rule in words.
fn rule_text(schema: &FormSchema, rule: &Rule, lang: Lang) -> String {
    let (vi, en) = match rule {
        Rule::DateOrder { earlier, later } => {
            let (a, b) = (label_of(schema, later), label_of(schema, earlier));
            (format!("“{a}” không được trước “{b}”."), format!("“{a}” cannot be before “{b}”."))
        }
        Rule::RequiredWith { field, other } => {
            let (a, b) = (label_of(schema, field), label_of(schema, other));
            (format!("Phải khai “{a}” khi đã khai “{b}”."), format!("“{a}” is required once “{b}” is answered."))
        }
    };
    if lang == Lang::Vi { vi } else { en }
}

/// One field choice of a rule form: (id, name, label, options).
type Choice<'a> = (&'static str, &'static str, &'static str, &'a [(String, String)]);

/// What a refused rule form posted: its choices (by name) and why it was refused.
pub struct Refused {
    pub values: std::collections::HashMap<String, String>,
    pub error: String,
}

/// The id of the input a refused rule form's problem links to: its first choice.
pub fn refused_anchor(kind: &str) -> &'static str {
    if kind == "thu_tu_ngay" { "#ngay-truoc" } else { "#bat-buoc" }
}

fn choice((id, name, label, options): Choice, chosen: Option<&str>, error: Option<&str>) -> impl IntoView + use<> {
    let lang = crate::i18n::use_lang();
    let error_id = format!("{id}-error");
    let described = error.is_some().then(|| error_id.clone());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {error.map(|e| view! { <p class="field-error" id=error_id>{e.to_owned()}</p> })}
            <select id=id name=name aria-invalid=described.is_some().then_some("true") aria-describedby=described>
                <option value="">{t::EB_RULE_CHOOSE.get(lang)}</option>
                {options.iter().map(|(value, text)| {
                    let selected = chosen == Some(value.as_str());
                    view! { <option value=value.clone() selected=selected>{text.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A form adding a rule of `kind` (titled, with its button's text) from two field choices; a
/// refused try of this form comes back with its choices and why, on the first choice.
fn add_form(
    action: &str,
    revision: (i32, i32),
    (kind, title, add): (&'static str, &'static str, &'static str),
    choices: [Choice; 2],
    refused: Option<&Refused>,
) -> impl IntoView + use<> {
    let refused = refused.filter(|r| r.values.get("loai_quy_tac").is_some_and(|k| k == kind));
    let chosen = |name: &str| refused.and_then(|r| r.values.get(name)).map(String::as_str);
    let [first, second] = choices;
    view! {
        <form method="post" action=action.to_owned() class="stack">
            <h3>{title}</h3>
            {super::builder::step_inputs(revision)}
            <input type="hidden" name="loai_quy_tac" value=kind/>
            {choice(first, chosen(first.1), refused.map(|r| r.error.as_str()))}
            {choice(second, chosen(second.1), None)}
            <button type="submit" class="secondary" name="thao_tac" value="them_quy_tac">{add}</button>
        </form>
    }
}

/// The rules card of the builder page (`revision`: what the page showed, as every step carries).
pub fn rules_card(
    lang: Lang,
    schema: &FormSchema,
    action: &str,
    revision: (i32, i32),
    refused: Option<Refused>,
) -> impl IntoView + use<> {
    let inputs = move || super::builder::step_inputs(revision);
    let dates = nameable(schema, true);
    let answers = nameable(schema, false);
    let list = schema
        .rules
        .iter()
        .enumerate()
        .map(|(index, rule)| {
            let text = rule_text(schema, rule, lang);
            let named = format!("{}: {text}", t::EB_REMOVE.get(lang));
            view! {
                <li>
                    {text}" "
                    <form method="post" action=action.to_owned() class="inline">
                        {inputs()}
                        <input type="hidden" name="quy_tac" value=index.to_string()/>
                        <button type="submit" class="secondary small" name="thao_tac" value="xoa_quy_tac" aria-label=named>{t::EB_REMOVE.get(lang)}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card stack" aria-labelledby="quy-tac">
            <h2 id="quy-tac">{t::EB_RULES.get(lang)}</h2>
            <p class="hint">{t::EB_RULES_LEAD.get(lang)}</p>
            {if schema.rules.is_empty() {
                view! { <p>{t::EB_NO_RULES.get(lang)}</p> }.into_any()
            } else {
                view! { <ul class="plain stack">{list}</ul> }.into_any()
            }}
            {add_form(action, revision, ("thu_tu_ngay", t::EB_RULE_ORDER.get(lang), t::EB_RULE_ADD_ORDER.get(lang)), [
                ("ngay-truoc", "ngay_truoc", t::EB_RULE_EARLIER.get(lang), &dates),
                ("ngay-sau", "ngay_sau", t::EB_RULE_LATER.get(lang), &dates),
            ], refused.as_ref())}
            {add_form(action, revision, ("bat_buoc_kem", t::EB_RULE_WITH.get(lang), t::EB_RULE_ADD_WITH.get(lang)), [
                ("bat-buoc", "truong_bat_buoc", t::EB_RULE_FIELD.get(lang), &answers),
                ("khi-da-khai", "khi_da_khai", t::EB_RULE_OTHER.get(lang), &answers),
            ], refused.as_ref())}
        </section>
    }
}
