//! `/tien-do`: the public progress board (công khai tiến độ giải quyết hồ sơ) of a receiving unit
//! for a month: the counts, then its dossiers by code and procedure, the applicant by initials,
//! with their appointment and whether they were finished on time. A GET form picks the unit and
//! the month, so it works without JavaScript.

use crate::api::filing::{BoardRow, ProgressBoard, load_progress_board};
use crate::components::notice::Unavailable;
use crate::i18n::{Lang, status_label, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ProgressBoardPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let text = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
            (text("co_quan"), text("thang"), text("trang").and_then(|v| v.parse::<u32>().ok()))
        })
    };
    let board = Resource::new(asked, |(agency, month, page)| load_progress_board(agency, month, page));
    view! {
        <Title text=t::BOARD_TITLE.get(lang)/>
        <h1>{t::BOARD_TITLE.get(lang)}</h1>
        <p class="lead">{t::BOARD_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match board.await {
                    Ok(b) => board_view(b, lang).into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn board_view(b: ProgressBoard, lang: Lang) -> impl IntoView {
    let chosen = b.agency.as_ref().map(|(code, _)| code.clone()).unwrap_or_default();
    let next = b.has_next.then(|| {
        format!("/tien-do?co_quan={}&thang={}&trang={}", crate::links::encode_component(&chosen), b.month, b.page + 1)
    });
    let previous = (b.page > 1).then(|| {
        format!("/tien-do?co_quan={}&thang={}&trang={}", crate::links::encode_component(&chosen), b.month, b.page - 1)
    });
    view! {
        <form method="get" action="/tien-do" class="inline-fields card">
            <div class="field">
                <label for="co_quan">{t::BOARD_AGENCY.get(lang)}</label>
                <select id="co_quan" name="co_quan">
                    {b.agencies.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=*code == chosen>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="thang">{t::BOARD_MONTH.get(lang)}</label>
                <select id="thang" name="thang">
                    {b.months.iter().map(|m| view! { <option value=m.clone() selected=*m == b.month>{m.clone()}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit">{t::BOARD_SHOW.get(lang)}</button>
        </form>
        {b.agency.clone().map(|(_, name)| view! { <h2>{name}" — "{b.month.clone()}</h2> })}
        <dl class="facts board-counts">
            <dt>{t::BOARD_RECEIVED.get(lang)}</dt><dd>{b.received}</dd>
            <dt>{t::BOARD_IN_PROGRESS.get(lang)}</dt><dd>{b.in_progress}</dd>
            <dt>{t::BOARD_ON_TIME.get(lang)}</dt><dd>{b.on_time}</dd>
            <dt>{t::BOARD_LATE.get(lang)}</dt><dd>{b.late}</dd>
        </dl>
        {if b.rows.is_empty() {
            view! { <p role="status">{t::BOARD_EMPTY.get(lang)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table>
                        <caption class="visually-hidden">{t::BOARD_TITLE.get(lang)}</caption>
                        <thead><tr>
                            <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                            <th scope="col">{t::PROCEDURE.get(lang)}</th>
                            <th scope="col">{t::BOARD_APPLICANT.get(lang)}</th>
                            <th scope="col">{t::RECEIVED_AT.get(lang)}</th>
                            <th scope="col">{t::APPOINTMENT.get(lang)}</th>
                            <th scope="col">{t::STATUS.get(lang)}</th>
                        </tr></thead>
                        <tbody>{b.rows.into_iter().map(|r| row(r, lang)).collect_view()}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {(previous.is_some() || next.is_some()).then(|| view! {
            <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                {previous.map(|href| view! { <a href=href rel="prev">{t::PAGE_PREV.get(lang)}</a> })}
                {next.map(|href| view! { <a href=href rel="next">{t::PAGE_NEXT.get(lang)}</a> })}
            </nav>
        })}
    }
}

fn row(r: BoardRow, lang: Lang) -> impl IntoView {
    let timeliness = r.finished_on_time.map(|on_time| {
        if on_time {
            view! { " "<span class="badge badge-full">{t::ON_TIME.get(lang)}</span> }.into_any()
        } else {
            view! { " "<span class="badge badge-late">{t::LATE.get(lang)}</span> }.into_any()
        }
    });
    view! {
        <tr>
            <td>{r.code}</td>
            <td>{r.procedure_name}</td>
            <td>{r.applicant}</td>
            <td>{r.received_at}</td>
            <td>{r.due.unwrap_or_default()}</td>
            <td>{status_label(r.status, lang)}{timeliness}</td>
        </tr>
    }
}
