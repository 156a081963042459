//! A draft, filled in steps (`/ho-so/{id}?buoc=`): who files and where, one page per section
//! of the e-form, the documents, then a page to check every answer and submit
//! (`shared::eform::steps`). Each step is one plain multipart form posting its own answers with
//! the step's name (`buoc`), so it all works without JavaScript; the server saves them, then
//! goes on, back, or shows the step again with its problems (`http/filing_forms.rs`). With
//! JavaScript, the step's form is an island (`step_form.rs`): the draft saves itself as one
//! types, conditional questions appear and disappear as answers change, and a step is checked by
//! the shared validator before it is sent.

use super::dossier::Declared;
use super::form::{EForm, problem_map};
use super::size_label;
use super::step_form::StepForm;
use super::summary::{DraftFacts, Shown, shown};
use crate::api::filing::{DossierView, FileView, RequirementView, STEP_FIELD};
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::dossier::Status;
use shared::eform::{FormSchema, Step, steps};

/// The step to show: the one asked for, or where its place now falls (a section the answers
/// skip goes on to the next); without one, the first, or the check page for a supplement.
fn chosen_step(asked: Option<&str>, all: &[Step], supplementing: bool) -> Step {
    match asked.and_then(Step::parse) {
        Some(step) if all.contains(&step) => step,
        Some(step) => step.next(all),
        None if supplementing => Step::Check,
        None => Step::General,
    }
}

fn step_title(step: Step, schema: &FormSchema, lang: Lang) -> String {
    match step {
        Step::General => t::STEP_GENERAL.get(lang).to_owned(),
        Step::Section(n) => schema.sections.get(n).map(|s| s.title.clone()).unwrap_or_default(),
        Step::Documents => t::DOCUMENTS_TITLE.get(lang).to_owned(),
        Step::Check => t::CHECK_TITLE.get(lang).to_owned(),
    }
}

/// The draft's page at its current step; `title` is the page's heading, `notice` what the
/// last action did.
pub fn editor(view: DossierView, posted: Posted, title: String, notice: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (asked, summary_link, revealed, deleting) = query.with_untracked(|q| {
        (q.get(STEP_FIELD), q.get("loi").is_some(), q.get("them").is_some(), q.get("xoa").is_some())
    });
    let supplementing = view.status == Status::SupplementRequested;
    let all = steps(&view.schema, &view.values, !view.documents.is_empty());
    let step = chosen_step(asked.as_deref(), &all, supplementing);
    let shown = shown(&view, step, posted, summary_link);
    if shown.refused && !shown.is_empty() {
        set_page_status(422);
    }
    // The check page lists what is missing as a matter of course; only a refusal is an error.
    let error = !shown.is_empty() && (shown.refused || step != Step::Check);
    let head = if error { format!("{} {title}", t::ERROR_TITLE_PREFIX.get(lang)) } else { title.clone() };
    let place = all.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let summary = shown.summary(&DraftFacts::of(&view), step, lang);
    let summary_title = if step == Step::Check && !shown.refused { t::CHECK_INCOMPLETE } else { t::FORM_PROBLEMS };
    let asked_note = supplementing
        .then(|| view.events.iter().rev().find(|e| e.status == Status::SupplementRequested))
        .flatten()
        .and_then(|e| e.note.clone());
    let id = view.id;
    let previous = step.previous(&all);
    let delete_link = format!("/ho-so/{id}?{STEP_FIELD}={}&xoa=1#xoa", step.slug());
    view! {
        <Title text=head/>
        <h1>{title.clone()}</h1>
        <p class="lead">{view.procedure_name.clone()}" — "{view.agency_name.clone()}</p>
        {problem_summary(summary_title.get(lang), summary)}
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        {revealed.then(|| view! { <p class="notice" role="status">{t::REVEALED_NOTICE.get(lang)}</p> })}
        {asked_note.map(|items| view! {
            <section class="notice" aria-labelledby="can-bo-sung">
                <h2 id="can-bo-sung">{t::ACT_SUPPLEMENT.get(lang)}</h2>
                <ul>{items.lines().map(|l| view! { <li>{l.to_owned()}</li> }).collect_view()}</ul>
                <p><a href=format!("/ho-so/{id}/phieu-bo-sung.pdf") rel="external" download="phieu-bo-sung.pdf">{t::SUPPLEMENT_SLIP_LINK.get(lang)}</a></p>
            </section>
        })}
        <p class="caption">{format!("{} {place} {} {}", t::STEP.get(lang), t::STEP_OF.get(lang), all.len())}</p>
        <h2 class="step-title">{step_title(step, &view.schema, lang)}</h2>
        {if step == Step::Check {
            check_page(view, supplementing).into_any()
        } else {
            step_form(view, step, previous, shown, (title.clone(), error)).into_any()
        }}
        // Only a draft can be thrown away (a dossier awaiting a supplement is filed), and only
        // once confirmed.
        {(!supplementing).then(|| if deleting {
            view! {
                <form method="post" action=format!("/ho-so/{id}/xoa") class="stack confirm" id="xoa">
                    <CsrfInput/>
                    <p>{t::DELETE_DRAFT_CONFIRM.get(lang)}</p>
                    <div class="actions">
                        <button type="submit">{t::DELETE_DRAFT.get(lang)}</button>
                        <a href=format!("/ho-so/{id}?{STEP_FIELD}={}", step.slug())>{t::WITHDRAW_CANCEL.get(lang)}</a>
                    </div>
                </form>
            }.into_any()
        } else {
            view! { <p><a href=delete_link class="button secondary small" rel="external">{t::DELETE_DRAFT.get(lang)}</a></p> }.into_any()
        })}
    }
}

/// A question step: its inputs, rendered here on the server, inside the island that owns the
/// form (the autosave status and back / continue / save buttons).
fn step_form(
    view: DossierView,
    step: Step,
    previous: Option<Step>,
    shown: Shown,
    (title, found_problems): (String, bool),
) -> impl IntoView {
    let lang = use_lang();
    let map = problem_map(&view.schema, &shown.problems);
    let content = match step {
        Step::General => general_step(&view).into_any(),
        Step::Section(n) => view! {
            <EForm schema=view.schema.clone() values=view.values.clone() problems=map units=view.units.clone() step=n/>
        }
        .into_any(),
        _ => documents_step(&view, &shown).into_any(),
    };
    view! {
        <StepForm draft=DraftFacts::of(&view) step lang title found_problems has_previous=previous.is_some()>
            <CsrfInput/>
            <input type="hidden" name=STEP_FIELD value=step.slug()/>
            {content}
        </StepForm>
    }
}

/// Who the dossier is for, where it is filed and under which case.
fn general_step(view: &DossierView) -> impl IntoView {
    let lang = use_lang();
    let owner = view.owner.clone();
    let other = owner.kind == "other";
    // Recorded at the counter: the applicant and the receiving counter were set at intake.
    if view.counter {
        return view! {
            <dl class="facts">
                <dt>{t::OWNER_TITLE.get(lang)}</dt><dd>{owner.name.clone()}</dd>
                <dt>{t::OWNER_ID.get(lang)}</dt><dd>{owner.id_number.clone().unwrap_or_default()}</dd>
                <dt>{t::RECEIVER_TITLE.get(lang)}</dt><dd>{view.receiver_name.clone()}</dd>
            </dl>
            {case_choice(view)}
        }
        .into_any();
    }
    view! {
        <fieldset class="eform-section">
            <legend>{t::OWNER_TITLE.get(lang)}</legend>
            <span class="checkbox">
                <input type="radio" id="chu-ban-than" name="chu_ho_so" value="ban_than" checked=owner.kind == "self"/>
                <label for="chu-ban-than">{t::OWNER_MYSELF.get(lang)}</label>
            </span>
            {view.businesses.iter().map(|(id, name)| {
                let value = format!("dn:{id}");
                let oid = format!("chu-dn-{id}");
                view! {
                    <span class="checkbox">
                        <input type="radio" id=oid.clone() name="chu_ho_so" value=value checked=owner.business_id == Some(*id)/>
                        <label for=oid>{name.clone()}</label>
                    </span>
                }
            }).collect_view()}
            <span class="checkbox">
                <input type="radio" id="chu-khac" name="chu_ho_so" value="nguoi_khac" checked=other/>
                <label for="chu-khac">{t::OWNER_OTHER.get(lang)}</label>
            </span>
            <div class="field">
                <label for="chu_ho_so_ten">{t::OWNER_NAME.get(lang)}</label>
                <input id="chu_ho_so_ten" name="chu_ho_so_ten" type="text" value=if other { owner.name.clone() } else { String::new() }/>
            </div>
            <div class="field">
                <label for="chu_ho_so_dinh_danh">{t::OWNER_ID.get(lang)}</label>
                <input id="chu_ho_so_dinh_danh" name="chu_ho_so_dinh_danh" type="text" inputmode="numeric" value=if other { owner.id_number.clone().unwrap_or_default() } else { String::new() }/>
            </div>
            <div class="field">
                <label for="chu_ho_so_dien_thoai">{t::OWNER_PHONE.get(lang)}</label>
                <input id="chu_ho_so_dien_thoai" name="chu_ho_so_dien_thoai" type="tel" value=""/>
            </div>
        </fieldset>
        {receiver_choice(view)}
        {case_choice(view)}
    }
    .into_any()
}

fn documents_step(view: &DossierView, shown: &Shown) -> impl IntoView {
    let lang = use_lang();
    let failed: Vec<i32> = shown.missing.iter().copied().chain(shown.file_problems.iter().map(|(o, _)| *o)).collect();
    view! {
        <p class="hint">{format!("{} {} MB.", t::UPLOAD_HINT.get(lang), view.file_limit_mb)}</p>
        {view.documents.clone().into_iter().map(|d| requirement(d, &failed, &view.store_files)).collect_view()}
    }
}

/// Every answer, each part with a link back to its step, and the button that submits.
fn check_page(view: DossierView, supplementing: bool) -> impl IntoView {
    let lang = use_lang();
    let id = view.id;
    let change = move |step: Step, what: String| {
        view! {
            <a href=format!("/ho-so/{id}?{STEP_FIELD}={}", step.slug()) class="change" rel="external">
                {t::CHANGE.get(lang)}<span class="visually-hidden">" "{what}</span>
            </a>
        }
    };
    let case =
        view.cases.iter().find(|c| view.case.as_deref() == Some(c.key.as_str())).filter(|_| view.cases.len() > 1);
    let documents: Vec<(String, FileView)> =
        view.documents.iter().flat_map(|d| d.files.iter().map(move |f| (d.name.clone(), f.clone()))).collect();
    view! {
        <p>{t::CHECK_LEAD.get(lang)}</p>
        <section class="declared">
            <h3>{t::STEP_GENERAL.get(lang)}" "{change(Step::General, t::STEP_GENERAL.get(lang).to_owned())}</h3>
            <dl class="facts">
                <dt>{t::OWNER_TITLE.get(lang)}</dt><dd>{view.owner.name.clone()}</dd>
                <dt>{t::RECEIVED_BY.get(lang)}</dt><dd>{view.receiver_name.clone()}</dd>
                {case.map(|c| view! { <dt>{t::CASE_TITLE.get(lang)}</dt><dd>{c.name.clone()}</dd> })}
            </dl>
        </section>
        <Declared schema=view.schema.clone() values=view.values.clone() units=view.units.clone() change=id/>
        {(!view.documents.is_empty()).then(|| view! {
            <section class="declared">
                <h3>{t::DOCUMENTS_TITLE.get(lang)}" "{change(Step::Documents, t::DOCUMENTS_TITLE.get(lang).to_owned())}</h3>
                {if documents.is_empty() {
                    view! { <p>{t::NO_DOCUMENTS_GIVEN.get(lang)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="files">{documents.into_iter().map(|(req, f)| view! {
                            <li>{req}": "<a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>" ("{size_label(f.size)}")"</li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
            </section>
        })}
        <form method="post" action=format!("/ho-so/{id}?{STEP_FIELD}={}", Step::Check.slug()) enctype="multipart/form-data" class="stack">
            <CsrfInput/>
            <input type="hidden" name=STEP_FIELD value=Step::Check.slug()/>
            <div class="actions">
                <button type="submit" name="hanh_dong" value="nop">
                    {if supplementing { t::SUPPLEMENT_BUTTON.get(lang) } else { t::SUBMIT_DOSSIER.get(lang) }}
                </button>
            </div>
        </form>
    }
}

/// Where to file (nơi nộp hồ sơ), when the procedure may be received at more than one unit.
fn receiver_choice(view: &DossierView) -> Option<impl IntoView + use<>> {
    let lang = use_lang();
    let (legend, hint) = (t::RECEIVER_TITLE.get(lang), t::RECEIVER_HINT.get(lang));
    view.editable.then(|| radios("noi_nop", legend, hint, &view.receivers, Some(view.receiver.as_str()))).flatten()
}

/// The case radio (trường hợp), when the procedure has more than one way.
fn case_choice(view: &DossierView) -> Option<impl IntoView + use<>> {
    let lang = use_lang();
    radios("truong_hop", t::CASE_TITLE.get(lang), t::CASE_HINT.get(lang), &view.cases, view.case.as_deref())
}

/// A fieldset of radios named `name`, when there is more than one choice.
fn radios(
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    choices: &[crate::api::filing::Choice],
    chosen: Option<&str>,
) -> Option<impl IntoView + use<>> {
    let prefix = name.replace('_', "-");
    let hint_id = format!("{prefix}-goi-y");
    let items: Vec<(String, String, bool)> =
        choices.iter().map(|c| (c.key.clone(), c.name.clone(), chosen == Some(c.key.as_str()))).collect();
    (items.len() > 1).then(|| {
        let described = hint_id.clone();
        view! {
            <fieldset class="eform-section" id=name aria-describedby=described>
                <legend>{legend}</legend>
                <p class="hint" id=hint_id>{hint}</p>
                {items.into_iter().map(|(key, label, checked)| {
                    let id = format!("{prefix}-{}", key.replace('.', "-"));
                    view! {
                        <span class="checkbox">
                            <input type="radio" id=id.clone() name=name value=key checked=checked/>
                            <label for=id>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
        }
    })
}

fn requirement(d: RequirementView, failed: &[i32], store: &[FileView]) -> impl IntoView + use<> {
    let lang = use_lang();
    let input_id = format!("tep-{}", d.ordinal);
    let name = format!("tep.{}", d.ordinal);
    let reuse_id = format!("dung-lai-{}", d.ordinal);
    let reuse_name = format!("dung_lai.{}", d.ordinal);
    let reusable: Vec<FileView> =
        store.iter().filter(|f| !d.files.iter().any(|g| g.file_id == f.file_id)).cloned().collect();
    let is_missing = failed.contains(&d.ordinal);
    view! {
        <div class="field document" class:missing=is_missing>
            <label for=input_id.clone()>{d.name.clone()}{d.mandatory.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            {(!d.files.is_empty()).then(|| view! {
                <ul class="files">
                    {d.files.iter().map(|f| {
                        let remove = format!("xoa:{}", f.document_id.unwrap_or_default());
                        view! {
                            <li>
                                <a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>
                                " ("{size_label(f.size)}") "
                                <button type="submit" name="hanh_dong" value=remove class="link" formnovalidate=true
                                    aria-label=format!("{} {}", t::REMOVE.get(lang), f.name)>{t::REMOVE.get(lang)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <input id=input_id type="file" name=name multiple=true accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
            {(!reusable.is_empty()).then(|| view! {
                <label for=reuse_id.clone() class="reuse-label">{t::REUSE_FROM_STORE.get(lang)}</label>
                <select id=reuse_id name=reuse_name>
                    <option value="">{t::CHOOSE.get(lang)}</option>
                    {reusable.into_iter().map(|f| view! {
                        <option value=f.file_id.to_string()>{format!("{} ({})", f.name, size_label(f.size))}</option>
                    }).collect_view()}
                </select>
            })}
        </div>
    }
}
