//! The unit asked for an opinion: the box on its queue (how many questions wait, the overdue
//! first), the list at `/can-bo/y-kien` (open or answered, by pages) and one question at
//! `/can-bo/y-kien/{id}` with the form to answer it. They show the question, its files and the
//! dossier's code and procedure, never the dossier itself.

use super::opinions::{described, files_input, opinion, standing};
use crate::api::opinions::{AskedList, AskedOpinion, AskedRow, load_asked_opinion, load_asked_opinions};
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::conversation::opinion_problem;
use crate::i18n::{Lang, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::conversation::MAX_TEXT;
use shared::conversation::opinions::OpinionProblem;

/// Rows the queue's box shows (the list has the rest).
const IN_BOX: usize = 5;

/// On the queue: the questions waiting for the officer's unit, when there are some.
#[component]
pub fn AskedOpinionsBox() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_asked_opinions(Some(false), Some(0)));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(Ok(list)) = data.await else { return ().into_any() };
                if list.open == 0 {
                    return ().into_any();
                }
                let rows: Vec<AskedRow> = list.rows.iter().take(IN_BOX).cloned().collect();
                view! {
                    <section class="card" id="xin-y-kien" aria-labelledby="xin-y-kien-tieu-de">
                        <h2 id="xin-y-kien-tieu-de">{t::OP_LIST_TITLE.get(lang)}</h2>
                        <p>{counts(&list, lang)}</p>
                        {table(rows, lang)}
                        <p><a href="/can-bo/y-kien">{t::OP_SEE_ALL.get(lang)}</a></p>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

fn counts(list: &AskedList, lang: Lang) -> String {
    format!("{} {}, {} {}", list.open, t::OP_OPEN_COUNT.get(lang), list.overdue, t::OP_OVERDUE_COUNT.get(lang))
}

fn table(rows: Vec<AskedRow>, lang: Lang) -> impl IntoView {
    let lines = rows
        .into_iter()
        .map(|r| {
            let badge = if r.answered {
                view! { <span class="badge badge-full">{t::OP_DONE.get(lang)}</span> }.into_any()
            } else if r.overdue {
                view! { <span class="badge badge-late">{t::OP_OVERDUE.get(lang)}</span> }.into_any()
            } else {
                view! { <span class="badge">{t::OP_WAITING.get(lang)}</span> }.into_any()
            };
            view! {
                <tr>
                    <td><a href=format!("/can-bo/y-kien/{}", r.id)>{r.code}</a><br/>{r.procedure}</td>
                    <td>{r.from_agency}</td>
                    <td>{r.unit}</td>
                    <td>{r.asked_at}</td>
                    <td>{r.due_on}" "{badge}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <thead><tr>
                    <th scope="col">{t::OP_ABOUT.get(lang)}</th>
                    <th scope="col">{t::OP_FROM.get(lang)}</th>
                    <th scope="col">{t::OP_UNIT.get(lang)}</th>
                    <th scope="col">{t::OP_ASKED_AT.get(lang)}</th>
                    <th scope="col">{t::OP_DUE.get(lang)}</th>
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
        </div>
    }
}

/// `/can-bo/y-kien`: the questions to the officer's unit, open (`?da_tra_loi` absent) or answered.
#[component]
pub fn AskedOpinionsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| (q.get("da_tra_loi").is_some(), q.get("trang").and_then(|v| v.parse::<u32>().ok()).unwrap_or(0)))
    };
    let data = Resource::new(asked, |(answered, page)| load_asked_opinions(Some(answered), Some(page)));
    view! {
        <Title text=t::OP_LIST_TITLE.get(lang)/>
        <h1>{t::OP_LIST_TITLE.get(lang)}</h1>
        <p>{t::OP_LIST_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Ok(list)) => list_view(list, lang).into_any(),
                    Ok(Err(denial)) => view! { <Denied denial/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn list_view(list: AskedList, lang: Lang) -> impl IntoView {
    let tab = |href: &'static str, label: &'static str, current: bool| {
        view! { <li><a href=href aria-current=current.then_some("page")>{label}</a></li> }
    };
    let answered = list.answered;
    let more = list.more.then(|| {
        let next = if answered { format!("?da_tra_loi=1&trang={}", list.page + 1) } else { format!("?trang={}", list.page + 1) };
        view! { <nav class="pager" aria-label=t::PAGINATION.get(lang)><a href=next rel="next">{t::OP_MORE.get(lang)}</a></nav> }
    });
    let body = if list.rows.is_empty() {
        view! { <p role="status">{t::OP_LIST_NONE.get(lang)}</p> }.into_any()
    } else {
        table(list.rows.clone(), lang).into_any()
    };
    view! {
        <p role="status">{counts(&list, lang)}</p>
        <nav aria-label=t::OP_LIST_TITLE.get(lang)>
            <ul class="tabs">
                {tab("/can-bo/y-kien", t::OP_LIST_OPEN.get(lang), !answered)}
                {tab("/can-bo/y-kien?da_tra_loi=1", t::OP_LIST_ANSWERED.get(lang), answered)}
            </ul>
        </nav>
        {body}
        {more}
    }
}

/// `/can-bo/y-kien/{id}`: one question, its answer or the form to give it.
#[component]
pub fn AskedOpinionPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, load_asked_opinion);
    let posted = posted();
    let answered = use_query_map().with_untracked(|q| q.get("da_tra_loi").is_some());
    view! {
        <Title text=t::OP_PAGE_TITLE.get(lang)/>
        <p class="breadcrumb"><a href="/can-bo/y-kien">{t::OP_BACK.get(lang)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    Posted::OpinionAnswer { text, problem } => Some((text, problem)),
                    _ => None,
                };
                match data.await {
                    Ok(Ok(Some(asked))) => one(asked, refused, answered, lang).into_any(),
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

fn one(asked: AskedOpinion, refused: Option<(String, OpinionProblem)>, answered: bool, lang: Lang) -> impl IntoView {
    // Refused because someone answered meanwhile: the form is gone, the reason is said.
    let (form, late) = if asked.can_answer {
        (Some(answer_form(&asked, refused, lang)), None)
    } else {
        let late = refused.map(|(_, problem)| {
            set_page_status(422);
            let said = opinion_problem(problem, lang, asked.file_limit_mb);
            view! { <div class="notice notice-error" role="alert"><p>{said}</p></div> }
        });
        (None, late)
    };
    view! {
        {late}
        <h1>{t::OP_PAGE_TITLE.get(lang)}" — "{asked.code.clone()}</h1>
        <p class="lead">{asked.procedure.clone()}" "{standing(&asked.opinion, lang)}</p>
        {answered.then(|| view! { <p class="notice" role="status">{t::OP_ANSWERED.get(lang)}</p> })}
        <section class="card" aria-labelledby="cau-hoi">
            <h2 id="cau-hoi">{t::OP_QUESTION_OF.get(lang)}</h2>
            {opinion(&asked.opinion, false, lang)}
        </section>
        {form}
    }
}

fn answer_form(asked: &AskedOpinion, refused: Option<(String, OpinionProblem)>, lang: Lang) -> impl IntoView + use<> {
    let (text, problem) = match refused {
        Some((text, problem)) => {
            set_page_status(422);
            (text, Some(problem))
        }
        None => (String::new(), None),
    };
    let message = problem.map(|p| opinion_problem(p, lang, asked.file_limit_mb));
    let on = |name: &str| problem.filter(|p| p.field() == name).and(message.clone());
    let summary = problem.zip(message.clone()).map(|(p, m)| {
        let href = if p.field() == "tep" { "#tra-loi-tep" } else { "#tra-loi-noi-dung" };
        problem_summary(t::OP_ANSWER_REFUSED.get(lang), vec![(href.to_owned(), m)])
    });
    let (text_error, text_described, text_invalid) = described("tra-loi-noi-dung", on("noi_dung"));
    view! {
        <section class="card" aria-labelledby="tra-loi">
            <h2 id="tra-loi">{t::OP_ANSWER.get(lang)}</h2>
            <form method="post" action=format!("/can-bo/y-kien/{}", asked.opinion.id) enctype="multipart/form-data" class="stack">
                <CsrfInput/>
                <input type="hidden" name="ma_gui" value=asked.key.clone()/>
                {summary}
                <div class="field">
                    <label for="tra-loi-noi-dung">{t::OP_ANSWER_TEXT.get(lang)}</label>
                    <p class="hint" id="tra-loi-noi-dung-hint">{t::OP_ANSWER_HINT.get(lang)}</p>
                    {text_error}
                    <textarea id="tra-loi-noi-dung" name="noi_dung" rows="6" maxlength=MAX_TEXT.to_string()
                        aria-describedby=text_described aria-invalid=text_invalid>{text}</textarea>
                </div>
                {files_input("tra-loi-tep", t::OP_FILES.get(lang), asked.file_limit_mb, on("tep"), lang)}
                <button type="submit">{t::OP_ANSWER_SEND.get(lang)}</button>
            </form>
        </section>
    }
}
