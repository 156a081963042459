//! `/dang-nhap/vneid/lien-ket`: the national provider vouched for an ID number that a
//! self-registered account holds. The person either proves the account is theirs (its password,
//! and consent) or takes a new verified account (`server/src/services/accounts/federated/`).

use crate::api::accounts::load_link_choice;
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::forms::LinkProblem;
use crate::forms::{Posted, posted};
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;

fn message(problem: LinkProblem, lang: crate::i18n::Lang) -> String {
    match problem {
        LinkProblem::Expired => t::LINK_EXPIRED.get(lang).to_owned(),
        LinkProblem::WrongPassword => t::LINK_WRONG_PASSWORD.get(lang).to_owned(),
        LinkProblem::NoConsent => t::LINK_NO_CONSENT.get(lang).to_owned(),
        LinkProblem::Throttled { seconds } => t::SIGN_IN_WAIT.get(lang).replace("{n}", &seconds.to_string()),
        LinkProblem::Unavailable => t::UNAVAILABLE.get(lang).to_owned(),
    }
}

#[component]
pub fn LinkChoicePage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    let choice = Resource::new(|| (), |_| load_link_choice());
    view! {
        <Title text=t::LINK_TITLE.get(lang)/>
        <h1>{t::LINK_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let problem = match posted.await {
                    Posted::LinkChoice { problem } => Some(problem),
                    _ => None,
                };
                let problems = problem.map(|p| {
                    set_page_status(match p {
                        LinkProblem::Unavailable => 503,
                        LinkProblem::Throttled { .. } => 429,
                        _ => 422,
                    });
                    view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![message(p, lang)]/> }
                });
                match choice.await {
                    Ok(Some(c)) => view! {
                        {problems}
                        <p>{t::LINK_INTRO.get(lang)}</p>
                        {c.masked_email.map(|e| view! { <p>{t::LINK_HELD_BY.get(lang)}" "<strong>{e}</strong></p> })}
                        <section aria-labelledby="cua-toi">
                            <h2 id="cua-toi">{t::LINK_MINE_TITLE.get(lang)}</h2>
                            <p>{t::LINK_MINE_BODY.get(lang)}</p>
                            <form class="stack" method="post" action="/dang-nhap/vneid/lien-ket">
                                <CsrfInput/>
                                <input type="hidden" name="lua_chon" value="lien_ket"/>
                                <div class="field">
                                    <label for="mat_khau">{t::F_PASSWORD.get(lang)}</label>
                                    <input id="mat_khau" name="mat_khau" type="password" autocomplete="current-password" required=true/>
                                </div>
                                <div class="field checkbox">
                                    <input id="dong_y" name="dong_y" type="checkbox" value="1" required=true/>
                                    <label for="dong_y">{t::LINK_CONSENT.get(lang)}</label>
                                </div>
                                <button type="submit">{t::LINK_MINE_BUTTON.get(lang)}</button>
                            </form>
                        </section>
                        <section aria-labelledby="khong-phai">
                            <h2 id="khong-phai">{t::LINK_NEW_TITLE.get(lang)}</h2>
                            <p>{t::LINK_NEW_BODY.get(lang)}</p>
                            <form method="post" action="/dang-nhap/vneid/lien-ket">
                                <CsrfInput/>
                                <input type="hidden" name="lua_chon" value="tao_moi"/>
                                <button type="submit" class="secondary">{t::LINK_NEW_BUTTON.get(lang)}</button>
                            </form>
                        </section>
                    }
                    .into_any(),
                    Ok(None) => {
                        set_page_status(410);
                        view! {
                            <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![message(LinkProblem::Expired, lang)]/>
                            <p><a href="/dang-nhap">{t::SIGN_IN_TITLE.get(lang)}</a></p>
                        }
                        .into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
