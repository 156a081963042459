//! Forgotten password: `/quen-mat-khau` asks for the address, `/quen-mat-khau/da-gui` says a
//! link was sent if the address has an account, `/dat-lai-mat-khau?ma=…` sets the new password.

use crate::components::field::Field;
use crate::components::notice::{ProblemList, set_page_status};
use crate::forms::{Posted, ResetProblem, posted};
use crate::i18n::{Lang, registration_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::identity::RegistrationProblem;

#[component]
pub fn ForgotPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t::FORGOT_TITLE.get(lang)/>
        <h1>{t::FORGOT_TITLE.get(lang)}</h1>
        <p>{t::FORGOT_BODY.get(lang)}</p>
        <form class="stack" method="post" action="/quen-mat-khau">
            <CsrfInput/>
            <Field id="email" label=t::F_EMAIL.get(lang) value=String::new() kind="email" autocomplete="email" required=true/>
            <button type="submit">{t::FORGOT_BUTTON.get(lang)}</button>
        </form>
    }
}

#[component]
pub fn ResetSentPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t::CHECK_MAIL_TITLE.get(lang)/>
        <h1>{t::CHECK_MAIL_TITLE.get(lang)}</h1>
        <p role="status">{t::RESET_SENT_BODY.get(lang)}</p>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    let query = use_query_map();
    view! {
        <Title text=t::RESET_TITLE.get(lang)/>
        <h1>{t::RESET_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (token, problems) = match posted.await {
                    Posted::Reset { token, problems } => (token, problems),
                    _ => (query.with_untracked(|q| q.get("ma").unwrap_or_default()), Vec::new()),
                };
                let messages = password_problem_messages(&problems, lang);
                if !messages.is_empty() {
                    set_page_status(422);
                }
                view! {
                    {(!messages.is_empty()).then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages/> })}
                    <form class="stack" method="post" action="/dat-lai-mat-khau">
                        <CsrfInput/>
                        <input type="hidden" name="ma" value=token/>
                        <Field id="mat_khau" label=t::F_NEW_PASSWORD.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true hint=t::F_PASSWORD_HINT.get(lang)/>
                        <Field id="nhap_lai_mat_khau" label=t::F_PASSWORD_AGAIN.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true/>
                        <button type="submit">{t::RESET_BUTTON.get(lang)}</button>
                    </form>
                }
            })}
        </Suspense>
    }
}

/// Messages for the problems of a new-password form (reset or change).
pub(super) fn password_problem_messages(problems: &[ResetProblem], lang: Lang) -> Vec<String> {
    problems
        .iter()
        .map(|p| match p {
            ResetProblem::InvalidLink => t::VERIFY_LINK_INVALID.get(lang).to_owned(),
            ResetProblem::WrongCurrent => t::WRONG_CURRENT_PASSWORD.get(lang).to_owned(),
            ResetProblem::Throttled { seconds } => t::SIGN_IN_WAIT.get(lang).replace("{n}", &seconds.to_string()),
            ResetProblem::Mismatch => registration_problem_message(RegistrationProblem::PasswordsDiffer, lang),
            ResetProblem::Password(p) => registration_problem_message(RegistrationProblem::Password(*p), lang),
        })
        .collect()
}
