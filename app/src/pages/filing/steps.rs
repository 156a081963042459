//! A draft, filled in steps (`/ho-so/{id}?buoc=`): who files and where, one page per section
//! of the e-form, the documents, then a page to check every answer and submit
//! (`shared::eform::steps`). Each step is one plain multipart form posting its own answers with
//! the step's name (`buoc`), so it all works without JavaScript; the server saves them, then
//! goes on, back, or shows the step again with its problems (`http/filing_forms.rs`). With
//! JavaScript, the draft saves itself as one types, conditional questions appear and disappear
//! as answers change, and a step is checked by the shared validator before it is sent.

use super::dossier::Declared;
use super::form::{EForm, input_anchor, message_names_field, problem_map, problem_message};
use super::size_label;
use crate::api::filing::{DossierView, FileView, RequirementView, STEP_FIELD};
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::dossier::Status;

/// Problems found in the browser before a step is sent: (field key, message).
type Problems = Vec<(String, String)>;
use shared::eform::{FieldKind, FieldProblem, FormSchema, FormValues, Step, steps};

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

/// What a step's page shows as wrong.
struct Shown {
    problems: Vec<FieldProblem>,
    missing: Vec<i32>,
    file_problems: Vec<(i32, shared::dossier::UploadProblem)>,
    /// Shown after a post the server refused (the page answers 422).
    refused: bool,
}

/// The problems of `step`: those the server found in the post it refused; or, on the check
/// page and when a summary link asked for them (`loi=1`), what still stops submission.
fn shown(view: &DossierView, step: Step, posted: Posted, asked: bool) -> Shown {
    let (problems, missing, file_problems, refused) = match posted {
        Posted::Draft { problems, missing, file_problems } => (problems, missing, file_problems, true),
        _ if asked || step == Step::Check => {
            (view.open_problems.clone(), view.missing_documents.clone(), Vec::new(), false)
        }
        _ => (Vec::new(), Vec::new(), Vec::new(), false),
    };
    let mine = |path: &str| step == Step::Check || Step::of(&view.schema, path) == step;
    Shown {
        problems: problems.into_iter().filter(|p| mine(&p.path)).collect(),
        missing: if matches!(step, Step::Documents | Step::Check) { missing } else { Vec::new() },
        file_problems,
        refused,
    }
}

impl Shown {
    fn is_empty(&self) -> bool {
        self.problems.is_empty() && self.missing.is_empty() && self.file_problems.is_empty()
    }

    /// The error summary's lines, each linked to its input: on this page, or (from the check
    /// page) on its step's page.
    fn summary(&self, view: &DossierView, step: Step, lang: Lang) -> Vec<(String, String)> {
        let link = |on: Step, anchor: String| {
            if step == Step::Check {
                format!("/ho-so/{}?{STEP_FIELD}={}&loi=1{anchor}", view.id, on.slug())
            } else {
                anchor
            }
        };
        let mut lines: Vec<(String, String)> = self
            .problems
            .iter()
            .map(|p| {
                let text = summary_text(&view.schema, p, lang);
                (link(Step::of(&view.schema, &p.path), input_anchor(&view.schema, &p.path)), text)
            })
            .collect();
        let name = |ordinal: i32| {
            view.documents.iter().find(|d| d.ordinal == ordinal).map(|d| d.name.clone()).unwrap_or_default()
        };
        for ordinal in &self.missing {
            let text = format!("{}: {}", t::DOCUMENT_MISSING.get(lang), name(*ordinal));
            lines.push((link(Step::Documents, format!("#tep-{ordinal}")), text));
        }
        for (ordinal, problem) in &self.file_problems {
            let text = format!(
                "{}: {}",
                name(*ordinal),
                crate::i18n::upload_problem_message(*problem, lang, view.file_limit_mb)
            );
            lines.push((link(Step::Documents, format!("#tep-{ordinal}")), text));
        }
        lines
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
    // Problems found by the browser's check say so in the title too.
    let (client_problems, set_client_problems) = signal(Vec::<(String, String)>::new());
    let head = {
        let title = title.clone();
        move || {
            let error = error || !client_problems.with(Vec::is_empty);
            if error { format!("{} {title}", t::ERROR_TITLE_PREFIX.get(lang)) } else { title.clone() }
        }
    };
    let place = all.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let summary = shown.summary(&view, step, lang);
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
        <h1>{title}</h1>
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
            step_form(view, step, previous, shown, (client_problems, set_client_problems)).into_any()
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

/// A question step: its inputs, the autosave status beside the buttons, back / continue / save.
fn step_form(
    view: DossierView,
    step: Step,
    previous: Option<Step>,
    shown: Shown,
    (client_problems, set_client_problems): (ReadSignal<Problems>, WriteSignal<Problems>),
) -> impl IntoView {
    let lang = use_lang();
    let map = problem_map(&view.schema, &shown.problems);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let (schedule, saved) = super::autosave::autosaver(view.id, form_ref);
    // The answers as typed, for the questions that depend on them (starts as saved, as the
    // server rendered it).
    let (live, set_live) = signal(view.values.clone());
    let checker = StepChecker { view: view.clone(), step };
    let on_change = {
        let checker = checker.clone();
        move || {
            schedule();
            if let Some(values) = checker.typed(form_ref) {
                set_live.set(values);
            }
        }
    };
    let on_change_too = on_change.clone();
    let check_before_continue = move |ev: leptos::ev::SubmitEvent| {
        let problems = checker.before_continue(&ev, form_ref, lang);
        if !problems.is_empty() {
            ev.prevent_default();
            focus_summary();
        }
        set_client_problems.set(problems);
    };
    let content = match step {
        Step::General => general_step(&view).into_any(),
        Step::Section(n) => view! {
            <EForm schema=view.schema.clone() values=view.values.clone() problems=map units=view.units.clone() step=n live=live/>
        }
        .into_any(),
        _ => documents_step(&view, &shown).into_any(),
    };
    view! {
        {move || problem_summary(t::FORM_PROBLEMS.get(lang), client_problems.get())}
        // Posted to the step's own address, so a page shown again for its problems is the same
        // page the browser's address names (and hydrates as such).
        <form class="stack eform" method="post" action=format!("/ho-so/{}?{STEP_FIELD}={}", view.id, step.slug()) enctype="multipart/form-data" node_ref=form_ref
            on:input=move |_| on_change() on:change=move |_| on_change_too() on:submit=check_before_continue>
            <CsrfInput/>
            <input type="hidden" name=STEP_FIELD value=step.slug()/>
            {content}
            <p class="autosave" role="status" aria-live="polite">
                {move || saved.get().map_or_else(|| t::AUTOSAVE_HINT.get(lang).to_owned(), |at| format!("{} {at}", t::AUTOSAVED.get(lang)))}
            </p>
            <div class="actions">
                <button type="submit" name="hanh_dong" value="tiep">{t::STEP_CONTINUE.get(lang)}</button>
                {previous.map(|_| view! {
                    <button type="submit" name="hanh_dong" value="lui" class="secondary" formnovalidate=true>{t::STEP_BACK.get(lang)}</button>
                })}
                <button type="submit" name="hanh_dong" value="luu" class="secondary" formnovalidate=true>{t::SAVE_DRAFT.get(lang)}</button>
            </div>
        </form>
    }
}

/// Moves focus to the error summary the page just showed, so it is read first.
fn focus_summary() {
    #[cfg(feature = "hydrate")]
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let summary = document().query_selector(".notice-error").ok().flatten();
        if let Some(el) = summary.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The browser's side of a step: the answers as typed, and the check before moving on (the
/// shared validator, on this step's questions; the documents still missing on theirs).
#[derive(Clone)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
struct StepChecker {
    view: DossierView,
    step: Step,
}

impl StepChecker {
    /// The saved answers with this step's replaced by what the page holds now.
    fn typed(&self, form: NodeRef<leptos::html::Form>) -> Option<FormValues> {
        #[cfg(feature = "hydrate")]
        {
            let Step::Section(n) = self.step else { return None };
            let pairs = super::autosave::form_pairs(&form.get_untracked()?);
            let posted = FormValues::from_pairs(&self.view.schema, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            Some(self.view.values.with_section(&self.view.schema, n, &posted))
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = form;
            None
        }
    }

    /// The summary's lines for what stops "continue" (nothing for the other buttons).
    fn before_continue(
        &self,
        ev: &leptos::ev::SubmitEvent,
        form: NodeRef<leptos::html::Form>,
        lang: Lang,
    ) -> Vec<(String, String)> {
        #[cfg(feature = "hydrate")]
        {
            let continuing = ev.submitter().and_then(|b| b.get_attribute("value")).as_deref() == Some("tiep");
            if !continuing {
                return Vec::new();
            }
            let view = &self.view;
            let shown = match self.step {
                Step::Section(n) => {
                    let Some(values) = self.typed(form) else { return Vec::new() };
                    let units: std::collections::BTreeSet<&str> = view.units.iter().map(|u| u.code.as_str()).collect();
                    let today = super::autosave::today_in_vietnam();
                    let problems = shared::eform::validate(&view.schema, &values, today, &|c| units.contains(c));
                    let problems = problems.into_iter().filter(|p| Step::of(&view.schema, &p.path) == Step::Section(n));
                    Shown {
                        problems: problems.collect(),
                        missing: Vec::new(),
                        file_problems: Vec::new(),
                        refused: false,
                    }
                }
                Step::Documents => {
                    let Some(form) = form.get_untracked() else { return Vec::new() };
                    let missing = view.missing_documents.iter().copied().filter(|o| !chosen_file(&form, *o)).collect();
                    Shown { problems: Vec::new(), missing, file_problems: Vec::new(), refused: false }
                }
                _ => return Vec::new(),
            };
            shown.summary(view, self.step, lang)
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = (ev, form, lang);
            Vec::new()
        }
    }
}

/// Whether the documents page holds a file for requirement `ordinal`: one picked to upload or
/// one chosen from the store.
#[cfg(feature = "hydrate")]
fn chosen_file(form: &web_sys::HtmlFormElement, ordinal: i32) -> bool {
    let Ok(data) = web_sys::FormData::new_with_form(form) else { return false };
    let picked = data.get(&format!("tep.{ordinal}"));
    let size = js_sys::Reflect::get(&picked, &"size".into()).ok().and_then(|s| s.as_f64()).unwrap_or(0.0);
    let reused = data.get(&format!("dung_lai.{ordinal}")).as_string().is_some_and(|v| !v.is_empty());
    size > 0.0 || reused
}

/// Who the dossier is for, where it is filed and under which case.
fn general_step(view: &DossierView) -> impl IntoView {
    let lang = use_lang();
    let owner = view.owner.clone();
    let other = owner.kind == "other";
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

/// A problem as the error summary says it: the message alone when it names its field ("Chọn
/// giới tính"; a group row's says which row), else after the field's label.
fn summary_text(schema: &FormSchema, problem: &FieldProblem, lang: Lang) -> String {
    let message = problem_message(schema, problem, lang);
    if !message_names_field(schema, problem) {
        return format!("{}: {message}", label_of(schema, &problem.path, lang));
    }
    match group_row(schema, &problem.path) {
        Some((group, row)) => format!("{group} {row}: {message}"),
        None => message,
    }
}

/// The group label and row number (from 1) a member's path `group.row.key` names.
fn group_row(schema: &FormSchema, path: &str) -> Option<(String, usize)> {
    let mut parts = path.split('.');
    let group = schema.field(parts.next()?)?;
    let row = parts.next()?.parse::<usize>().ok()?;
    Some((group.label.clone(), row + 1))
}

/// The label of the field at `path` (`key` or `group.row.key`, or one of the page's own fields).
fn label_of(schema: &FormSchema, path: &str, lang: Lang) -> String {
    let own = match path {
        "truong_hop" => Some(t::CASE_TITLE),
        "noi_nop" => Some(t::RECEIVER_TITLE),
        "chu_ho_so_ten" => Some(t::OWNER_NAME),
        "chu_ho_so_dinh_danh" => Some(t::OWNER_ID),
        "chu_ho_so_dien_thoai" => Some(t::OWNER_PHONE),
        _ => None,
    };
    if let Some(label) = own {
        return label.get(lang).to_owned();
    }
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let Some(field) = schema.field(first) else { return path.to_owned() };
    match (&field.kind, parts.next(), parts.next()) {
        (FieldKind::Group { fields, .. }, Some(row), Some(member)) => {
            let member = fields.iter().find(|f| f.key == member).map(|f| f.label.clone()).unwrap_or_default();
            let row = row.parse::<usize>().map(|r| r + 1).unwrap_or(0);
            format!("{} {row} — {member}", field.label)
        }
        _ => field.label.clone(),
    }
}
