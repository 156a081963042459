//! `portal stats rebuild`: every dossier counted afresh and `daily_stats` written from the
//! counts, for data that predates the statistics or was written around them (the benchmark's
//! generated dossiers, a restore). Reads the dossiers in batches and keeps only the day rows in
//! memory (a few per procedure and day), so a year of a million dossiers fits in a small heap.

use super::{CHANGES_COLUMN, CHANGES_TABLE, COLUMNS, Counted, Facts, Row, WORK_COLUMN, count, row_columns, rows_of};
use crate::db::schema::{
    daily_stats, dossier_documents, dossier_pauses, dossiers, monthly_stats, ratings, yearly_stats,
};
use crate::db::{DbConn, DbError};
use crate::services::calendar::{hours_of, load_calendar};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use shared::deadline::WorkingCalendar;
use shared::rating::Level;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Dossiers read and updated per statement.
const BATCH: i64 = 2_000;

/// What a rebuild did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rebuilt {
    pub dossiers: usize,
    pub counted: usize,
    pub day_rows: usize,
}

/// One day row's sums: the counting columns, then the working days.
type Sums = [i64; COLUMNS.len() + 1];

/// Counts every dossier as of `now` and replaces `daily_stats` with the sums, in one transaction
/// (the pages read the old sums until it commits).
pub fn rebuild(conn: &mut DbConn, now: NaiveDateTime) -> Result<Rebuilt, DbError> {
    crate::db::transaction(conn, |conn| {
        let mut days: BTreeMap<(NaiveDate, i64, i64), Sums> = BTreeMap::new();
        let mut calendars = Calendars::load(conn)?;
        let mut done = Rebuilt::default();
        let mut after = 0_i64;
        loop {
            let rows: Vec<Row> = dossiers::table
                .filter(dossiers::id.gt(after))
                .order(dossiers::id)
                .limit(BATCH)
                .select(row_columns!())
                .load(conn)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            let counted = count_batch(conn, rows, now, &mut calendars)?;
            done.dossiers += counted.len();
            write_dossiers(conn, &counted)?;
            for ((agency, procedure), c, _) in &counted {
                let Some(c) = c else { continue };
                done.counted += 1;
                let sums = days.entry((c.day, *agency, *procedure)).or_insert([0; COLUMNS.len() + 1]);
                for (i, sum) in sums.iter_mut().take(COLUMNS.len()).enumerate() {
                    *sum += i64::from(c.flags >> i & 1);
                }
                sums[COLUMNS.len()] += c.working_days_x100;
            }
        }
        // Month rows count their writes (what the statistics' cache watches): each is written
        // again with one more, and a month left without dossiers stays, as zeros.
        let written: Vec<(i32, i64, i64)> = monthly_stats::table
            .select((monthly_stats::month, monthly_stats::agency_id, monthly_stats::changes))
            .load(conn)?;
        let written: BTreeMap<String, i64> = written.into_iter().map(|(m, a, c)| (format!("{m}, {a}"), c)).collect();
        diesel::delete(daily_stats::table).execute(conn)?;
        diesel::delete(monthly_stats::table).execute(conn)?;
        diesel::delete(yearly_stats::table).execute(conn)?;
        done.day_rows = days.len();
        // Each day row, and the sums of its month and year rows: keyed as `rows_of` keys them.
        let mut rows: [BTreeMap<String, Sums>; 3] = Default::default();
        for ((day, agency, procedure), sums) in days {
            for (level, (_, _, key)) in rows_of(day, agency, procedure).into_iter().enumerate() {
                let row = rows[level].entry(key).or_insert([0; COLUMNS.len() + 1]);
                row.iter_mut().zip(sums).for_each(|(r, d)| *r += d);
            }
        }
        let levels = rows_of(NaiveDate::default(), 0, 0);
        if let Some(months) = levels.iter().position(|(table, ..)| *table == CHANGES_TABLE) {
            for key in written.keys() {
                rows[months].entry(key.clone()).or_insert([0; COLUMNS.len() + 1]);
            }
        }
        for ((table, keys, _), level) in levels.iter().zip(rows) {
            let counts_writes = *table == CHANGES_TABLE;
            let values: Vec<String> = level
                .iter()
                .map(|(key, sums)| {
                    let changes = counts_writes.then(|| written.get(key).copied().unwrap_or(0) + 1);
                    row_values(key, sums, changes)
                })
                .collect();
            insert(conn, table, keys, &values, counts_writes)?;
        }
        tracing::info!(?done, "statistics rebuilt");
        Ok(done)
    })
}

/// A row's values: its key, its sums, then its count of writes when its table keeps one.
fn row_values(key: &str, sums: &Sums, changes: Option<i64>) -> String {
    let values: Vec<String> = sums.iter().chain(changes.as_ref()).map(i64::to_string).collect();
    format!("({key}, {})", values.join(", "))
}

fn insert(conn: &mut DbConn, table: &str, keys: &str, rows: &[String], counts_writes: bool) -> Result<(), DbError> {
    let changes = if counts_writes { format!(", {CHANGES_COLUMN}") } else { String::new() };
    for chunk in rows.chunks(1_000) {
        conn.batch_execute(&format!(
            "INSERT INTO {table} ({keys}, {}, {WORK_COLUMN}{changes}) VALUES {}",
            COLUMNS.join(", "),
            chunk.join(", ")
        ))?;
    }
    Ok(())
}

/// Each dossier of the batch: (id, agency, procedure) and what it counts for.
type CountedRow = ((i64, i64), Option<Counted>, i64);

fn count_batch(
    conn: &mut DbConn,
    rows: Vec<Row>,
    now: NaiveDateTime,
    calendars: &mut Calendars,
) -> Result<Vec<CountedRow>, DbError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut documents: HashMap<i64, Vec<(i32, bool)>> = HashMap::new();
    let docs: Vec<(i64, i32, bool)> = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq_any(&ids))
        .select((dossier_documents::dossier_id, dossier_documents::requirement, dossier_documents::reused))
        .load(conn)?;
    for (id, requirement, reused) in docs {
        documents.entry(id).or_default().push((requirement, reused));
    }
    let mut rated: HashMap<i64, Level> = ratings::table
        .filter(ratings::dossier_id.eq_any(&ids))
        .select((ratings::dossier_id, ratings::overall))
        .load::<(i64, Level)>(conn)?
        .into_iter()
        .collect();
    let mut pauses: HashMap<i64, Vec<(NaiveDateTime, Option<NaiveDateTime>)>> = HashMap::new();
    let waits: Vec<(i64, NaiveDateTime, Option<NaiveDateTime>)> = dossier_pauses::table
        .filter(dossier_pauses::dossier_id.eq_any(&ids))
        .select((dossier_pauses::dossier_id, dossier_pauses::paused_from, dossier_pauses::paused_to))
        .load(conn)?;
    for (id, from, to) in waits {
        pauses.entry(id).or_default().push((from, to));
    }
    rows.into_iter()
        .map(|row| {
            let id = row.id;
            let agency = row.agency_id;
            let facts = Facts {
                documents: documents.remove(&id).unwrap_or_default(),
                rating: rated.remove(&id),
                pauses: pauses.remove(&id).unwrap_or_default(),
                row,
            };
            let c = count(&facts, now, || calendars.of(conn, agency))?;
            Ok(((agency, facts.row.procedure_id), c, id))
        })
        .collect()
}

/// Records each dossier's new counts on its row, one statement per batch.
fn write_dossiers(conn: &mut DbConn, counted: &[CountedRow]) -> Result<(), DbError> {
    let mut values = String::new();
    for (_, c, id) in counted {
        let sep = if values.is_empty() { "" } else { ", " };
        let _ = match c {
            Some(c) => {
                write!(values, "{sep}({id}, '{}', {}, {})", c.day.format("%Y-%m-%d"), c.flags, c.working_days_x100)
            }
            None => write!(values, "{sep}({id}, NULL, 0, 0)"),
        };
    }
    if values.is_empty() {
        return Ok(());
    }
    // VALUES names its columns column1…column4 on both backends; PostgreSQL reads the dates as
    // text and needs them cast.
    let day = if matches!(conn, DbConn::Pg(_)) { "CAST(v.column2 AS DATE)" } else { "v.column2" };
    conn.batch_execute(&format!(
        "UPDATE dossiers SET stats_day = {day}, stats_flags = v.column3, stats_working_days_x100 = v.column4 \
         FROM (VALUES {values}) AS v WHERE dossiers.id = v.column1"
    ))?;
    Ok(())
}

/// The province's calendar in each agency's office hours, read once per agency.
struct Calendars {
    province: WorkingCalendar,
    by_agency: HashMap<i64, WorkingCalendar>,
}

impl Calendars {
    fn load(conn: &mut DbConn) -> Result<Self, DbError> {
        Ok(Calendars { province: load_calendar(conn)?, by_agency: HashMap::new() })
    }

    fn of(&mut self, conn: &mut DbConn, agency: i64) -> Result<WorkingCalendar, DbError> {
        if let Some(found) = self.by_agency.get(&agency) {
            return Ok(found.clone());
        }
        let mut calendar = self.province.clone();
        calendar.hours = hours_of(conn, agency)?;
        self.by_agency.insert(agency, calendar.clone());
        Ok(calendar)
    }
}
