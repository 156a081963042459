//! `/dang-nhap` (sign in) and `/tai-khoan` (the signed-in account).

use super::reset::password_problem_messages;
use crate::api::accounts::federated_sign_in;
use crate::components::field::Field;
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::forms::{Posted, SignInProblem, posted};
use crate::i18n::{t, use_lang};
use crate::links::with_return;
use crate::request::{CsrfInput, get_viewer};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    let federated = Resource::new(|| (), |_| federated_sign_in());
    let query = use_query_map();
    let just_verified = move || query.with(|q| q.get("da_xac_thuc").is_some());
    let verify_failed = move || query.with(|q| q.get("xac_thuc_loi").is_some());
    let reset_done = move || query.with(|q| q.get("da_dat_lai").is_some());
    let federated_failed = move || query.with(|q| q.get("vneid_loi").is_some());
    let relink_ready = move || query.with(|q| q.get("cai_lai").is_some());
    let relink_failed = move || query.with(|q| q.get("cai_lai_loi").is_some());
    let next = return_to();
    view! {
        <Title text=t::SIGN_IN_TITLE.get(lang)/>
        <Meta name="description" content=t::SIGN_IN_DESCRIPTION.get(lang)/>
        <h1>{t::SIGN_IN_TITLE.get(lang)}</h1>
        {move || just_verified().then(|| view! { <p class="notice" role="status">{t::EMAIL_VERIFIED.get(lang)}</p> })}
        {move || reset_done().then(|| view! { <p class="notice" role="status">{t::PASSWORD_RESET_DONE.get(lang)}</p> })}
        {move || relink_ready().then(|| view! { <p class="notice" role="status">{t::ENROL_LINK_READY.get(lang)}</p> })}
        {move || relink_failed().then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::ENROL_LINK_INVALID.get(lang).to_owned()]/> })}
        {move || federated_failed().then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::FEDERATED_FAILED.get(lang).to_owned()]/> })}
        {move || verify_failed().then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::VERIFY_LINK_INVALID.get(lang).to_owned()]/> })}
        <Suspense fallback=|| ()>
            {move || { let next = next.clone(); Suspend::new(async move {
                let (identifier, problem) = match posted.await {
                    Posted::SignIn { identifier, problem } => (identifier, Some(problem)),
                    _ => (String::new(), None),
                };
                let message = problem.map(|p| {
                    set_page_status(match p {
                        SignInProblem::Unavailable => 503,
                        SignInProblem::Throttled { .. } => 429,
                        _ => 401,
                    });
                    match p {
                        SignInProblem::Rejected => t::SIGN_IN_REJECTED.get(lang).to_owned(),
                        SignInProblem::EmailNotVerified => t::SIGN_IN_UNVERIFIED.get(lang).to_owned(),
                        SignInProblem::Throttled { seconds } => {
                            t::SIGN_IN_WAIT.get(lang).replace("{n}", &seconds.to_string())
                        }
                        SignInProblem::Unavailable => t::UNAVAILABLE.get(lang).to_owned(),
                    }
                });
                let federated = federated.await.ok().flatten();
                let (action, next) = (with_return("/dang-nhap", next.as_deref()), next.clone());
                // The national sign-in comes back to the same place.
                let national = with_return("/dang-nhap/vneid", next.as_deref());
                view! {
                    {message.map(|m| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![m]/> })}
                    {federated.map(|name| view! {
                        <p><a class="button" href=national.clone() rel="external">{format!("{} {name}", t::SIGN_IN_WITH.get(lang))}</a></p>
                        <p class="or">{t::OR.get(lang)}</p>
                    })}
                    <form class="stack" method="post" action=action>
                        <CsrfInput/>
                        {next.map(|next| view! { <input type="hidden" name="tiep" value=next/> })}
                        <Field id="dinh_danh" label=t::F_IDENTIFIER.get(lang) value=identifier kind="text" autocomplete="username" required=true/>
                        <Field id="mat_khau" label=t::F_PASSWORD.get(lang) value=String::new() kind="password" autocomplete="current-password" required=true/>
                        <button type="submit">{t::SIGN_IN_BUTTON.get(lang)}</button>
                    </form>
                    <p><a href="/quen-mat-khau" rel="external">{t::FORGOT_LINK.get(lang)}</a></p>
                    <p>{t::NO_ACCOUNT.get(lang)}" "<a href="/dang-ky">{t::REGISTER_TITLE.get(lang)}</a></p>
                }
            })}}
        </Suspense>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let lang = use_lang();
    let viewer = Resource::new(|| (), |_| get_viewer());
    let posted = posted();
    let query = use_query_map();
    let changed = move || query.with(|q| q.get("da_doi_mat_khau").is_some());
    view! {
        <Title text=t::ACCOUNT_TITLE.get(lang)/>
        <h1>{t::ACCOUNT_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let problems = match posted.await {
                    Posted::ChangePassword { problems } => password_problem_messages(&problems, lang),
                    _ => Vec::new(),
                };
                if !problems.is_empty() {
                    set_page_status(422);
                }
                match viewer.await {
                    Ok(Some(v)) => view! {
                        {changed().then(|| view! { <p class="notice" role="status">{t::CHANGE_PASSWORD_DONE.get(lang)}</p> })}
                        <p>{t::SIGNED_IN_AS.get(lang)}" "<strong>{v.full_name}</strong></p>
                        {v.identity_verified.then(|| view! { <p class="badge-verified">{t::IDENTITY_VERIFIED.get(lang)}</p> })}
                        {who(&v.actor)}
                        <form method="post" action="/dang-xuat" class="inline">
                            <CsrfInput/>
                            <button type="submit">{t::SIGN_OUT.get(lang)}</button>
                        </form>
                        <form method="post" action="/tai-khoan/dang-xuat-moi-noi" class="inline">
                            <CsrfInput/>
                            <button type="submit" class="secondary">{t::SIGN_OUT_EVERYWHERE.get(lang)}</button>
                        </form>
                        <section aria-labelledby="change-password">
                            <h2 id="change-password">{t::CHANGE_PASSWORD_TITLE.get(lang)}</h2>
                            {(!problems.is_empty()).then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=problems.clone()/> })}
                            <form class="stack" method="post" action="/tai-khoan/doi-mat-khau">
                                <CsrfInput/>
                                <Field id="mat_khau_hien_tai" label=t::F_CURRENT_PASSWORD.get(lang) value=String::new() kind="password" autocomplete="current-password" required=true/>
                                <Field id="mat_khau" label=t::F_NEW_PASSWORD.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true hint=t::F_PASSWORD_HINT.get(lang)/>
                                <Field id="nhap_lai_mat_khau" label=t::F_PASSWORD_AGAIN.get(lang) value=String::new() kind="password" autocomplete="new-password" required=true/>
                                <button type="submit">{t::CHANGE_PASSWORD_TITLE.get(lang)}</button>
                            </form>
                        </section>
                    }.into_any(),
                    Ok(None) => {
                        set_page_status(401);
                        view! { <p>{t::PLEASE_SIGN_IN.get(lang)}" "<a href="/dang-nhap">{t::SIGN_IN_TITLE.get(lang)}</a></p> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What the account is: a person (and a link to their businesses) or an officer (and roles).
fn who(actor: &shared::access::Actor) -> impl IntoView + use<> {
    let lang = use_lang();
    match actor {
        shared::access::Actor::Officer { roles, .. } => {
            use shared::access::Role;
            let admin = roles.iter().any(|r| matches!(r, Role::SystemAdmin | Role::AgencyAdmin));
            let labels: Vec<&str> = roles.iter().map(|r| crate::i18n::role_label(*r, lang)).collect();
            view! {
                <p>{t::ROLES.get(lang)}": "{labels.join(", ")}</p>
                {admin.then(|| view! { <p><a href="/quan-tri">{t::ADMIN_TITLE.get(lang)}</a></p> })}
            }
            .into_any()
        }
        _ => view! { <p><a href="/doanh-nghiep">{t::MY_BUSINESSES.get(lang)}</a></p> }.into_any(),
    }
}

/// Where the person was going before being asked to sign in (`?tiep=/path`), carried through
/// the sign-in and its second step (the server follows only a path on this site).
pub fn return_to() -> Option<String> {
    use_query_map().with_untracked(|q| q.get("tiep")).filter(|t| t.starts_with('/') && !t.starts_with("//"))
}
