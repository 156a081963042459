//! `/danh-gia/{code}`: the applicant rates how satisfied they are with the handling of their
//! dossier (three levels; the twelve criteria of the provincial portals, the first being the
//! overall one; a comment), once its outcome is known, and may change it for a week. Reached
//! from the dossier's page, the result's mail, or a kiosk at the counter: someone not signed in
//! as its applicant gives the check value first (the lookup's). Posts to `POST /danh-gia/{code}`
//! (`server/src/http/filing_forms.rs`). Works without JavaScript.

use crate::api::filing::{RatingForm, RatingOutcome, load_rating};
use crate::components::notice::{Unavailable, problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, rating_criterion, rating_level, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::rating::{
    COMMENT_FIELD, COMMENT_MAX, CRITERIA, Level, OVERALL_FIELD, Rating, RatingProblem, criterion_field,
};

#[component]
pub fn RatingPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let check = move || query.with(|q| q.get("kiem_tra").filter(|c| !c.trim().is_empty()));
    let saved = move || query.with(|q| q.get("da_luu").is_some());
    let page = Resource::new(move || (code(), check()), |(code, check)| load_rating(code, check));
    let posted = crate::forms::posted();
    view! {
        <Title text=t::RATING_TITLE.get(lang)/>
        <h1>{t::RATING_TITLE.get(lang)}</h1>
        {move || saved().then(|| view! {
            <div class="notice notice-success" role="status"><p>{t::RATING_THANKS.get(lang)}</p></div>
        })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if saved() {
                    return ().into_any();
                }
                match page.await {
                    Ok(RatingOutcome::Form(form)) => {
                        let (rating, problems) = match posted.await {
                            Posted::Rating { rating, problems } => (Some(rating), problems),
                            _ => (None, Vec::new()),
                        };
                        if !problems.is_empty() {
                            set_page_status(422);
                        }
                        rating_form(form, rating, problems, lang).into_any()
                    }
                    Ok(RatingOutcome::AskCheck) => check_form(code(), false, lang).into_any(),
                    Ok(RatingOutcome::NotFound) => {
                        set_page_status(404);
                        check_form(code(), true, lang).into_any()
                    }
                    Ok(RatingOutcome::NotYet) => view! { <p class="notice">{t::RATING_NOT_YET.get(lang)}</p> }.into_any(),
                    Ok(RatingOutcome::RateLimited) => {
                        set_page_status(429);
                        view! { <p class="notice notice-error" role="alert">{t::RATE_LIMITED.get(lang)}</p> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The check value, for someone not signed in as the dossier's applicant.
fn check_form(code: String, wrong: bool, lang: Lang) -> impl IntoView {
    view! {
        {wrong.then(|| view! { <p class="notice notice-error" role="alert">{t::RATING_NOT_FOUND.get(lang)}</p> })}
        <form method="get" action=format!("/danh-gia/{}", crate::links::encode_component(&code)) class="card stack">
            <p>{t::RATING_CHECK_LEAD.get(lang)}" "<strong>{code.clone()}</strong></p>
            <div class="field">
                <label for="kiem_tra">{t::RATING_CHECK_LABEL.get(lang)}</label>
                <input id="kiem_tra" name="kiem_tra" type="text" inputmode="numeric" maxlength="4" autocomplete="off" required/>
            </div>
            <button type="submit">{t::RATING_CHECK_BUTTON.get(lang)}</button>
        </form>
    }
}

/// One question: a fieldset of the three levels (and "no answer" for the optional criteria).
fn level_choice(
    name: String,
    legend: &'static str,
    chosen: Option<Level>,
    required: bool,
    lang: Lang,
) -> impl IntoView {
    let choice = {
        let name = name.clone();
        move |level: Option<Level>| {
            let value = level.map_or("", Level::code);
            let id = format!("{name}-{}", if value.is_empty() { "bo-qua" } else { value });
            let label = level.map_or(t::RATING_SKIP.get(lang), |l| rating_level(l, lang));
            view! {
                <span class="checkbox">
                    <input type="radio" id=id.clone() name=name.clone() value=value checked=chosen == level/>
                    <label for=id>{label}</label>
                </span>
            }
        }
    };
    view! {
        <fieldset id=name.clone()>
            <legend>{legend}</legend>
            {Level::ALL.iter().map(|l| choice(Some(*l))).collect_view()}
            {(!required).then(|| choice(None))}
        </fieldset>
    }
}

fn rating_form(form: RatingForm, posted: Option<Rating>, problems: Vec<RatingProblem>, lang: Lang) -> impl IntoView {
    let shown = posted.or(form.given.clone()).unwrap_or_default();
    let summary = problems
        .iter()
        .map(|p| match p {
            RatingProblem::NoOverall => (format!("#{OVERALL_FIELD}"), t::RATING_NO_OVERALL.get(lang).to_owned()),
            RatingProblem::CommentTooLong => {
                (format!("#{COMMENT_FIELD}"), t::RATING_COMMENT_TOO_LONG.get(lang).to_owned())
            }
        })
        .collect();
    let action = format!("/danh-gia/{}", crate::links::encode_component(&form.code));
    view! {
        <p>{form.procedure_name.clone()}" — "<strong>{form.code.clone()}</strong></p>
        {form.until.clone().map(|until| if form.editable {
            view! { <p class="notice" role="status">{t::RATING_GIVEN_UNTIL.get(lang)}" "{until}</p> }.into_any()
        } else {
            view! { <p class="notice" role="status">{t::RATING_CLOSED.get(lang)}</p> }.into_any()
        })}
        {problem_summary(t::RATING_REFUSED.get(lang), summary)}
        <form method="post" action=action class="card stack" novalidate=true>
            <CsrfInput/>
            {form.check.clone().map(|c| view! { <input type="hidden" name="kiem_tra" value=c/> })}
            <p class="hint">{t::RATING_LEAD.get(lang)}</p>
            {level_choice(OVERALL_FIELD.to_owned(), rating_criterion(1, lang), shown.level_of(1), true, lang)}
            {(2..=CRITERIA).map(|n| level_choice(criterion_field(n), rating_criterion(n, lang), shown.level_of(n), false, lang)).collect_view()}
            <div class="field">
                <label for=COMMENT_FIELD>{t::RATING_COMMENT.get(lang)}</label>
                <textarea id=COMMENT_FIELD name=COMMENT_FIELD rows="3" maxlength=COMMENT_MAX.to_string()>{shown.comment.clone()}</textarea>
            </div>
            {form.editable.then(|| view! { <button type="submit">{t::RATING_SEND.get(lang)}</button> })}
        </form>
    }
}
