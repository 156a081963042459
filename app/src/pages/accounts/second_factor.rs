//! `/dang-nhap/ma-xac-thuc`: the second step of an officer's sign-in. An officer who has not
//! enrolled sees the QR code (and the secret as text, for typing into the app) and confirms with
//! a first code; then the recovery codes are shown, once. An enrolled officer types a code.

use crate::api::accounts::pending_second_factor;
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::forms::{Posted, SecondFactorProblem, posted};
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;

/// The secret in groups of four, easier to type.
fn grouped(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    let pending = Resource::new(|| (), |_| pending_second_factor());
    let next = super::sign_in::return_to();
    view! {
        <Title text=t::SECOND_FACTOR_TITLE.get(lang)/>
        <h1>{t::SECOND_FACTOR_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || { let next = next.clone(); Suspend::new(async move {
                let problem = match posted.await {
                    Posted::RecoveryCodes { codes } => return recovery_codes(codes).into_any(),
                    Posted::SecondFactor { problem } => Some(problem),
                    _ => None,
                };
                match pending.await {
                    Ok(Some(p)) if p.needs_link => view! {
                        <p class="notice" role="alert">{t::SECOND_FACTOR_NEEDS_LINK.get(lang)}</p>
                    }
                    .into_any(),
                    Ok(Some(p)) => {
                        let message = problem.map(|p| {
                            set_page_status(if matches!(p, SecondFactorProblem::Throttled { .. }) { 429 } else { 401 });
                            match p {
                                SecondFactorProblem::WrongCode => t::SECOND_FACTOR_WRONG.get(lang).to_owned(),
                                SecondFactorProblem::Expired => t::SECOND_FACTOR_EXPIRED.get(lang).to_owned(),
                                SecondFactorProblem::Throttled { seconds } => {
                                    t::SIGN_IN_WAIT.get(lang).replace("{n}", &seconds.to_string())
                                }
                            }
                        });
                        view! {
                            {message.map(|m| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![m]/> })}
                            {p.enrolment.map(|e| view! {
                                <section aria-labelledby="enrol">
                                    <h2 id="enrol">{t::ENROL_TITLE.get(lang)}</h2>
                                    <p>{t::ENROL_STEPS.get(lang)}</p>
                                    <div class="qr" role="img" aria-label=t::ENROL_QR_LABEL.get(lang) inner_html=e.qr_svg></div>
                                    <p>{t::ENROL_SECRET.get(lang)}" "<code id="khoa-bi-mat" data-secret=e.secret.clone()>{grouped(&e.secret)}</code></p>
                                </section>
                            })}
                            <form class="stack" method="post" action=crate::links::with_return("/dang-nhap/ma-xac-thuc", next.as_deref())>
                                <CsrfInput/>
                                {next.clone().map(|next| view! { <input type="hidden" name="tiep" value=next/> })}
                                <div class="field">
                                    <label for="ma">{t::F_TOTP_CODE.get(lang)}</label>
                                    <input id="ma" name="ma" type="text" inputmode="numeric" autocomplete="one-time-code" required=true aria-describedby="ma-hint"/>
                                    <p class="hint" id="ma-hint">{t::F_TOTP_HINT.get(lang)}</p>
                                </div>
                                <button type="submit">{t::CONFIRM.get(lang)}</button>
                            </form>
                        }
                        .into_any()
                    }
                    Ok(None) => {
                        set_page_status(401);
                        view! {
                            <p class="notice" role="alert">{t::SECOND_FACTOR_EXPIRED.get(lang)}" "
                                <a href="/dang-nhap" rel="external">{t::SIGN_IN_TITLE.get(lang)}</a></p>
                        }
                        .into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

fn recovery_codes(codes: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notice" role="status"><p>{t::ENROL_DONE.get(lang)}</p></div>
        <h2>{t::RECOVERY_CODES_TITLE.get(lang)}</h2>
        <p>{t::RECOVERY_CODES_BODY.get(lang)}</p>
        <ul class="codes" id="ma-du-phong">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
        <p><a href="/tai-khoan" rel="external">{t::CONTINUE.get(lang)}</a></p>
    }
}
