//! The officers' side of feedback: `/can-bo/phan-anh`, the queue (the PAKN desk sees every open
//! one and the answers to publish; an agency's leaders what was given to it), each with its
//! current time limit and a "due soon" or "overdue" badge; `/can-bo/phan-anh/{id}`, one feedback
//! with its history and the forms its viewer may use. Forms post to
//! `server/src/http/feedback_forms.rs`.

use crate::api::feedback::{FeedbackDetail, FeedbackQueue, load_feedback_detail, load_feedback_queue};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::i18n::{Lang, feedback_action, feedback_kind, feedback_state, feedback_topic, rating_level, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::deadline::Progress;
use shared::feedback::{Kind, State};

/// The badge of a time limit.
fn badge(progress: Option<Progress>, lang: Lang) -> impl IntoView {
    progress.map(|p| match p {
        Progress::Overdue => view! { <span class="badge badge-late">{t::FB_OVERDUE.get(lang)}</span> }.into_any(),
        Progress::DueSoon => view! { <span class="badge badge-soon">{t::FB_DUE_SOON.get(lang)}</span> }.into_any(),
        Progress::InTime => view! { <span class="badge badge-full">{t::FB_IN_TIME.get(lang)}</span> }.into_any(),
    })
}

#[component]
pub fn FeedbackQueuePage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_feedback_queue());
    view! {
        <Title text=t::FB_QUEUE_TITLE.get(lang)/>
        <h1>{t::FB_QUEUE_TITLE.get(lang)}</h1>
        <p class="muted">{t::FB_LIMITS.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(q)) => queue(q, lang).into_any(),
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn queue(q: FeedbackQueue, lang: Lang) -> impl IntoView {
    if q.rows.is_empty() {
        return view! { <p role="status">{t::FB_QUEUE_EMPTY.get(lang)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t::FB_QUEUE_TITLE.get(lang)}</caption>
                <thead><tr>
                    <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                    <th scope="col">{t::FB_SUBJECT.get(lang)}</th>
                    <th scope="col">{t::FB_STATE.get(lang)}</th>
                    <th scope="col">{t::FB_AGENCY.get(lang)}</th>
                    <th scope="col">{t::FB_RECEIVED.get(lang)}</th>
                    <th scope="col">{t::FB_DUE.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {q.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=format!("/can-bo/phan-anh/{}", r.id)>{r.code}</a></td>
                            <td>{r.title}<br/><small>{feedback_topic(r.topic, lang)}</small></td>
                            <td>{feedback_state(r.state, lang)}</td>
                            <td>{r.agency.unwrap_or_default()}</td>
                            <td>{r.received_at}</td>
                            <td>{r.due.unwrap_or_default()}" "{badge(r.progress, lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn FeedbackDetailPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let updated = move || query.with(|q| q.get("da_cap_nhat").is_some());
    let data = Resource::new(id, load_feedback_detail);
    view! {
        <Title text=t::FB_TITLE.get(lang)/>
        <p class="breadcrumb"><a href="/can-bo/phan-anh">{t::FB_QUEUE_TITLE.get(lang)}</a></p>
        {move || updated().then(|| view! { <p class="notice" role="status">{t::FB_UPDATED.get(lang)}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(Some(d))) => detail(d, lang).into_any(),
                    Ok(Ok(None)) => {
                        set_page_status(404);
                        view! { <h1>{t::NOT_FOUND_TITLE.get(lang)}</h1> }.into_any()
                    }
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn detail(d: FeedbackDetail, lang: Lang) -> impl IntoView {
    let action = format!("/can-bo/phan-anh/{}", d.id);
    let form = {
        let action = action.clone();
        move |name: &'static str, body: AnyView, button: &'static str| {
            view! {
                <form method="post" action=action.clone() class="card stack">
                    <CsrfInput/>
                    <input type="hidden" name="hanh_dong" value=name/>
                    {body}
                    <button type="submit">{button}</button>
                </form>
            }
        }
    };
    let at_desk = d.can_handle && d.state == State::AtDesk;
    let answering = d.can_answer && matches!(d.state, State::Assigned | State::InfoRequested);
    let to_publish = d.can_handle && d.state == State::Answered && d.answer_public;
    let preview = d.answer.clone().map(|a| shared::feedback::redact(&a));
    view! {
        <h1>{d.title.clone()}</h1>
        <dl class="facts">
            <dt>{t::DOSSIER_CODE.get(lang)}</dt><dd>{d.code.clone()}</dd>
            <dt>{t::FB_STATE.get(lang)}</dt><dd class="status">{feedback_state(d.state, lang)}</dd>
            <dt>{t::FB_TOPIC.get(lang)}</dt>
            <dd>{feedback_topic(d.topic, lang)}{d.reference.clone().map(|r| format!(": {r}"))}</dd>
            <dt>{t::FB_SENDER.get(lang)}</dt>
            <dd>{d.sender_name.clone()}" · "{d.sender_email.clone()}{d.sender_phone.clone().map(|p| format!(" · {p}"))}</dd>
            {d.received_at.clone().map(|r| view! { <dt>{t::FB_RECEIVED_AT.get(lang)}</dt><dd>{r}</dd> })}
            {d.kind.map(|k| view! { <dt>{t::FB_KIND.get(lang)}</dt><dd>{feedback_kind(k, lang)}</dd> })}
            {d.agency.clone().map(|a| view! { <dt>{t::FB_AGENCY.get(lang)}</dt><dd>{a}</dd> })}
            {d.due.clone().map(|due| view! { <dt>{t::FB_DUE.get(lang)}</dt><dd>{due}" "{badge(d.progress, lang)}</dd> })}
            {d.rating.map(|r| view! { <dt>{t::FB_YOUR_RATING.get(lang)}</dt><dd>{rating_level(r, lang)}</dd> })}
        </dl>
        <p class="pre-line card">{d.content.clone()}</p>
        {(!d.files.is_empty()).then(|| view! {
            <h2>{t::FB_FILES.get(lang)}</h2>
            <ul>
                {d.files.iter().map(|(file, name, size)| view! {
                    <li><a href=format!("/can-bo/phan-anh/{}/tep/{file}", d.id)>{name.clone()}</a>
                        " "<small>"("{size / 1024 + 1}" KB)"</small></li>
                }).collect_view()}
            </ul>
        })}
        {d.refusal.clone().map(|r| view! { <h2>{t::FB_REFUSAL.get(lang)}</h2><p class="pre-line">{r}</p> })}
        {d.answer.clone().map(|a| view! { <h2>{t::FB_ANSWER.get(lang)}</h2><p class="pre-line">{a}</p> })}
        {at_desk.then(|| form("chuyen", view! {
            <h2>{t::FB_ASSIGN.get(lang)}</h2>
            <fieldset>
                <legend>{t::FB_KIND.get(lang)}</legend>
                {Kind::ALL.iter().map(|&k| {
                    let id = format!("loai-{}", k.code());
                    view! {
                        <span class="checkbox">
                            <input type="radio" id=id.clone() name="loai" value=k.code() required=true/>
                            <label for=id>{feedback_kind(k, lang)}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="co_quan">{t::FB_ASSIGN_TO.get(lang)}</label>
                <select id="co_quan" name="co_quan" required=true>
                    {d.agencies.iter().map(|(code, name)| view! { <option value=code.clone()>{name.clone()}</option> }).collect_view()}
                </select>
            </div>
        }.into_any(), t::FB_ASSIGN.get(lang)))}
        {at_desk.then(|| form("tu_choi", view! {
            <div class="field">
                <label for="ly_do">{t::FB_REFUSE_REASON.get(lang)}</label>
                <textarea id="ly_do" name="ly_do" rows="3" required=true></textarea>
            </div>
        }.into_any(), t::FB_REFUSE.get(lang)))}
        {answering.then(|| form("tra_loi", view! {
            <h2>{t::FB_ANSWER_TEXT.get(lang)}</h2>
            <div class="field">
                <label for="tra_loi">{t::FB_ANSWER_TEXT.get(lang)}</label>
                <textarea id="tra_loi" name="tra_loi" rows="8" required=true></textarea>
            </div>
            <span class="checkbox">
                <input type="checkbox" id="cong_khai" name="cong_khai" value="1" checked=true/>
                <label for="cong_khai">{t::FB_ANSWER_PUBLIC.get(lang)}</label>
            </span>
        }.into_any(), t::FB_ANSWER_SEND.get(lang)))}
        {(answering && d.state == State::Assigned).then(|| form("yeu_cau_bo_sung", view! {
            <div class="field">
                <label for="noi_dung">{t::FB_ASK_WHAT.get(lang)}</label>
                <textarea id="noi_dung" name="noi_dung" rows="3" required=true></textarea>
            </div>
        }.into_any(), t::FB_ASK_INFO.get(lang)))}
        {to_publish.then(|| form("cong_khai", view! {
            <h2>{t::FB_PUBLIC_PREVIEW.get(lang)}</h2>
            <p class="pre-line">{shared::feedback::redact(&d.title)}</p>
            <p class="pre-line">{shared::feedback::redact(&d.content)}</p>
            <p class="pre-line">{preview.clone().unwrap_or_default()}</p>
        }.into_any(), t::FB_PUBLISH.get(lang)))}
        <h2>{t::FB_HISTORY.get(lang)}</h2>
        <ol class="timeline">
            {d.events.into_iter().map(|e| view! {
                <li>
                    {e.at}": "{feedback_action(&e.action, lang)}
                    {e.actor.map(|a| format!(" — {a}"))}
                    {e.note.map(|n| view! { <br/><span class="pre-line">{n}</span> })}
                </li>
            }).collect_view()}
        </ol>
    }
}
