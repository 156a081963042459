//! Sums of `daily_stats`, `monthly_stats` or `yearly_stats` over a span, grouped by a key. One
//! statement on both backends (`CAST(SUM(..) AS BIGINT)`: PostgreSQL sums BIGINT as NUMERIC
//! otherwise). The month rows have no procedure: by procedure, read days or years.

use crate::db::{DbConn, DbError};
use crate::services::dossier::tally::{CHANGES_COLUMN, CHANGES_TABLE, COLUMNS, WORK_COLUMN};
use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Integer};
use shared::statistics::Sums;

/// What the sums are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The month key (202612), monthly rows only.
    Month,
    Agency,
    Procedure,
    /// The month and the agency (the pair's first and second key).
    MonthAndAgency,
}

/// The rows summed: days, months `from..=to` (keys like 202612, by agency only), or years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Days(NaiveDate, NaiveDate),
    Months(i32, i32),
    Years(i32, i32),
}

/// The sums of the span's rows (of `agency`'s only, when given) per key, in key order.
pub fn sums_by(conn: &mut DbConn, key: Key, span: Span, agency: Option<i64>) -> Result<Vec<(i64, Sums)>, DbError> {
    sums_of(conn, key, span, agency, None)
}

/// [`sums_by`], of the procedures (versions) `only` when given.
pub fn sums_of(
    conn: &mut DbConn,
    key: Key,
    span: Span,
    agency: Option<i64>,
    only: Option<&[i64]>,
) -> Result<Vec<(i64, Sums)>, DbError> {
    Ok(sums_by_pair(conn, key, span, agency, only)?.into_iter().map(|((k, _), s)| (k, s)).collect())
}

/// Sums by a pair of keys.
pub type PairSums = Vec<((i64, i64), Sums)>;

/// The sums per key pair (the second key is 0 but for [`Key::MonthAndAgency`]).
pub fn sums_by_pair(
    conn: &mut DbConn,
    key: Key,
    span: Span,
    agency: Option<i64>,
    only: Option<&[i64]>,
) -> Result<PairSums, DbError> {
    if only.is_some_and(<[i64]>::is_empty) {
        return Ok(Vec::new());
    }
    let (table, period, by_procedure) = match span {
        Span::Days(..) => ("daily_stats", "day", true),
        Span::Months(..) => ("monthly_stats", "month", false),
        Span::Years(..) => ("yearly_stats", "year", true),
    };
    // A month row sums every procedure of its agency; a day or a year row has no month.
    debug_assert!(by_procedure || (key != Key::Procedure && only.is_none()), "months have no procedure");
    debug_assert!(matches!(span, Span::Months(..)) || !matches!(key, Key::Month | Key::MonthAndAgency));
    let (key, key2) = match key {
        Key::Month => ("month", None),
        Key::Agency => ("agency_id", None),
        Key::Procedure => ("procedure_id", None),
        Key::MonthAndAgency => ("month", Some("agency_id")),
    };
    let (second, group) = match key2 {
        Some(k) => (format!("CAST({k} AS BIGINT)"), format!("{key}, {k}")),
        None => ("CAST(0 AS BIGINT)".to_owned(), key.to_owned()),
    };
    let sums: Vec<String> =
        COLUMNS.iter().chain([&WORK_COLUMN]).map(|c| format!("CAST(SUM({c}) AS BIGINT) AS {c}")).collect();
    // The procedure ids are numbers this code formats: no text of the caller reaches the SQL.
    let procedures = only.map_or_else(String::new, |ids| {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        format!(" AND procedure_id IN ({})", ids.join(","))
    });
    let sql = format!(
        "SELECT CAST({key} AS BIGINT) AS key, {second} AS key2, {sums} FROM {table} \
         WHERE {period} >= $1 AND {period} <= $2 AND ($3 = 0 OR agency_id = $3){procedures} \
         GROUP BY {group} ORDER BY {group}",
        sums = sums.join(", ")
    );
    let agency = agency.unwrap_or(0);
    let rows: Vec<SumsRow> = match span {
        Span::Months(from, to) | Span::Years(from, to) => diesel::sql_query(sql)
            .bind::<Integer, _>(from)
            .bind::<Integer, _>(to)
            .bind::<BigInt, _>(agency)
            .load(conn)?,
        Span::Days(from, to) => {
            diesel::sql_query(sql).bind::<Date, _>(from).bind::<Date, _>(to).bind::<BigInt, _>(agency).load(conn)?
        }
    };
    Ok(rows.into_iter().map(|r| r.sums()).collect())
}

/// One group's sums as read; the field names are `tally::COLUMNS` and `WORK_COLUMN` (the
/// statistics tests read every column back through it).
#[derive(QueryableByName)]
struct SumsRow {
    #[diesel(sql_type = BigInt)]
    key: i64,
    #[diesel(sql_type = BigInt)]
    key2: i64,
    #[diesel(sql_type = BigInt)]
    received: i64,
    #[diesel(sql_type = BigInt)]
    counter: i64,
    #[diesel(sql_type = BigInt)]
    postal: i64,
    #[diesel(sql_type = BigInt)]
    online: i64,
    #[diesel(sql_type = BigInt)]
    early: i64,
    #[diesel(sql_type = BigInt)]
    late: i64,
    #[diesel(sql_type = BigInt)]
    synced: i64,
    #[diesel(sql_type = BigInt)]
    with_fees: i64,
    #[diesel(sql_type = BigInt)]
    paid_online: i64,
    #[diesel(sql_type = BigInt)]
    paper_result: i64,
    #[diesel(sql_type = BigInt)]
    electronic_result: i64,
    #[diesel(sql_type = BigInt)]
    digitised: i64,
    #[diesel(sql_type = BigInt)]
    reused: i64,
    #[diesel(sql_type = BigInt)]
    shared: i64,
    #[diesel(sql_type = BigInt)]
    vneid: i64,
    #[diesel(sql_type = BigInt)]
    complained: i64,
    #[diesel(sql_type = BigInt)]
    finished: i64,
    #[diesel(sql_type = BigInt)]
    finished_late: i64,
    #[diesel(sql_type = BigInt)]
    with_result: i64,
    #[diesel(sql_type = BigInt)]
    working_days_x100: i64,
    #[diesel(sql_type = BigInt)]
    rated: i64,
    #[diesel(sql_type = BigInt)]
    satisfied: i64,
}

impl SumsRow {
    fn sums(self) -> ((i64, i64), Sums) {
        let sums = Sums {
            received: self.received,
            counter: self.counter,
            postal: self.postal,
            online: self.online,
            early: self.early,
            late: self.late,
            synced: self.synced,
            with_fees: self.with_fees,
            paid_online: self.paid_online,
            paper_result: self.paper_result,
            electronic_result: self.electronic_result,
            digitised: self.digitised,
            reused: self.reused,
            shared: self.shared,
            vneid: self.vneid,
            complained: self.complained,
            finished: self.finished,
            finished_late: self.finished_late,
            with_result: self.with_result,
            working_days_x100: self.working_days_x100,
            rated: self.rated,
            satisfied: self.satisfied,
        };
        ((self.key, self.key2), sums)
    }
}

/// How many times the month rows of `year` were written, all agencies together
/// (`tally::CHANGES_COLUMN`): it grows with every change to a sum of the year, the day and year
/// rows' included, since each change writes its month row too.
pub fn changes(conn: &mut DbConn, year: i32) -> Result<i64, DbError> {
    #[derive(QueryableByName)]
    struct Changes {
        #[diesel(sql_type = BigInt)]
        changes: i64,
    }
    let sql = format!(
        "SELECT CAST(COALESCE(SUM({CHANGES_COLUMN}), 0) AS BIGINT) AS changes FROM {CHANGES_TABLE} \
         WHERE month >= $1 AND month <= $2"
    );
    let found: Changes = diesel::sql_query(sql)
        .bind::<Integer, _>(year * 100 + 1)
        .bind::<Integer, _>(year * 100 + 12)
        .get_result(conn)?;
    Ok(found.changes)
}
