//! `/quan-tri/lich`: the province's working calendar, changed by the system admin and read by
//! agency admins, who set their own agency's office hours here. The exceptions to
//! "Monday to Friday" of a year — holidays and days off on weekdays, weekend days worked in a
//! swap — each with its note; add or change a day, remove one. Deadlines are computed from
//! these rows (`shared::deadline`), so a change applies to every appointment set afterwards.
//! Each agency's office hours (morning and afternoon sessions, Saturday morning reception) are
//! set here too; an agency's dossiers are counted in its hours.

use crate::api::admin::{AgencyHoursRow, load_calendar_page};
use crate::components::notice::{Denied, Unavailable};
use crate::forms::CalendarRefusal;
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn refusal_message(refusal: CalendarRefusal, lang: crate::i18n::Lang) -> &'static str {
    match refusal {
        CalendarRefusal::BadDate => t::CAL_BAD_DATE.get(lang),
        CalendarRefusal::KindDoesNotFitTheDay => t::CAL_KIND_DAY.get(lang),
        CalendarRefusal::Note => t::CAL_NOTE_NEEDED.get(lang),
        CalendarRefusal::BadHours => t::CAL_BAD_HOURS.get(lang),
    }
}

#[component]
pub fn CalendarAdminPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let year = move || query.read().get("nam").and_then(|y| y.parse::<i32>().ok());
    let data = Resource::new(year, load_calendar_page);
    let posted = crate::forms::posted();
    view! {
        <Title text=t::CALENDAR_TITLE.get(lang)/>
        <h1>{t::CALENDAR_TITLE.get(lang)}</h1>
        <p class="lead">{t::CALENDAR_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let page = match data.await {
                    Ok(Ok(p)) => p,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let year = page.year;
                let refusal = match posted.await {
                    crate::forms::Posted::Calendar { refusal } => Some(refusal),
                    _ => None,
                };
                if refusal.is_some() {
                    crate::components::notice::set_page_status(422);
                }
                view! {
                    {refusal.map(|r| view! {
                        <div class="notice notice-error" role="alert">
                            <h2>{t::CAL_REFUSED.get(lang)}</h2>
                            <p>{refusal_message(r, lang)}</p>
                        </div>
                    })}
                    <nav class="pager" aria-label=t::CALENDAR_YEAR.get(lang)>
                        <a href=format!("/quan-tri/lich?nam={}", year - 1)>{format!("← {}", year - 1)}</a>
                        <strong>{year}</strong>
                        <a href=format!("/quan-tri/lich?nam={}", year + 1)>{format!("{} →", year + 1)}</a>
                    </nav>
                    {page.days_editable.then(|| view! {
                    <form method="post" action="/quan-tri/lich" class="card stack">
                        <h2>{t::CALENDAR_ADD.get(lang)}</h2>
                        <CsrfInput/>
                        <div class="field">
                            <label for="ngay">{t::CALENDAR_DAY.get(lang)}</label>
                            <input id="ngay" name="ngay" type="date" required/>
                        </div>
                        <div class="field">
                            <label for="loai">{t::CALENDAR_KIND.get(lang)}</label>
                            <select id="loai" name="loai">
                                <option value="off">{t::CALENDAR_OFF.get(lang)}</option>
                                <option value="working">{t::CALENDAR_WORKING.get(lang)}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="ghi_chu_lich">{t::CALENDAR_NOTE.get(lang)}</label>
                            <input id="ghi_chu_lich" name="ghi_chu" type="text" maxlength="200" required/>
                        </div>
                        <button type="submit">{t::CALENDAR_SAVE.get(lang)}</button>
                    </form>
                    })}
                    {office_hours(page.hours)}
                    <h2>{t::CALENDAR_DAYS.get(lang)}</h2>
                    {page.days.is_empty().then(|| view! { <p role="status">{t::NO_RESULTS.get(lang)}</p> })}
                    <div class="table-scroll">
                    <table id="lich">
                        <thead><tr>
                            <th scope="col">{t::CALENDAR_DAY.get(lang)}</th>
                            <th scope="col">{t::CALENDAR_KIND.get(lang)}</th>
                            <th scope="col">{t::CALENDAR_NOTE.get(lang)}</th>
                            <th scope="col"><span class="visually-hidden">{t::REMOVE.get(lang)}</span></th>
                        </tr></thead>
                        <tbody>
                            {page.days.into_iter().map(move |d| {
                                let kind = if d.kind == "working" { t::CALENDAR_WORKING.get(lang) } else { t::CALENDAR_OFF.get(lang) };
                                let label = format!("{} {}", t::REMOVE.get(lang), d.label);
                                view! {
                                    <tr>
                                        <td>{d.label.clone()}</td>
                                        <td>{kind}</td>
                                        <td>{d.note}</td>
                                        <td>
                                            {page.days_editable.then(|| view! {
                                                <form method="post" action="/quan-tri/lich/xoa" class="inline">
                                                    <CsrfInput/>
                                                    <input type="hidden" name="ngay" value=d.day.clone()/>
                                                    <button type="submit" class="secondary" aria-label=label.clone()>{t::REMOVE.get(lang)}</button>
                                                </form>
                                            })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn span((opens, closes): &(String, String)) -> String {
    if opens.is_empty() { "—".to_owned() } else { format!("{opens}–{closes}") }
}

/// Each agency's office hours, and the form that sets one agency's.
fn office_hours(rows: Vec<AgencyHoursRow>) -> impl IntoView {
    let lang = use_lang();
    let standard = shared::deadline::OfficeHours::standard();
    let at = |i: usize, closes: bool| {
        standard
            .sessions
            .get(i)
            .map(|s| if closes { s.closes } else { s.opens })
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default()
    };
    let time = move |id: &'static str, label: &'static str, value: String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id name=id type="time" value=value/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="gio-lam-viec" class="card">
            <h2 id="gio-lam-viec">{t::HOURS_TITLE.get(lang)}</h2>
            <p class="hint">{t::HOURS_LEAD.get(lang)}</p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t::F_AGENCY.get(lang)}</th>
                        <th scope="col">{t::HOURS_MORNING.get(lang)}</th>
                        <th scope="col">{t::HOURS_AFTERNOON.get(lang)}</th>
                        <th scope="col">{t::HOURS_SATURDAY.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.iter().map(|r| view! {
                            <tr>
                                <td>{r.agency.clone()}{(!r.own).then(|| format!(" ({})", t::HOURS_STANDARD.get(lang)))}</td>
                                <td>{span(&r.morning)}</td>
                                <td>{span(&r.afternoon)}</td>
                                <td>{span(&r.saturday)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <form method="post" action="/quan-tri/lich/gio-lam-viec" class="stack">
                <CsrfInput/>
                <div class="field">
                    <label for="co_quan_gio">{t::F_AGENCY.get(lang)}</label>
                    <select id="co_quan_gio" name="co_quan">
                        {rows.iter().map(|r| view! { <option value=r.agency_id.to_string()>{r.agency.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <fieldset>
                    <legend>{t::HOURS_MORNING.get(lang)}</legend>
                    {time("sang_mo", t::HOURS_OPENS.get(lang), at(0, false))}
                    {time("sang_dong", t::HOURS_CLOSES.get(lang), at(0, true))}
                </fieldset>
                <fieldset>
                    <legend>{t::HOURS_AFTERNOON.get(lang)}</legend>
                    <p class="hint">{t::HOURS_OPTIONAL.get(lang)}</p>
                    {time("chieu_mo", t::HOURS_OPENS.get(lang), at(1, false))}
                    {time("chieu_dong", t::HOURS_CLOSES.get(lang), at(1, true))}
                </fieldset>
                <fieldset>
                    <legend>{t::HOURS_SATURDAY.get(lang)}</legend>
                    <p class="hint">{t::HOURS_SATURDAY_HINT.get(lang)}</p>
                    {time("thu7_mo", t::HOURS_OPENS.get(lang), String::new())}
                    {time("thu7_dong", t::HOURS_CLOSES.get(lang), String::new())}
                </fieldset>
                <button type="submit">{t::HOURS_SAVE.get(lang)}</button>
            </form>
        </section>
    }
}
