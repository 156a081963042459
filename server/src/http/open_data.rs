//! The public statistics as open data: `/thong-ke.csv` (the page's monthly numbers, one row per
//! month and the year's total) and `/thong-ke.json` (everything the page shows). Same query as
//! the page (`co_quan`, `nam`), same numbers: both are read by `StatisticsService::public`.

use super::AppState;
use super::forms::unavailable;
use app::api::statistics::{PublicStatistics, StatisticsService};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use shared::statistics::Sums;
use std::collections::HashMap;

/// How long a browser or proxy may keep an answer: the numbers move as dossiers do.
const CACHE: &str = "public, max-age=60";

/// The statistics asked for by the query; `whole`: with the procedures and indicators (the
/// JSON), else the months alone (the CSV).
async fn statistics(state: &AppState, query: &HashMap<String, String>, whole: bool) -> Option<PublicStatistics> {
    let agency = query.get("co_quan").map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let year = query.get("nam").and_then(|v| v.trim().parse().ok());
    let month = query.get("thang").and_then(|v| v.trim().parse().ok());
    let statistics = &state.services.statistics;
    if whole {
        statistics.public(agency, year, month).await.ok()
    } else {
        statistics.months(agency, year, month).await.ok()
    }
}

/// The file name: `thong-ke-2026.csv`, or `thong-ke-{agency}-2026.csv`.
fn file_name(s: &PublicStatistics, extension: &str) -> String {
    let scope: String = s
        .agency
        .as_ref()
        .map(|(code, _)| {
            format!("-{}", code.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.').collect::<String>())
        })
        .unwrap_or_default();
    format!("thong-ke{scope}-{}.{extension}", s.year)
}

/// One CSV line of a month (or the year) and its sums.
fn line(label: &str, s: &Sums) -> String {
    let cells = [
        s.received,
        s.filed_online(),
        s.counter,
        s.postal,
        s.finished,
        s.finished_on_time(),
        s.finished_late,
        s.in_progress(),
        s.open_late(),
        s.with_fees,
        s.paid_online,
        s.rated,
        s.satisfied,
    ];
    let numbers: Vec<String> = cells.iter().map(i64::to_string).collect();
    format!("{label},{}\r\n", numbers.join(","))
}

/// `GET /thong-ke.csv`.
pub async fn csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(s) = statistics(&state, &query, false).await else { return unavailable() };
    let lang = app::request::lang_of(&headers);
    let mut body = format!("\u{feff}{}\r\n", app::i18n::t::CSV_STATS_HEADER.get(lang));
    for (month, sums) in &s.months {
        body.push_str(&line(&month.to_string(), sums));
    }
    body.push_str(&line(app::i18n::t::STATS_TOTAL.get(lang), &s.totals));
    let disposition = format!("attachment; filename=\"{}\"", file_name(&s, "csv"));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, CACHE.to_owned()),
        ],
        body,
    )
        .into_response()
}

/// `GET /thong-ke.json`.
pub async fn json(State(state): State<AppState>, Query(query): Query<HashMap<String, String>>) -> Response {
    let Some(s) = statistics(&state, &query, true).await else { return unavailable() };
    ([(header::CACHE_CONTROL, CACHE)], axum::Json(s)).into_response()
}
