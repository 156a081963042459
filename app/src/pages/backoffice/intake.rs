//! `/can-bo/tiep-nhan`: a reception officer starts recording a dossier brought to the counter or
//! received by post: the procedure, the channel, and the applicant as their papers give them (no
//! account needed). Posts to `POST /can-bo/tiep-nhan` (`server/src/http/backoffice_forms.rs`),
//! which opens the new dossier's draft for the officer to fill, scan and submit like an online
//! one; a refusal comes back here as typed, each problem on its field.

use crate::api::backoffice::{CounterIntake, intake_fields as f, load_counter_intake};
use crate::components::field::FieldProblems;
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, field_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use shared::dossier::Channel;
use shared::eform::FieldProblem;

/// The label of each input, by its posted name (also the summary's words).
fn label_of(name: &str, lang: Lang) -> &'static str {
    match name {
        f::PROCEDURE => t::INTAKE_PROCEDURE.get(lang),
        f::CHANNEL => t::INTAKE_CHANNEL.get(lang),
        f::NAME => t::INTAKE_NAME.get(lang),
        f::ID_NUMBER => t::INTAKE_ID_NUMBER.get(lang),
        f::PHONE => t::INTAKE_PHONE.get(lang),
        _ => t::INTAKE_EMAIL.get(lang),
    }
}

#[component]
pub fn CounterIntakePage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_counter_intake());
    let posted = crate::forms::posted();
    view! {
        <Title text=t::INTAKE_TITLE.get(lang)/>
        <p><a href="/can-bo">{t::WORKSPACE_TITLE.get(lang)}</a></p>
        <h1>{t::INTAKE_TITLE.get(lang)}</h1>
        <p class="lead">{t::INTAKE_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let page = match data.await {
                    Ok(Ok(p)) => p,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (intake, problems) = match posted.await {
                    Posted::CounterIntake { intake, problems } => (intake, problems),
                    _ => (CounterIntake { channel: Channel::Counter.slug().to_owned(), ..Default::default() }, Vec::new()),
                };
                if !problems.is_empty() {
                    set_page_status(422);
                }
                intake_form(page.procedures, intake, problems, lang).into_any()
            })}
        </Suspense>
    }
}

fn intake_form(
    procedures: Vec<(String, String)>,
    intake: CounterIntake,
    problems: Vec<FieldProblem>,
    lang: Lang,
) -> impl IntoView {
    let message =
        |p: &FieldProblem| format!("{}: {}", label_of(&p.path, lang), field_problem_message(None, p.problem, lang));
    let summary = problems.iter().map(|p| (format!("#{}", p.path), message(p))).collect();
    let problems = FieldProblems::new(
        problems.iter().map(|p| (p.path.clone(), field_problem_message(None, p.problem, lang))).collect(),
    );
    let error = move |name: &'static str| problems.error(name);
    let invalid = move |name: &'static str| problems.invalid(name);
    let described = move |name: &'static str, hinted: bool| problems.described(name, hinted);
    let text_input = move |name: &'static str, kind: &'static str, hint: Option<&'static str>, value: String| {
        let autocomplete = if name == f::EMAIL { "email" } else { "off" };
        view! {
            <div class="field">
                <label for=name>{label_of(name, lang)}</label>
                {hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h}</p> })}
                {error(name)}
                <input id=name name=name type=kind value=value maxlength="200" autocomplete=autocomplete
                    aria-invalid=invalid(name) aria-describedby=described(name, hint.is_some())/>
            </div>
        }
    };
    let channel = Channel::from_slug(&intake.channel);
    let channel_choice = move |c: Channel, label: &'static str| {
        let id = format!("kenh-{}", c.slug());
        view! {
            <span class="checkbox">
                <input type="radio" id=id.clone() name=f::CHANNEL value=c.slug() checked=channel == Some(c)/>
                <label for=id>{label}</label>
            </span>
        }
    };
    let empty = procedures.is_empty();
    view! {
        {problem_summary(t::INTAKE_REFUSED.get(lang), summary)}
        {empty.then(|| view! { <p class="notice">{t::INTAKE_NO_PROCEDURES.get(lang)}</p> })}
        <form method="post" action="/can-bo/tiep-nhan" class="card stack" novalidate=true>
            <CsrfInput/>
            <div class="field">
                <label for=f::PROCEDURE>{label_of(f::PROCEDURE, lang)}</label>
                {error(f::PROCEDURE)}
                <select id=f::PROCEDURE name=f::PROCEDURE aria-invalid=invalid(f::PROCEDURE) aria-describedby=described(f::PROCEDURE, false)>
                    <option value="">{t::INTAKE_CHOOSE.get(lang)}</option>
                    {procedures.into_iter().map(|(code, name)| {
                        let selected = code == intake.procedure;
                        view! { <option value=code.clone() selected=selected>{format!("{name} ({code})")}</option> }
                    }).collect_view()}
                </select>
            </div>
            <fieldset id=f::CHANNEL aria-describedby=described(f::CHANNEL, false)>
                <legend>{label_of(f::CHANNEL, lang)}</legend>
                {error(f::CHANNEL)}
                {channel_choice(Channel::Counter, t::CHANNEL_COUNTER.get(lang))}
                {channel_choice(Channel::Postal, t::CHANNEL_POSTAL.get(lang))}
            </fieldset>
            <fieldset>
                <legend>{t::INTAKE_APPLICANT.get(lang)}</legend>
                {text_input(f::NAME, "text", None, intake.name.clone())}
                {text_input(f::ID_NUMBER, "text", Some(t::INTAKE_ID_HINT.get(lang)), intake.id_number.clone())}
                {text_input(f::PHONE, "tel", None, intake.phone.clone())}
                {text_input(f::EMAIL, "email", Some(t::INTAKE_EMAIL_HINT.get(lang)), intake.email.clone())}
            </fieldset>
            <button type="submit" disabled=empty>{t::INTAKE_START.get(lang)}</button>
        </form>
    }
}
