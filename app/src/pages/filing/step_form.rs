//! The browser's part of a question step of a draft: the portal's one island, the only code
//! compiled to WebAssembly (every other page is HTML and CSS only, see `docs/ARCHITECTURE.md`).
//! The step's inputs are rendered on the server and come in as children; the island owns the
//! `<form>` around them and, once the page is idle and the bundle loaded, saves the draft a
//! moment after each change (`autosave`), shows and hides the questions that depend on an answer
//! of the same step, and checks the step with the shared validator before "continue" sends it.
//! Without JavaScript the same form posts and the server does all of that.

use super::summary::DraftFacts;
#[cfg(feature = "hydrate")]
use super::summary::Shown;
use crate::api::filing::STEP_FIELD;
use crate::components::notice::problem_summary;
use crate::i18n::{Lang, t};
use leptos::prelude::*;
use shared::eform::{FormValues, Step};

/// Problems found in the browser before a step is sent: (link, message), as the summary shows them.
type Problems = Vec<(String, String)>;

/// A question step's form. `title` is the page's title without the error prefix, which it bears
/// while `found_problems` (the server's) or the browser's check finds any; `has_previous` adds
/// the "back" button. Everything else the form holds is `children`, rendered on the server.
#[island]
pub fn StepForm(
    draft: DraftFacts,
    step: Step,
    lang: Lang,
    title: String,
    found_problems: bool,
    has_previous: bool,
    children: Children,
) -> impl IntoView {
    // An island in the browser sees no context of the page's: the language comes as a prop.
    provide_context(lang);
    let id = draft.id;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let (schedule, saved) = super::autosave::autosaver(id, form_ref);
    let (problems, set_problems) = signal(Problems::new());
    mark_hydrated();
    retitle(title, found_problems, problems, lang);
    let checker = StepChecker { draft, step };
    let on_change = {
        let checker = checker.clone();
        move || {
            schedule();
            checker.show_conditionals(form_ref);
        }
    };
    let on_change_too = on_change.clone();
    let check_before_continue = move |ev: leptos::ev::SubmitEvent| {
        let found = checker.before_continue(&ev, form_ref, lang);
        if !found.is_empty() {
            ev.prevent_default();
            focus_summary();
        }
        set_problems.set(found);
    };
    view! {
        {move || problem_summary(t::FORM_PROBLEMS.get(lang), problems.get())}
        // Posted to the step's own address, so a page shown again for its problems is the same
        // page the browser's address names.
        <form class="stack eform" method="post" action=format!("/ho-so/{id}?{STEP_FIELD}={}", step.slug()) enctype="multipart/form-data" node_ref=form_ref
            on:input=move |_| on_change() on:change=move |_| on_change_too() on:submit=check_before_continue>
            {children()}
            <p class="autosave" role="status" aria-live="polite">
                {move || saved.get().map_or_else(|| t::AUTOSAVE_HINT.get(lang).to_owned(), |at| format!("{} {at}", t::AUTOSAVED.get(lang)))}
            </p>
            <div class="actions">
                <button type="submit" name="hanh_dong" value="tiep">{t::STEP_CONTINUE.get(lang)}</button>
                {has_previous.then(|| view! {
                    <button type="submit" name="hanh_dong" value="lui" class="secondary" formnovalidate=true>{t::STEP_BACK.get(lang)}</button>
                })}
                <button type="submit" name="hanh_dong" value="luu" class="secondary" formnovalidate=true>{t::SAVE_DRAFT.get(lang)}</button>
            </div>
        </form>
    }
}

/// Marks `<html>` once the island has taken over, for end-to-end tests (and anyone debugging).
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-hydrated", "true");
        }
    });
}

/// Problems the browser found put the error prefix in the page's title too (a `<Title>` in an
/// island would not reach the document: the page's meta context stays on the server).
fn retitle(title: String, found_problems: bool, problems: ReadSignal<Problems>, lang: Lang) {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let error = found_problems || !problems.with(Vec::is_empty);
        let shown = if error { format!("{} {title}", t::ERROR_TITLE_PREFIX.get(lang)) } else { title.clone() };
        document().set_title(&shown);
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (title, found_problems, problems, lang);
}

/// Moves focus to the error summary the island just showed, so it is read first.
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

/// The browser's side of a step: the answers as typed, the questions they ask for, and the check
/// before moving on (the shared validator, on this step's questions; the documents still missing
/// on theirs).
#[derive(Clone)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
struct StepChecker {
    draft: DraftFacts,
    step: Step,
}

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
impl StepChecker {
    /// The saved answers with this step's replaced by what the page holds now.
    fn typed(&self, form: NodeRef<leptos::html::Form>) -> Option<FormValues> {
        #[cfg(feature = "hydrate")]
        {
            let Step::Section(n) = self.step else { return None };
            let pairs = super::autosave::form_pairs(&form.get_untracked()?);
            let schema = &self.draft.schema;
            // `form_pairs` put the values in NFC already (the browser's own tables).
            let posted = FormValues::from_nfc_pairs(schema, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            Some(self.draft.values.with_section(schema, n, &posted))
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = form;
            None
        }
    }

    /// Shows each question whose condition the answers as typed meet and hides the others (the
    /// server marks them `.conditional[data-field]`, hidden as the saved answers say).
    fn show_conditionals(&self, form: NodeRef<leptos::html::Form>) {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let (Some(values), Some(element)) = (self.typed(form), form.get_untracked()) else { return };
            let Ok(nodes) = element.query_selector_all(".conditional[data-field]") else { return };
            for i in 0..nodes.length() {
                let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
                let key = el.get_attribute("data-field").unwrap_or_default();
                let condition = self.draft.schema.field(&key).and_then(|f| f.when.as_ref());
                el.set_hidden(condition.is_some_and(|c| !c.holds(&values)));
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = form;
    }

    /// The summary's lines for what stops "continue" (nothing for the other buttons).
    fn before_continue(&self, ev: &leptos::ev::SubmitEvent, form: NodeRef<leptos::html::Form>, lang: Lang) -> Problems {
        #[cfg(feature = "hydrate")]
        {
            let continuing = ev.submitter().and_then(|b| b.get_attribute("value")).as_deref() == Some("tiep");
            if !continuing {
                return Vec::new();
            }
            let draft = &self.draft;
            let shown = match self.step {
                Step::Section(n) => {
                    let Some(values) = self.typed(form) else { return Vec::new() };
                    let today = super::autosave::today_in_vietnam();
                    let known = |code: &str| draft.units.iter().any(|u| u == code);
                    let problems = shared::eform::validate(&draft.schema, &values, today, &known);
                    let mine = problems.into_iter().filter(|p| Step::of(&draft.schema, &p.path) == Step::Section(n));
                    Shown::found(mine.collect(), Vec::new())
                }
                Step::Documents => {
                    let Some(form) = form.get_untracked() else { return Vec::new() };
                    Shown::found(
                        Vec::new(),
                        draft.missing.iter().copied().filter(|o| !chosen_file(&form, *o)).collect(),
                    )
                }
                _ => return Vec::new(),
            };
            shown.summary(draft, self.step, lang)
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
