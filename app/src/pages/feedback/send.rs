//! `/phan-anh/gui`: the feedback form. A signed-in person's name and e-mail are filled in from
//! their account; a refused form comes back as typed, each problem on its field and in the
//! summary; `?da_gui=1` says the confirmation link was mailed.

use crate::api::feedback::load_feedback_form;
use crate::components::field::FieldProblems;
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, feedback_problem, feedback_topic, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::feedback::{FeedbackForm, FormProblem, Topic, fields as f};

fn label_of(name: &str, lang: Lang) -> &'static str {
    match name {
        f::NAME => t::FB_NAME.get(lang),
        f::EMAIL => t::FB_EMAIL.get(lang),
        f::PHONE => t::FB_PHONE.get(lang),
        f::TOPIC => t::FB_TOPIC.get(lang),
        f::TITLE => t::FB_SUBJECT.get(lang),
        f::CONTENT => t::FB_CONTENT.get(lang),
        f::CONSENT => t::FB_CONSENT.get(lang),
        _ => t::FB_PROCEDURE.get(lang),
    }
}

#[component]
pub fn SendFeedbackPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let sent = move || query.with(|q| q.get("da_gui").is_some());
    let posted = crate::forms::posted();
    let blank = Resource::new(|| (), |_| load_feedback_form());
    view! {
        <Title text=t::FB_SEND.get(lang)/>
        <p class="breadcrumb"><a href="/phan-anh">{t::FB_TITLE.get(lang)}</a></p>
        <h1>{t::FB_SEND.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if sent() {
                    return view! { <p class="notice" role="status">{t::FB_MAIL_SENT.get(lang)}</p> }.into_any();
                }
                let (form, problems) = match posted.await {
                    Posted::Feedback { form, problems } => (form, problems),
                    // Signed in: who they are is known.
                    _ => (blank.await.unwrap_or_default(), Vec::new()),
                };
                if !problems.is_empty() {
                    set_page_status(422);
                }
                form_view(form, problems, lang).into_any()
            })}
        </Suspense>
    }
}

fn form_view(form: FeedbackForm, problems: Vec<FormProblem>, lang: Lang) -> impl IntoView {
    let summary = problems.iter().map(|p| (format!("#{}", p.field()), feedback_problem(*p, lang).to_owned())).collect();
    let problems = FieldProblems::new(
        problems.iter().map(|p| (p.field().to_owned(), feedback_problem(*p, lang).to_owned())).collect(),
    );
    let error = move |name: &'static str| problems.error(name);
    let invalid = move |name: &'static str| problems.invalid(name);
    let described = move |name: &'static str, hinted: bool| problems.described(name, hinted);
    let input =
        move |name: &'static str, kind: &'static str, value: String, autocomplete: &'static str, max: &'static str| {
            view! {
                <div class="field">
                    <label for=name>{label_of(name, lang)}</label>
                    {error(name)}
                    <input id=name name=name type=kind value=value maxlength=max autocomplete=autocomplete
                        aria-invalid=invalid(name) aria-describedby=described(name, false)/>
                </div>
            }
        };
    let reference = move |name: &'static str, label: &'static str, value: String| {
        view! {
            <div class="field">
                <label for=name>{label}</label>
                <input id=name name=name type="text" value=value maxlength="100" autocomplete="off"
                    aria-describedby="tham_chieu-hint"/>
            </div>
        }
    };
    let topic = Topic::parse(&form.topic);
    view! {
        {problem_summary(t::FB_REFUSED_FORM.get(lang), summary)}
        <p>{t::FB_SEND_LEAD.get(lang)}</p>
        <form method="post" action="/phan-anh/gui" class="card stack" novalidate=true>
            <CsrfInput/>
            {input(f::NAME, "text", form.name.clone(), "name", "100")}
            {input(f::EMAIL, "email", form.email.clone(), "email", "200")}
            {input(f::PHONE, "tel", form.phone.clone(), "tel", "20")}
            <div class="field">
                <label for=f::TOPIC>{label_of(f::TOPIC, lang)}</label>
                {error(f::TOPIC)}
                <select id=f::TOPIC name=f::TOPIC aria-invalid=invalid(f::TOPIC) aria-describedby=described(f::TOPIC, false)>
                    <option value="" selected=topic.is_none()>"—"</option>
                    {Topic::ALL.iter().map(|&tp| view! {
                        <option value=tp.code() selected=topic == Some(tp)>{feedback_topic(tp, lang)}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset id="tham_chieu" aria-describedby=described("tham_chieu", true)>
                <legend>{t::FB_REFERENCE_HINT.get(lang)}</legend>
                <p class="hint" id="tham_chieu-hint">{t::FB_REFERENCE_HINT.get(lang)}</p>
                {error("tham_chieu")}
                {reference(f::PROCEDURE, t::FB_PROCEDURE.get(lang), form.procedure.clone())}
                {reference(f::DOSSIER, t::FB_DOSSIER.get(lang), form.dossier.clone())}
                {reference(f::OFFICER, t::FB_OFFICER.get(lang), form.officer.clone())}
            </fieldset>
            {input(f::TITLE, "text", form.title.clone(), "off", "200")}
            <div class="field">
                <label for=f::CONTENT>{label_of(f::CONTENT, lang)}</label>
                <p class="hint" id=format!("{}-hint", f::CONTENT)>{t::FB_CONTENT_HINT.get(lang)}</p>
                {error(f::CONTENT)}
                <textarea id=f::CONTENT name=f::CONTENT rows="8" maxlength="5000"
                    aria-invalid=invalid(f::CONTENT) aria-describedby=described(f::CONTENT, true)>{form.content.clone()}</textarea>
            </div>
            <div class="field">
                {error(f::CONSENT)}
                <span class="checkbox">
                    <input type="checkbox" id=f::CONSENT name=f::CONSENT value="1" checked=form.consent
                        aria-invalid=invalid(f::CONSENT) aria-describedby=described(f::CONSENT, false)/>
                    <label for=f::CONSENT>{label_of(f::CONSENT, lang)}</label>
                </span>
            </div>
            <button type="submit">{t::FB_SEND.get(lang)}</button>
        </form>
    }
}
