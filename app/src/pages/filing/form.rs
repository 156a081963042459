//! Renders an e-form schema as plain HTML inputs named `f.<key>` and `g.<group>.<row>.<key>`,
//! with each field's problem under it (linked by `aria-describedby`). No `required` attribute:
//! saving a half-filled draft must always work; the server says what is missing at submission.

use crate::api::filing::UnitChoice;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use shared::eform::{Field, FieldKind, FieldProblem, FormSchema, FormValues};
use std::collections::BTreeMap;

/// Problems by input path.
pub type ProblemMap = BTreeMap<String, String>;

pub fn problem_map(schema: &FormSchema, problems: &[FieldProblem]) -> ProblemMap {
    let lang = use_lang();
    problems.iter().map(|p| (p.path.clone(), problem_message(schema, p, lang))).collect()
}

/// A field's problem in words fit for its kind (`i18n::field_problem_message`).
pub fn problem_message(schema: &FormSchema, problem: &FieldProblem, lang: crate::i18n::Lang) -> String {
    if let (shared::eform::Problem::DateOutOfOrder, Some(earlier)) =
        (problem.problem, shared::eform::earlier_of(schema, &problem.path))
    {
        return crate::i18n::date_order_message(&earlier.label, lang);
    }
    crate::i18n::field_problem_message(field_at(schema, &problem.path), problem.problem, lang)
}

/// Whether a problem's message names its field ("Chọn giới tính"), so the error summary shows
/// it alone rather than after the field's label.
pub fn message_names_field(schema: &FormSchema, problem: &FieldProblem) -> bool {
    crate::i18n::message_names_field(field_at(schema, &problem.path), problem.problem)
}

/// The field a problem's path names: `key`, or a group member `group.row.key`.
fn field_at<'a>(schema: &'a FormSchema, path: &str) -> Option<&'a Field> {
    let mut parts = path.split('.');
    let field = schema.field(parts.next()?)?;
    match (&field.kind, parts.nth(1)) {
        (FieldKind::Group { fields, .. }, Some(member)) => fields.iter().find(|f| f.key == member),
        _ => Some(field),
    }
}

/// The id of the input a problem's path names, for the error summary's link (as `input` makes
/// it from the field's name: `f.key` → `f-key`, `g.group.0.key` → `g-group-0-key`).
pub fn input_anchor(schema: &FormSchema, path: &str) -> String {
    let top = path.split('.').next().unwrap_or_default();
    match schema.field(top) {
        Some(_) if path.contains('.') => format!("#g-{}", path.replace('.', "-")),
        Some(_) => format!("#f-{path}"),
        // The draft's own fields (case, owner, receiving unit) are named by their path.
        None => format!("#{path}"),
    }
}

/// The form's sections (`step`: only that one, as a step of filing shows it), each a fieldset.
/// On a step, a field whose condition names an earlier section's answer that rules it out is
/// left out; one whose condition is in its own section is marked `.conditional[data-field]` and
/// hidden while the saved answers rule it out: without JavaScript it shows once an answer posted
/// asks for it, with JavaScript the step form's island shows it as the answer is typed.
#[component]
pub fn EForm(
    schema: FormSchema,
    values: FormValues,
    problems: ProblemMap,
    units: Vec<UnitChoice>,
    #[prop(optional)] step: Option<usize>,
) -> impl IntoView {
    let whole = schema.clone();
    schema
        .sections
        .into_iter()
        .enumerate()
        .filter(|(i, _)| step.is_none_or(|n| n == *i))
        .map(|(i, section)| {
            let id = format!("muc-{i}");
            let labelled_by = id.clone();
            let own: Vec<String> = section.fields.iter().map(|f| f.key.clone()).collect();
            let fields = section
                .fields
                .into_iter()
                .filter(|field| step.is_none() || shared::eform::step_shows(&whole, i, field, &values))
                .map(|field| {
                    let condition = field.when.clone().filter(|c| step.is_some() && own.contains(&c.field));
                    // On a step a conditional question is shown only when asked: no "if applicable".
                    let field = Field { when: if step.is_some() { None } else { field.when.clone() }, ..field };
                    let shown = field_view(&field, &values, &problems, &units);
                    match condition {
                        Some(condition) => view! {
                            <div class="conditional" data-field=field.key.clone() hidden=!condition.holds(&values)>{shown}</div>
                        }
                        .into_any(),
                        None => shown,
                    }
                })
                .collect_view();
            view! {
                <fieldset class="eform-section" aria-labelledby=labelled_by>
                    <legend id=id>{section.title}</legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view()
}

/// One field of the form, with its value and problem.
fn field_view(field: &Field, values: &FormValues, problems: &ProblemMap, units: &[UnitChoice]) -> AnyView {
    match &field.kind {
        FieldKind::Group { fields, .. } => {
            let rows = values.groups.get(&field.key).cloned().unwrap_or_default();
            group(field, fields.clone(), rows, problems, units).into_any()
        }
        // Document slots are in the documents section.
        FieldKind::Document { .. } => ().into_any(),
        _ => {
            let value = values.fields.get(&field.key).cloned().unwrap_or_default();
            let name = format!("f.{}", field.key);
            let problem = problems.get(&field.key).cloned();
            input(field, name, value, problem, units).into_any()
        }
    }
}

fn group(
    field: &Field,
    members: Vec<Field>,
    rows: Vec<shared::eform::Row>,
    problems: &ProblemMap,
    units: &[UnitChoice],
) -> impl IntoView + use<> {
    let lang = use_lang();
    let FieldKind::Group { max_rows, .. } = field.kind else { unreachable!() };
    // The rows typed so far, and one spare row to type the next (up to the maximum).
    let shown = (rows.len() + 1).min(max_rows);
    let group_problem = problems.get(&field.key).cloned();
    let hint_id = format!("g-{}-loi", field.key);
    let described = group_problem.as_ref().map(|_| hint_id.clone());
    let rows_view = (0..shown)
        .map(|i| {
            let row = rows.get(i).cloned().unwrap_or_default();
            let cells = members
                .iter()
                .map(|m| {
                    let path = format!("{}.{i}.{}", field.key, m.key);
                    let name = format!("g.{path}");
                    let value = row.get(&m.key).cloned().unwrap_or_default();
                    input(m, name, value, problems.get(&path).cloned(), units)
                })
                .collect_view();
            view! {
                <div class="group-row" role="group" aria-label=format!("{} {}", field.label, i + 1)>{cells}</div>
            }
        })
        .collect_view();
    let add = format!("them:{}", field.key);
    view! {
        <div class="field group" aria-describedby=described>
            <p class="group-label">{field.label.clone()}{field.required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</p>
            {group_problem.map(|p| view! { <p class="field-error" id=hint_id.clone()>{p}</p> })}
            {rows_view}
            {(shown < max_rows).then(|| view! {
                <button type="submit" name="hanh_dong" value=add class="secondary" formnovalidate=true>{t::ADD_ROW.get(lang)}</button>
            })}
        </div>
    }
}

fn input(
    field: &Field,
    name: String,
    value: String,
    problem: Option<String>,
    units: &[UnitChoice],
) -> impl IntoView + use<> {
    let lang = use_lang();
    let id = name.replace('.', "-");
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described: Vec<String> =
        [field.help.as_ref().map(|_| help_id.clone()), problem.as_ref().map(|_| error_id.clone())]
            .into_iter()
            .flatten()
            .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = problem.is_some().then_some("true");
    let required_mark = field.required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> });
    // Without JavaScript every field shows; a conditional one says so.
    let condition =
        field.when.as_ref().map(|_| view! { <span class="condition">" "{t::IF_APPLICABLE.get(lang)}</span> });
    let control = match &field.kind {
        FieldKind::LongText { max_chars } => view! {
            <textarea id=id.clone() name=name.clone() rows="4" maxlength=max_chars.to_string() aria-describedby=described.clone() aria-invalid=invalid aria-required=field.required.then_some("true")>{value.clone()}</textarea>
        }.into_any(),
        FieldKind::Select { options } => view! {
            <select id=id.clone() name=name.clone() aria-describedby=described.clone() aria-invalid=invalid aria-required=field.required.then_some("true")>
                <option value="">{t::CHOOSE.get(lang)}</option>
                {options.iter().map(|o| view! { <option value=o.value.clone() selected=o.value == value>{o.label.clone()}</option> }).collect_view()}
            </select>
        }.into_any(),
        FieldKind::AdminUnit => view! {
            <select id=id.clone() name=name.clone() aria-describedby=described.clone() aria-invalid=invalid aria-required=field.required.then_some("true")>
                <option value="">{t::CHOOSE.get(lang)}</option>
                {units.iter().map(|u| view! { <option value=u.code.clone() selected=u.code == value>{u.name.clone()}</option> }).collect_view()}
            </select>
        }.into_any(),
        FieldKind::Radio { options } => {
            return view! {
                <fieldset class="field radio" id=id.clone() tabindex="-1" aria-describedby=described.clone() aria-invalid=invalid>
                    <legend>{field.label.clone()}{required_mark}{condition}</legend>
                    {options.iter().enumerate().map(|(i, o)| {
                        let oid = format!("{id}-{i}");
                        view! {
                            <span class="checkbox">
                                <input type="radio" id=oid.clone() name=name.clone() value=o.value.clone() checked=o.value == value/>
                                <label for=oid>{o.label.clone()}</label>
                            </span>
                        }
                    }).collect_view()}
                    {field.help.clone().map(|h| view! { <p class="hint" id=help_id.clone()>{h}</p> })}
                    {problem.clone().map(|p| view! { <p class="field-error" id=error_id.clone()>{p}</p> })}
                </fieldset>
            }.into_any();
        }
        FieldKind::Checkbox => {
            return view! {
                <div class="field checkbox">
                    <input type="checkbox" id=id.clone() name=name.clone() value="1" checked=value == "1" aria-describedby=described.clone() aria-invalid=invalid/>
                    <label for=id.clone()>{field.label.clone()}{required_mark}</label>
                    {problem.clone().map(|p| view! { <p class="field-error" id=error_id.clone()>{p}</p> })}
                </div>
            }.into_any();
        }
        other => {
            let (kind, mode, autocomplete) = match other {
                FieldKind::Date { .. } => ("date", None, "off"),
                FieldKind::Number { .. } => ("text", Some("numeric"), "off"),
                FieldKind::Money { .. } => ("text", Some("numeric"), "off"),
                FieldKind::CitizenId | FieldKind::TaxCode => ("text", Some("numeric"), "off"),
                FieldKind::Phone => ("tel", None, "tel"),
                FieldKind::Email => ("email", None, "email"),
                _ => ("text", None, "off"),
            };
            view! {
                <input id=id.clone() name=name.clone() type=kind inputmode=mode value=value.clone() autocomplete=autocomplete
                    aria-describedby=described.clone() aria-invalid=invalid aria-required=field.required.then_some("true")/>
            }.into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{field.label.clone()}{required_mark}{condition}</label>
            {control}
            {field.help.clone().map(|h| view! { <p class="hint" id=help_id.clone()>{h}</p> })}
            {problem.map(|p| view! { <p class="field-error" id=error_id.clone()>{p}</p> })}
        </div>
    }
    .into_any()
}
