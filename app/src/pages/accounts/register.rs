//! `/dang-ky`: citizen registration, and `/dang-ky/kiem-tra-thu`: "check your mail".

use crate::components::field::Field;
use crate::components::notice::{ProblemList, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::{registration_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use shared::identity::RegistrationForm;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    view! {
        <Title text=t::REGISTER_TITLE.get(lang)/>
        <Meta name="description" content=t::REGISTER_DESCRIPTION.get(lang)/>
        <h1>{t::REGISTER_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (form, problems) = match posted.await {
                    Posted::Registration { form, problems } => (form, problems),
                    _ => (RegistrationForm::default(), Vec::new()),
                };
                let messages: Vec<String> = problems.iter().map(|p| registration_problem_message(*p, lang)).collect();
                if !messages.is_empty() {
                    set_page_status(422);
                }
                view! {
                    {(!messages.is_empty()).then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages/> })}
                    <form class="stack" method="post" action="/dang-ky">
                        <CsrfInput/>
                        <Field id="ho_ten" label=t::F_FULL_NAME.get(lang) value=form.ho_ten kind="text" autocomplete="name" required=true/>
                        <Field id="so_dinh_danh" label=t::F_CITIZEN_ID.get(lang) value=form.so_dinh_danh kind="text" autocomplete="off" required=true hint=t::F_CITIZEN_ID_HINT.get(lang)/>
                        <Field id="ngay_sinh" label=t::F_BIRTH_DATE.get(lang) value=form.ngay_sinh kind="date" autocomplete="bday" required=true/>
                        <Field id="email" label=t::F_EMAIL.get(lang) value=form.email kind="email" autocomplete="email" required=true/>
                        <Field id="dien_thoai" label=t::F_PHONE.get(lang) value=form.dien_thoai kind="tel" autocomplete="tel" required=false/>
                        <Field id="mat_khau" label=t::F_PASSWORD.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true hint=t::F_PASSWORD_HINT.get(lang)/>
                        <Field id="nhap_lai_mat_khau" label=t::F_PASSWORD_AGAIN.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true/>
                        <button type="submit">{t::REGISTER_BUTTON.get(lang)}</button>
                    </form>
                    <p>{t::HAVE_ACCOUNT.get(lang)}" "<a href="/dang-nhap">{t::SIGN_IN_TITLE.get(lang)}</a></p>
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn RegisteredPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t::CHECK_MAIL_TITLE.get(lang)/>
        <h1>{t::CHECK_MAIL_TITLE.get(lang)}</h1>
        <p role="status">{t::CHECK_MAIL_BODY.get(lang)}</p>
        <p><a href="/dang-nhap">{t::SIGN_IN_TITLE.get(lang)}</a></p>
    }
}
