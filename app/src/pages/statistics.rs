//! `/thong-ke`: the public statistics of the province or of one receiving agency for a year —
//! the totals, two charts by month (each followed by the table of its numbers), the agencies,
//! each procedure's processing time against its limit, and Decision 766's indicators. A GET form
//! picks the scope and the year; the same numbers are open data (`/thong-ke.csv`, `.json`).

use crate::api::statistics::{PublicStatistics, load_statistics};
use crate::components::chart::{Series, StackedBars};
use crate::components::notice::Unavailable;
use crate::i18n::{Lang, decimal, indicator_group, indicator_label, percent, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::indicators::Report;
use shared::statistics::Sums;

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let text = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
            let number = |k: &str| text(k).and_then(|v| v.trim().parse::<u32>().ok());
            (text("co_quan"), number("nam").and_then(|y| i32::try_from(y).ok()), number("thang"))
        })
    };
    let stats = Resource::new(asked, |(agency, year, month)| load_statistics(agency, year, month));
    view! {
        <Title text=t::STATS_TITLE.get(lang)/>
        <h1>{t::STATS_TITLE.get(lang)}</h1>
        <p class="lead">{t::STATS_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match stats.await {
                    Ok(s) => page(s, lang).into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn days(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(|| t::STATS_NONE.get(lang).to_owned(), |d| decimal(d, lang))
}

fn page(s: PublicStatistics, lang: Lang) -> impl IntoView {
    let chosen = s.agency.as_ref().map(|(code, _)| code.clone()).unwrap_or_default();
    let month = s.month.map(|m| format!("&thang={m}")).unwrap_or_default();
    let query = format!("co_quan={}&nam={}{month}", crate::links::encode_component(&chosen), s.year);
    let scope = s.agency.clone().map_or_else(|| t::STATS_PROVINCE.get(lang).to_owned(), |(_, name)| name);
    let period = match s.month {
        Some(m) => format!("{} {m}/{}", t::STATS_MONTH.get(lang), s.year),
        None => s.year.to_string(),
    };
    view! {
        <form method="get" action="/thong-ke" class="inline-fields card">
            <div class="field">
                <label for="co_quan">{t::STATS_SCOPE.get(lang)}</label>
                <select id="co_quan" name="co_quan">
                    <option value="" selected=chosen.is_empty()>{t::STATS_PROVINCE.get(lang)}</option>
                    {s.agencies.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=*code == chosen>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="nam">{t::STATS_YEAR.get(lang)}</label>
                <select id="nam" name="nam">
                    {s.years.iter().map(|y| view! { <option value=y.to_string() selected=*y == s.year>{*y}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="thang">{t::STATS_MONTH.get(lang)}</label>
                <select id="thang" name="thang">
                    <option value="" selected=s.month.is_none()>{t::STATS_TOTAL.get(lang)}</option>
                    {(1..=12u32).map(|m| view! { <option value=m.to_string() selected=s.month == Some(m)>{m}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit">{t::STATS_SHOW.get(lang)}</button>
        </form>
        <h2>{scope}" — "{period}</h2>
        <p>
            <a href=format!("/thong-ke.csv?{query}") download="">{t::STATS_CSV.get(lang)}</a>" · "
            <a href=format!("/thong-ke.json?{query}")>{t::STATS_JSON.get(lang)}</a>
        </p>
        {if s.months.iter().all(|(_, m)| m.received == 0) {
            view! { <p role="status">{t::STATS_EMPTY.get(lang)}</p> }.into_any()
        } else {
            view! {
                {summary(&s.totals, lang)}
                {by_month(&s.months, lang)}
                {timeliness(&s.months, lang)}
                {by_agency(&s, lang)}
                {by_procedure(&s, lang)}
            }.into_any()
        }}
        {indicators(&s.report, lang)}
    }
}

pub fn summary(total: &Sums, lang: Lang) -> impl IntoView + use<> {
    view! {
        <section aria-labelledby="tong-hop">
            <h3 id="tong-hop">{t::STATS_SUMMARY.get(lang)}</h3>
            <dl class="facts stats-summary">
                <dt>{t::STATS_RECEIVED.get(lang)}</dt><dd data-stat="received">{total.received}</dd>
                <dt>{t::STATS_FINISHED.get(lang)}</dt><dd data-stat="finished">{total.finished}</dd>
                <dt>{t::STATS_ON_TIME_SHARE.get(lang)}</dt><dd>{percent(total.on_time_percent(), lang)}</dd>
                <dt>{t::STATS_IN_PROGRESS.get(lang)}</dt><dd>{total.in_progress()}</dd>
                <dt>{t::STATS_OPEN_LATE.get(lang)}</dt><dd>{total.open_late()}</dd>
                <dt>{t::STATS_ONLINE_SHARE.get(lang)}</dt><dd>{percent(total.online_percent(), lang)}</dd>
                <dt>{t::STATS_PAID_SHARE.get(lang)}</dt><dd>{percent(total.paid_online_percent(), lang)}</dd>
                <dt>{t::STATS_SATISFIED_SHARE.get(lang)}</dt><dd>{percent(total.satisfied_percent(), lang)}</dd>
                <dt>{t::STATS_AVERAGE_TIME.get(lang)}</dt>
                <dd>{days(total.average_working_days(), lang)}" "{t::STATS_DAYS.get(lang)}</dd>
            </dl>
        </section>
    }
}

/// A table column: its heading and its number of a month's sums.
type Column = (&'static str, fn(&Sums) -> i64);

/// A chart of the months and, right after it, the table of its numbers (a row per month).
fn chart_with_table(
    id: &'static str,
    title: &'static str,
    months: &[(u32, Sums)],
    series: Vec<Series>,
    columns: Vec<Column>,
    lang: Lang,
) -> impl IntoView + use<> {
    let categories = months.iter().map(|(m, _)| m.to_string()).collect();
    let heads = columns.iter().map(|(label, _)| view! { <th scope="col">{*label}</th> }).collect_view();
    let rows = months
        .iter()
        .map(|(m, s)| {
            let cells = columns.iter().map(|(_, value)| view! { <td>{value(s)}</td> }).collect_view();
            view! { <tr data-month=*m><th scope="row">{*m}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section aria-labelledby=id>
            <h3 id=id>{title}</h3>
            <StackedBars title=title.to_owned() categories series/>
            <p class="muted">{t::STATS_CHART_NOTE.get(lang)}</p>
            <div class="table-scroll">
                <table id=format!("bang-{id}")>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr><th scope="col">{t::STATS_MONTH.get(lang)}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn series(label: &'static str, class: &'static str, months: &[(u32, Sums)], value: fn(&Sums) -> i64) -> Series {
    Series { label, class, values: months.iter().map(|(_, s)| value(s)).collect() }
}

/// Received by channel, with fees paid online and ratings beside.
fn by_month(months: &[(u32, Sums)], lang: Lang) -> impl IntoView + use<> {
    let chart = vec![
        series(t::STATS_ONLINE.get(lang), "s-online", months, Sums::filed_online),
        series(t::STATS_COUNTER.get(lang), "s-counter", months, |s| s.counter),
        series(t::STATS_POSTAL.get(lang), "s-postal", months, |s| s.postal),
    ];
    let columns: Vec<Column> = vec![
        (t::STATS_RECEIVED.get(lang), |s| s.received),
        (t::STATS_ONLINE.get(lang), Sums::filed_online),
        (t::STATS_COUNTER.get(lang), |s| s.counter),
        (t::STATS_POSTAL.get(lang), |s| s.postal),
        (t::STATS_WITH_FEES.get(lang), |s| s.with_fees),
        (t::STATS_PAID_ONLINE.get(lang), |s| s.paid_online),
        (t::STATS_RATED.get(lang), |s| s.rated),
        (t::STATS_SATISFIED.get(lang), |s| s.satisfied),
    ];
    chart_with_table("tiep-nhan", t::STATS_BY_MONTH.get(lang), months, chart, columns, lang)
}

/// Finished on time and late, by the month they were received.
fn timeliness(months: &[(u32, Sums)], lang: Lang) -> impl IntoView + use<> {
    let chart = vec![
        series(t::STATS_ON_TIME.get(lang), "s-on-time", months, Sums::finished_on_time),
        series(t::STATS_LATE.get(lang), "s-late", months, |s| s.finished_late),
    ];
    let columns: Vec<Column> = vec![
        (t::STATS_FINISHED.get(lang), |s| s.finished),
        (t::STATS_ON_TIME.get(lang), Sums::finished_on_time),
        (t::STATS_LATE.get(lang), |s| s.finished_late),
        (t::STATS_IN_PROGRESS.get(lang), Sums::in_progress),
        (t::STATS_OPEN_LATE.get(lang), Sums::open_late),
    ];
    chart_with_table("giai-quyet", t::STATS_TIMELINESS.get(lang), months, chart, columns, lang)
}

fn by_agency(s: &PublicStatistics, lang: Lang) -> impl IntoView + use<> {
    (!s.by_agency.is_empty()).then(|| {
        let rows = s
            .by_agency
            .iter()
            .map(|a| {
                let href = format!("/thong-ke?co_quan={}&nam={}", crate::links::encode_component(&a.code), s.year);
                view! {
                    <tr>
                        <th scope="row"><a href=href>{a.name.clone()}</a></th>
                        <td>{a.sums.received}</td>
                        <td>{percent(a.sums.on_time_percent(), lang)}</td>
                        <td>{percent(a.sums.online_percent(), lang)}</td>
                        <td>{percent(a.sums.paid_online_percent(), lang)}</td>
                        <td>{percent(a.sums.satisfied_percent(), lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="theo-co-quan">
                <h3 id="theo-co-quan">{t::STATS_BY_AGENCY.get(lang)}</h3>
                <div class="table-scroll">
                    <table>
                        <caption class="visually-hidden">{t::STATS_BY_AGENCY.get(lang)}</caption>
                        <thead><tr>
                            <th scope="col">{t::STATS_AGENCY.get(lang)}</th>
                            <th scope="col">{t::STATS_RECEIVED.get(lang)}</th>
                            <th scope="col">{t::STATS_ON_TIME_SHARE.get(lang)}</th>
                            <th scope="col">{t::STATS_ONLINE_SHARE.get(lang)}</th>
                            <th scope="col">{t::STATS_PAID_SHARE.get(lang)}</th>
                            <th scope="col">{t::STATS_SATISFIED_SHARE.get(lang)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    })
}

/// Procedures listed on the page, most dossiers first (the JSON has them all).
const PROCEDURES_SHOWN: usize = 100;

fn by_procedure(s: &PublicStatistics, lang: Lang) -> impl IntoView + use<> {
    let rows = s
        .procedures
        .iter()
        .take(PROCEDURES_SHOWN)
        .map(|p| {
            let verdict = match (p.average_days, p.limit_days) {
                (Some(average), Some(limit)) if average <= limit => {
                    view! { <span class="badge badge-full">{t::STATS_WITHIN.get(lang)}</span> }.into_any()
                }
                (Some(_), Some(_)) => {
                    view! { <span class="badge badge-late">{t::STATS_OVER.get(lang)}</span> }.into_any()
                }
                _ => ().into_any(),
            };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/thu-tuc/{}", p.code)>{p.name.clone()}</a></th>
                    <td>{p.received}</td>
                    <td>{p.with_result}</td>
                    <td>{days(p.average_days, lang)}</td>
                    <td>{days(p.limit_days, lang)}</td>
                    <td>{verdict}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="theo-thu-tuc">
            <h3 id="theo-thu-tuc">{t::STATS_BY_PROCEDURE.get(lang)}</h3>
            <p class="muted">{t::STATS_TIME_NOTE.get(lang)}</p>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{t::STATS_BY_PROCEDURE.get(lang)}</caption>
                    <thead><tr>
                        <th scope="col">{t::STATS_PROCEDURE.get(lang)}</th>
                        <th scope="col">{t::STATS_RECEIVED.get(lang)}</th>
                        <th scope="col">{t::STATS_WITH_RESULT.get(lang)}</th>
                        <th scope="col">{t::STATS_AVERAGE.get(lang)}</th>
                        <th scope="col">{t::STATS_LIMIT.get(lang)}</th>
                        <th scope="col"><span class="visually-hidden">{t::STATS_WITHIN.get(lang)}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Decision 766's indicators of the period: each one's rate, counts and points, by group.
pub fn indicators(report: &Report, lang: Lang) -> impl IntoView + use<> {
    let groups = report
        .groups
        .iter()
        .map(|(group, score)| {
            let rows = report
                .indicators
                .iter()
                .filter(|m| m.indicator.group == *group)
                .map(|m| {
                    let (rate, counts, points) = if !m.indicator.measured {
                        (t::STATS_NOT_MEASURED.get(lang).to_owned(), String::new(), format!("— / {}", m.indicator.max))
                    } else if m.percent.is_none() {
                        (t::STATS_NOTHING.get(lang).to_owned(), String::new(), format!("— / {}", m.indicator.max))
                    } else {
                        (
                            percent(m.percent, lang),
                            m.ratio.map(|r| format!("{}/{}", r.met, r.of)).unwrap_or_default(),
                            format!("{} / {}", decimal(m.points.unwrap_or(0.0), lang), m.indicator.max),
                        )
                    };
                    view! {
                        <tr data-indicator=m.indicator.code>
                            <th scope="row">{m.indicator.code}" "{indicator_label(m.indicator.code, lang)}</th>
                            <td>{rate}</td><td>{counts}</td><td>{points}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="group-row">
                        <th scope="rowgroup" colspan="3">{indicator_group(*group, lang)}</th>
                        <td>{decimal(score.earned, lang)}" / "{score.measurable}</td>
                    </tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="chi-so">
            <h3 id="chi-so">{t::STATS_INDICATORS.get(lang)}</h3>
            <p class="muted">{t::STATS_INDICATORS_NOTE.get(lang)}</p>
            <p class="score">
                {t::STATS_TOTAL_SCORE.get(lang)}": "
                <strong data-stat="score">{decimal(report.total.earned, lang)}</strong>
                " "{t::STATS_OF.get(lang)}" "{report.total.measurable}
            </p>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{t::STATS_INDICATORS.get(lang)}</caption>
                    <thead><tr>
                        <th scope="col">{t::STATS_CODE.get(lang)}</th>
                        <th scope="col">{t::STATS_RATE.get(lang)}</th>
                        <th scope="col">{t::STATS_COUNTS.get(lang)}</th>
                        <th scope="col">{t::STATS_POINTS.get(lang)}</th>
                    </tr></thead>
                    {groups}
                </table>
            </div>
        </section>
    }
}
