//! `/phan-anh/{code}`: the sender's own page, opened by the link mailed to them (`?t=` carries
//! its secret, which every form of the page posts back) or signed in to the account that sent it.
//! Unconfirmed: the button that confirms it. Then where it stands and its time limit, the
//! agency's request for more (with the form to answer it), the answer and its rating, or why it
//! was not accepted. Anyone else is told there is no such feedback.

use crate::api::feedback::{SenderView, load_sender_feedback};
use crate::components::notice::{Unavailable, set_page_status};
use crate::i18n::{Lang, feedback_state, feedback_topic, rating_level, t, upload_problem_message, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::dossier::UploadProblem;
use shared::feedback::State;
use shared::rating::Level;

#[component]
pub fn SenderFeedbackPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let asked = move || {
        let code = params.with(|p| p.get("code").unwrap_or_default());
        let secret = query.with(|q| q.get("t").filter(|t| !t.is_empty()));
        (code, secret)
    };
    let flag = move |k: &str| query.with(|q| q.get(k).is_some());
    let data = Resource::new(asked, |(code, secret)| load_sender_feedback(code, secret));
    let posted = crate::forms::posted();
    view! {
        <Title text=t::FB_SENDER_TITLE.get(lang)/>
        <p class="breadcrumb"><a href="/phan-anh">{t::FB_TITLE.get(lang)}</a></p>
        <h1>{t::FB_SENDER_TITLE.get(lang)}</h1>
        {move || {
            let done = [
                ("da_dinh_kem", t::FB_ATTACHED.get(lang)),
                ("da_xac_nhan", t::FB_CONFIRMED.get(lang)),
                ("da_gui", t::FB_CONFIRMED.get(lang)),
                ("da_bo_sung", t::FB_INFO_SENT.get(lang)),
                ("da_danh_gia", t::FB_RATED.get(lang)),
            ];
            done.into_iter().find(|(k, _)| flag(k)).map(|(_, m)| view! { <p class="notice" role="status">{m}</p> })
        }}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    crate::forms::Posted::FeedbackFile { problem } => Some(problem),
                    _ => None,
                };
                match data.await {
                    Ok(Some(v)) => page(v, refused, lang).into_any(),
                    Ok(None) => {
                        set_page_status(404);
                        view! { <p role="alert">{t::FB_NOT_FOUND.get(lang)}</p> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The link's secret as a hidden field of each form (none for a signed-in sender).
fn secret_input(secret: &Option<String>) -> impl IntoView + use<> {
    secret.clone().map(|t| view! { <input type="hidden" name="t" value=t/> })
}

/// The attachments and, while one more may be added, the form to add it (multipart: the token
/// first, then the link's secret, then the file).
fn files(v: &SenderView, refused: Option<UploadProblem>, lang: Lang) -> impl IntoView + use<> {
    let action = format!("/phan-anh/{}/tep", crate::links::encode_component(&v.code));
    let message = refused.map(|p| upload_problem_message(p, lang, v.file_limit_mb));
    let names = v.files.clone();
    let form = v.can_attach.then(|| {
        let secret = secret_input(&v.secret);
        view! {
            <form method="post" action=action enctype="multipart/form-data" class="stack">
                <CsrfInput/>
                {secret}
                <div class="field">
                    <label for="tep">{t::FB_ATTACH.get(lang)}</label>
                    <p class="hint" id="tep-hint">{t::FB_ATTACH_HINT.get(lang)}</p>
                    {message.clone().map(|m| view! { <p class="field-error" id="tep-error" role="alert">{m}</p> })}
                    <input id="tep" name="tep" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                        aria-describedby=if message.is_some() { "tep-hint tep-error" } else { "tep-hint" }
                        aria-invalid=message.is_some().then_some("true")/>
                </div>
                <button type="submit" class="secondary">{t::FB_ATTACH_SEND.get(lang)}</button>
            </form>
        }
    });
    view! {
        <section class="card" aria-labelledby="tep-dinh-kem">
            <h2 id="tep-dinh-kem">{t::FB_FILES.get(lang)}</h2>
            {if names.is_empty() {
                view! { <p>{t::FB_NO_FILES.get(lang)}</p> }.into_any()
            } else {
                view! { <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }.into_any()
            }}
            {form}
        </section>
    }
}

fn page(v: SenderView, refused: Option<UploadProblem>, lang: Lang) -> impl IntoView {
    let action = |what: &str| format!("/phan-anh/{}/{what}", crate::links::encode_component(&v.code));
    let confirm = (v.state == State::Unconfirmed).then(|| {
        view! {
            <form method="post" action=action("xac-nhan") class="card">
                <CsrfInput/>
                {secret_input(&v.secret)}
                <p>{t::FB_CONFIRM_LEAD.get(lang)}</p>
                <button type="submit">{t::FB_CONFIRM.get(lang)}</button>
            </form>
        }
    });
    let info = v.info_request.clone().map(|what| {
        view! {
            <section class="card" aria-labelledby="bo-sung">
                <h2 id="bo-sung">{t::FB_INFO_ASKED.get(lang)}</h2>
                <p class="pre-line">{what}</p>
                <form method="post" action=action("bo-sung") class="stack">
                    <CsrfInput/>
                    {secret_input(&v.secret)}
                    <div class="field">
                        <label for="noi_dung">{t::FB_CONTENT.get(lang)}</label>
                        <textarea id="noi_dung" name="noi_dung" rows="5" maxlength="5000" required=true></textarea>
                    </div>
                    <button type="submit">{t::FB_INFO_SEND.get(lang)}</button>
                </form>
            </section>
        }
    });
    let answered = matches!(v.state, State::Answered | State::Published);
    let rating = answered.then(|| {
        let current = v.rating;
        view! {
            <form method="post" action=action("danh-gia") class="card">
                <CsrfInput/>
                {secret_input(&v.secret)}
                <fieldset>
                    <legend>{t::FB_RATE.get(lang)}</legend>
                    {Level::ALL.iter().map(|&l| {
                        let id = format!("muc-do-{}", l.code());
                        view! {
                            <span class="checkbox">
                                <input type="radio" id=id.clone() name="muc_do" value=l.code() checked=current == Some(l) required=true/>
                                <label for=id>{rating_level(l, lang)}</label>
                            </span>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit">{t::FB_RATE_SEND.get(lang)}</button>
            </form>
        }
    });
    view! {
        {confirm}
        <section class="card" aria-labelledby="phan-anh">
            <h2 id="phan-anh">{v.title.clone()}</h2>
            <dl class="facts">
                <dt>{t::DOSSIER_CODE.get(lang)}</dt><dd>{v.code.clone()}</dd>
                <dt>{t::FB_TOPIC.get(lang)}</dt><dd>{feedback_topic(v.topic, lang)}</dd>
                <dt>{t::FB_STATE.get(lang)}</dt><dd class="status">{feedback_state(v.state, lang)}</dd>
                {v.received_at.clone().map(|r| view! { <dt>{t::FB_RECEIVED_AT.get(lang)}</dt><dd>{r}</dd> })}
                {v.agency.clone().map(|a| view! { <dt>{t::FB_AGENCY.get(lang)}</dt><dd>{a}</dd> })}
                {v.due.clone().map(|d| view! { <dt>{t::FB_DUE.get(lang)}</dt><dd>{d}</dd> })}
                {v.rating.map(|r| view! { <dt>{t::FB_YOUR_RATING.get(lang)}</dt><dd>{rating_level(r, lang)}</dd> })}
            </dl>
            <p class="pre-line">{v.content.clone()}</p>
        </section>
        {files(&v, refused, lang)}
        {info}
        {v.refusal.clone().map(|r| view! {
            <section class="card" aria-labelledby="tu-choi"><h2 id="tu-choi">{t::FB_REFUSAL.get(lang)}</h2><p class="pre-line">{r}</p></section>
        })}
        {v.answer.clone().map(|a| view! {
            <section class="card" aria-labelledby="tra-loi"><h2 id="tra-loi">{t::FB_ANSWER.get(lang)}</h2><p class="pre-line">{a}</p></section>
        })}
        {rating}
    }
}
