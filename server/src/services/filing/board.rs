//! The public progress board (công khai tiến độ giải quyết hồ sơ, `/tien-do`): for one receiving
//! unit and one month, the dossiers it received, how many are in progress and how many were
//! finished on time or late, and one page of them by code and procedure with the applicant's
//! initials — what a one-stop office posts on its wall, nothing more personal.

use super::Filing;
use crate::db::schema::{agencies, dossiers, procedures};
use crate::db::{DbConn, DbError};
use app::api::filing::{BoardRow, ProgressBoard};
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::deadline::Timeliness;
use shared::dossier::Status;
use shared::time::minute;

/// Dossiers on one page of the board.
const PER_PAGE: i64 = 50;
/// The last page one may ask for (a month of one unit fits well within).
const MAX_PAGE: u32 = 1_000;

/// The first day of `month` (`YYYY-MM`), if it is one.
fn month_start(month: &str) -> Option<NaiveDate> {
    let (y, m) = month.trim().split_once('-')?;
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

fn month_code(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

/// Finished on time, by Decision 766's rule (two supplement requests are late whatever the dates).
fn on_time(finished: NaiveDateTime, due: Option<NaiveDateTime>, supplements: i32) -> bool {
    due.is_some_and(|due| {
        shared::indicators::timeliness(finished, due, u32::try_from(supplements).unwrap_or(0)) != Timeliness::Late
    })
}

impl Filing {
    pub async fn progress_board(
        &self,
        agency: Option<String>,
        month: Option<String>,
        page: u32,
    ) -> anyhow::Result<ProgressBoard> {
        let page = page.clamp(1, MAX_PAGE);
        let this_month = shared::time::today().with_day(1).unwrap_or_else(shared::time::today);
        let start = month.as_deref().and_then(month_start).filter(|m| *m <= this_month).unwrap_or(this_month);
        let months =
            (0..12).filter_map(|back| this_month.checked_sub_months(Months::new(back))).map(month_code).collect();
        Ok(self.db.run(move |conn| board(conn, agency, start, page, months)).await?)
    }
}

fn board(
    conn: &mut DbConn,
    asked: Option<String>,
    start: NaiveDate,
    page: u32,
    months: Vec<String>,
) -> Result<ProgressBoard, DbError> {
    let all: Vec<(i64, String, String)> =
        agencies::table.order(agencies::name).select((agencies::id, agencies::code, agencies::name)).load(conn)?;
    let chosen = asked.as_deref().and_then(|code| all.iter().find(|(_, c, _)| c == code)).or(all.first()).cloned();
    let agencies = all.iter().map(|(_, code, name)| (code.clone(), name.clone())).collect();
    let mut board = ProgressBoard {
        agencies,
        agency: chosen.as_ref().map(|(_, code, name)| (code.clone(), name.clone())),
        month: month_code(start),
        months,
        received: 0,
        in_progress: 0,
        on_time: 0,
        late: 0,
        rows: Vec::new(),
        page,
        has_next: false,
    };
    let Some((agency, ..)) = chosen else { return Ok(board) };
    let (from, to) = (
        shared::time::start_of(start),
        shared::time::start_of(start.checked_add_months(Months::new(1)).unwrap_or(start)),
    );
    let in_month = || {
        dossiers::table
            .filter(dossiers::agency_id.eq(agency))
            .filter(dossiers::received_at.ge(from))
            .filter(dossiers::received_at.lt(to))
    };
    let facts: Vec<(Option<NaiveDateTime>, Option<NaiveDateTime>, i32)> =
        in_month().select((dossiers::finished_at, dossiers::due_at, dossiers::supplement_requests)).load(conn)?;
    for (finished, due, supplements) in &facts {
        board.received += 1;
        match finished {
            None => board.in_progress += 1,
            Some(done) if on_time(*done, *due, *supplements) => board.on_time += 1,
            Some(_) => board.late += 1,
        }
    }
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        Option<String>,
        String,
        String,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Status,
        Option<NaiveDateTime>,
        i32,
    )> = in_month()
        .inner_join(procedures::table)
        .order((dossiers::received_at.desc(), dossiers::id.desc()))
        .limit(PER_PAGE + 1)
        .offset(i64::from(page - 1) * PER_PAGE)
        .select((
            dossiers::code,
            procedures::name,
            dossiers::owner_name,
            dossiers::received_at,
            dossiers::due_at,
            dossiers::status,
            dossiers::finished_at,
            dossiers::supplement_requests,
        ))
        .load(conn)?;
    board.has_next = rows.len() as i64 > PER_PAGE;
    board.rows = rows
        .into_iter()
        .take(PER_PAGE as usize)
        .map(|(code, procedure_name, owner, received, due, status, finished, supplements)| BoardRow {
            code: code.unwrap_or_default(),
            procedure_name,
            applicant: shared::text::initials(&owner),
            received_at: received.map(minute).unwrap_or_default(),
            due: due.map(minute),
            status,
            finished_on_time: finished.map(|done| on_time(done, due, supplements)),
        })
        .collect();
    Ok(board)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_is_read_as_its_first_day() {
        assert_eq!(month_start("2026-12"), NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(month_start("2026-13"), None);
        assert_eq!(month_start("December"), None);
        assert_eq!(month_code(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()), "2026-03");
    }
}
