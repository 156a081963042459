//! What a dossier counts for in the statistics (`daily_stats`), kept current as it changes.
//!
//! A dossier received on a day adds its counts to the row of its receiving agency, procedure and
//! day: one for `received`, and one in every other column its facts earn (the Decision 766
//! tally of `shared::indicators`, finished, late, rated …). What it added is kept on its own row
//! (`stats_day`, `stats_flags`, `stats_working_days_x100`); [`recount`] runs in the transaction
//! of every change that can alter it (a status change, a payment, a rating, the hourly count of
//! appointments that passed), takes the old counts out and puts the new ones in. So the sums of
//! `daily_stats` are always the sums over the dossiers, and a report reads days, not dossiers.

use crate::db::schema::{dossier_documents, dossier_pauses, dossiers, ratings};
use crate::db::{DbConn, DbError};
use crate::services::calendar::calendar_of_dossier;
use crate::services::dossier::documents::RESULT_REQUIREMENT;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use shared::deadline::{Timeliness, WorkingCalendar};
use shared::dossier::{Channel, PaidOnline, Status, SyncState};
use shared::indicators::{DossierFacts, Tally, timeliness};
use shared::rating::Level;
use shared::time::local;

mod rebuild;
pub use rebuild::{Rebuilt, rebuild};

/// The counting columns of `daily_stats`, in bit order: bit `i` of a dossier's flags is one in
/// column `COLUMNS[i]` (the working days are a sum apart, [`WORK_COLUMN`]).
pub const COLUMNS: [&str; 21] = [
    "received",
    "counter",
    "postal",
    "online",
    "early",
    "late",
    "synced",
    "with_fees",
    "paid_online",
    "paper_result",
    "electronic_result",
    "digitised",
    "reused",
    "shared",
    "vneid",
    "complained",
    "finished",
    "finished_late",
    "with_result",
    "rated",
    "satisfied",
];
pub const WORK_COLUMN: &str = "working_days_x100";

/// A bit of [`COLUMNS`] by name (a typo is a compile-time panic in the const below, not a
/// silent zero).
const fn bit(name: &str) -> u32 {
    let mut i = 0;
    while i < COLUMNS.len() {
        if const_eq(COLUMNS[i], name) {
            return 1 << i;
        }
        i += 1;
    }
    panic!("not a column of daily_stats")
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub const LATE: u32 = bit("late");
pub const SYNCED: u32 = bit("synced");

/// What one dossier adds to its day: the flags of [`COLUMNS`] and its working days (hundredths).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub day: NaiveDate,
    pub flags: u32,
    pub working_days_x100: i64,
}

/// What the counting reads of a dossier besides its `DossierFacts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Finished (processed, refused, stopped or withdrawn).
    pub finished: bool,
    /// Finished with a result (processed, result returned): it has a processing time.
    pub with_result: bool,
    pub rating: Option<Level>,
}

/// The flags of one dossier's facts.
pub fn flags(facts: &DossierFacts, outcome: Outcome) -> u32 {
    let t = Tally::of(facts);
    let on = |name: &str, yes: bool| if yes { bit(name) } else { 0 };
    let late = facts.timeliness == Timeliness::Late;
    on("received", true)
        | on("counter", t.counter == 1)
        | on("postal", t.postal == 1)
        | on("online", t.online == 1)
        | on("early", t.early == 1)
        | on("late", late)
        | on("synced", t.synced == 1)
        | on("with_fees", t.with_fees == 1)
        | on("paid_online", t.paid_online == 1)
        | on("paper_result", t.paper_result == 1)
        | on("electronic_result", t.electronic_result == 1)
        | on("digitised", t.digitised == 1)
        | on("reused", t.reused == 1)
        | on("shared", t.shared == 1)
        | on("vneid", t.vneid == 1)
        | on("complained", t.complained == 1)
        | on("finished", outcome.finished)
        | on("finished_late", outcome.finished && late)
        | on("with_result", outcome.with_result)
        | on("rated", outcome.rating.is_some())
        | on("satisfied", outcome.rating.is_some_and(|l| l != Level::Dissatisfied))
}

/// The columns of a dossier's row the counting reads, in [`Row`]'s order.
macro_rules! row_columns {
    () => {
        (
            dossiers::id,
            dossiers::agency_id,
            dossiers::procedure_id,
            dossiers::status,
            dossiers::channel,
            dossiers::received_at,
            dossiers::due_at,
            dossiers::finished_at,
            dossiers::supplement_requests,
            dossiers::fee_amount,
            dossiers::fee_exemption,
            dossiers::paid_online,
            dossiers::identity_verified,
            dossiers::filer_account_id,
            dossiers::stats_day,
            dossiers::stats_flags,
            dossiers::stats_working_days_x100,
            dossiers::sync_state,
        )
    };
}
pub(crate) use row_columns;

/// The dossier's row as the counting reads it.
#[derive(Queryable)]
pub struct Row {
    pub id: i64,
    pub agency_id: i64,
    pub procedure_id: i64,
    pub status: Status,
    pub channel: i32,
    pub received_at: Option<NaiveDateTime>,
    pub due_at: Option<NaiveDateTime>,
    pub finished_at: Option<NaiveDateTime>,
    pub supplement_requests: i32,
    pub fee_amount: i64,
    pub fee_exemption: Option<String>,
    pub paid_online: i32,
    pub identity_verified: bool,
    pub filer_account_id: Option<i64>,
    pub stats_day: Option<NaiveDate>,
    pub stats_flags: i32,
    pub stats_working_days_x100: i64,
    pub sync_state: i32,
}

impl Row {
    /// What the dossier was last counted as.
    pub fn counted(&self) -> Option<Counted> {
        self.stats_day.map(|day| Counted {
            day,
            flags: u32::try_from(self.stats_flags).unwrap_or(0),
            working_days_x100: self.stats_working_days_x100,
        })
    }
}

/// Everything the counting reads of one dossier.
pub struct Facts {
    pub row: Row,
    /// Its documents: requirement and whether the file was reused from the applicant's store.
    pub documents: Vec<(i32, bool)>,
    pub rating: Option<Level>,
    /// Waits for a supplement (UTC; an open one has no end).
    pub pauses: Vec<(NaiveDateTime, Option<NaiveDateTime>)>,
}

/// Counts dossier `id` again as of `now`; changes `daily_stats` and its row only if what it
/// counts for changed. Call it inside the transaction of the change.
pub fn recount(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    // Compare-and-set on the dossier's own record of what it added: two transactions counting the
    // same dossier at once cannot both take the old counts out (the loser reads again).
    loop {
        let row: Row = dossiers::table.filter(dossiers::id.eq(id)).select(row_columns!()).first(conn)?;
        let documents = dossier_documents::table
            .filter(dossier_documents::dossier_id.eq(id))
            .select((dossier_documents::requirement, dossier_documents::reused))
            .load(conn)?;
        let rating =
            ratings::table.filter(ratings::dossier_id.eq(id)).select(ratings::overall).first(conn).optional()?;
        let pauses = dossier_pauses::table
            .filter(dossier_pauses::dossier_id.eq(id))
            .select((dossier_pauses::paused_from, dossier_pauses::paused_to))
            .load(conn)?;
        let facts = Facts { row, documents, rating, pauses };
        let new = count(&facts, now, || calendar_of_dossier(conn, id))?;
        let row = facts.row;
        let old = row.counted();
        if new == old {
            return Ok(());
        }
        if !swap(conn, &row, new)? {
            continue;
        }
        if let Some(old) = old {
            add(conn, row.agency_id, row.procedure_id, old, -1)?;
        }
        if let Some(new) = new {
            add(conn, row.agency_id, row.procedure_id, new, 1)?;
        }
        return Ok(());
    }
}

/// Records `new` on the dossier's row if the row still holds what `row` read.
fn swap(conn: &mut DbConn, row: &Row, new: Option<Counted>) -> Result<bool, DbError> {
    let mut swap = diesel::update(dossiers::table)
        .filter(dossiers::id.eq(row.id))
        .filter(dossiers::stats_flags.eq(row.stats_flags))
        .filter(dossiers::stats_working_days_x100.eq(row.stats_working_days_x100))
        .into_boxed();
    swap = match row.stats_day {
        Some(day) => swap.filter(dossiers::stats_day.eq(day)),
        None => swap.filter(dossiers::stats_day.is_null()),
    };
    let swapped = swap
        .set((
            dossiers::stats_day.eq(new.map(|c| c.day)),
            dossiers::stats_flags.eq(new.map_or(0, |c| c.flags as i32)),
            dossiers::stats_working_days_x100.eq(new.map_or(0, |c| c.working_days_x100)),
        ))
        .execute(conn)?;
    Ok(swapped == 1)
}

/// What a dossier counts for as of `now`; `None` before it was received. `calendar` is its
/// agency's working calendar, asked for only when a processing time is to be measured.
pub fn count(
    f: &Facts,
    now: NaiveDateTime,
    calendar: impl FnOnce() -> Result<WorkingCalendar, DbError>,
) -> Result<Option<Counted>, DbError> {
    let row = &f.row;
    let (Some(received), Some(due)) = (row.received_at, row.due_at) else { return Ok(None) };
    let electronic_result = f.documents.iter().any(|(r, _)| *r == RESULT_REQUIREMENT);
    let supplements = u32::try_from(row.supplement_requests).unwrap_or(0);
    let timeliness = match row.finished_at {
        Some(done) => timeliness(done, due, supplements),
        // Still open: late once its appointment passed, never "early" before it is done.
        None if timeliness(now, due, supplements) == Timeliness::Late => Timeliness::Late,
        None => Timeliness::OnTime,
    };
    let facts = DossierFacts {
        channel: Channel::from_code(row.channel),
        timeliness,
        fees: row.fee_amount > 0 && row.fee_exemption.is_none(),
        paid_online: PaidOnline::from_code(row.paid_online),
        // Every procedure's result is an administrative document issued on paper; the catalog
        // has no procedure whose result exists only electronically.
        paper_result: true,
        electronic_result,
        digitised: f.documents.iter().any(|(r, _)| *r != RESULT_REQUIREMENT),
        reused: f.documents.iter().any(|(_, reused)| *reused),
        // A result document is stored in the applicant's own store when they have an account.
        result_in_store: electronic_result && row.filer_account_id.is_some(),
        vneid: row.identity_verified,
        synced: SyncState::from_code(row.sync_state) == SyncState::Synced,
        complained: f.rating == Some(Level::Dissatisfied),
    };
    let with_result = matches!(row.status, Status::Processed | Status::ResultReturned);
    let outcome = Outcome { finished: row.finished_at.is_some(), with_result, rating: f.rating };
    let working_days_x100 = match row.finished_at {
        Some(done) if with_result => {
            let pauses: Vec<_> = f.pauses.iter().map(|(from, to)| (local(*from), to.map(local))).collect();
            hundredths(&calendar()?, local(received), local(done), &pauses)
        }
        _ => 0,
    };
    Ok(Some(Counted { day: local(received).date(), flags: flags(&facts, outcome), working_days_x100 }))
}

/// Working days from `from` to `to` (local times) on `calendar`, the time spent waiting for a
/// supplement left out, in hundredths of the agency's working day.
pub fn hundredths(
    calendar: &WorkingCalendar,
    from: NaiveDateTime,
    to: NaiveDateTime,
    pauses: &[(NaiveDateTime, Option<NaiveDateTime>)],
) -> i64 {
    let day = calendar.hours.day_length().num_minutes().max(1);
    let worked = calendar.working_time_between(from, to);
    let waited: chrono::Duration = pauses
        .iter()
        .map(|(f, t)| ((*f).max(from), t.unwrap_or(to).min(to)))
        .filter(|(f, t)| t > f)
        .map(|(f, t)| calendar.working_time_between(f, t))
        .sum();
    ((worked - waited).num_minutes().max(0) * 100 + day / 2) / day
}

/// The table whose rows count their writes in [`CHANGES_COLUMN`]: every change to the sums writes
/// one of its rows (a dossier's month row), so the sum of the column over a span moves whenever a
/// sum of the span does (migration 000031).
pub const CHANGES_TABLE: &str = "monthly_stats";
pub const CHANGES_COLUMN: &str = "changes";

/// The month key of `monthly_stats` (202612 for December 2026).
pub fn month_key(day: NaiveDate) -> i32 {
    day.year() * 100 + day.month() as i32
}

/// The rows a dossier received on `day` by `agency` under `procedure` adds to: (table, its key
/// columns, their values as SQL literals). Every value is a number or a date this code formats.
pub fn rows_of(day: NaiveDate, agency: i64, procedure: i64) -> [(&'static str, &'static str, String); 3] {
    [
        ("daily_stats", "day, agency_id, procedure_id", format!("'{}', {agency}, {procedure}", day.format("%Y-%m-%d"))),
        ("monthly_stats", "month, agency_id", format!("{}, {agency}", month_key(day))),
        ("yearly_stats", "year, agency_id, procedure_id", format!("{}, {agency}, {procedure}", day.year())),
    ]
}

/// Adds `sign` × the counts of `c` to its day's, month's and year's rows (each created by its
/// first dossier). Literal SQL, the same on both backends.
pub(crate) fn add(conn: &mut DbConn, agency: i64, procedure: i64, c: Counted, sign: i64) -> Result<(), DbError> {
    let values: Vec<String> = (0..COLUMNS.len()).map(|i| (sign * i64::from(c.flags >> i & 1)).to_string()).collect();
    let values = format!("{}, {}", values.join(", "), sign * c.working_days_x100);
    for (table, keys, key_values) in rows_of(c.day, agency, procedure) {
        let mut sets: Vec<String> =
            COLUMNS.iter().chain([&WORK_COLUMN]).map(|col| format!("{col} = {table}.{col} + excluded.{col}")).collect();
        // A month row also counts its writes: what the public statistics' cache watches.
        let (changes, one) = if table == CHANGES_TABLE {
            sets.push(format!("{CHANGES_COLUMN} = {table}.{CHANGES_COLUMN} + 1"));
            (format!(", {CHANGES_COLUMN}"), ", 1")
        } else {
            (String::new(), "")
        };
        conn.batch_execute(&format!(
            "INSERT INTO {table} ({keys}, {columns}, {WORK_COLUMN}{changes}) VALUES ({key_values}, {values}{one}) \
             ON CONFLICT ({keys}) DO UPDATE SET {sets}",
            columns = COLUMNS.join(", "),
            sets = sets.join(", "),
        ))?;
    }
    Ok(())
}

/// Open dossiers whose appointment passed and are not yet counted late: counted again (the
/// hourly job). Returns how many changed.
pub fn recount_overdue(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    const BATCH: i64 = 1_000;
    let mut after = 0_i64;
    let mut changed = 0;
    loop {
        let open: Vec<(i64, i32)> = dossiers::table
            .filter(dossiers::finished_at.is_null())
            .filter(dossiers::due_at.lt(now))
            .filter(dossiers::stats_day.is_not_null())
            .filter(dossiers::id.gt(after))
            .order(dossiers::id)
            .limit(BATCH)
            .select((dossiers::id, dossiers::stats_flags))
            .load(conn)?;
        let Some(&(last, _)) = open.last() else { return Ok(changed) };
        after = last;
        for (id, flags) in open {
            if (flags as u32) & LATE == 0 {
                crate::db::transaction(conn, |conn| recount(conn, id, now))?;
                changed += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap().and_hms_opt(h, m, 0).unwrap()
    }

    fn facts() -> DossierFacts {
        DossierFacts {
            channel: Channel::Counter,
            timeliness: Timeliness::Late,
            fees: true,
            paid_online: PaidOnline::No,
            paper_result: true,
            electronic_result: false,
            digitised: true,
            reused: false,
            result_in_store: false,
            vneid: false,
            synced: false,
            complained: true,
        }
    }

    #[test]
    fn a_dossier_sets_one_bit_per_column_it_counts_in() {
        let outcome = Outcome { finished: true, with_result: false, rating: Some(Level::Dissatisfied) };
        let f = flags(&facts(), outcome);
        let set: Vec<&str> = COLUMNS.iter().enumerate().filter(|(i, _)| f >> i & 1 == 1).map(|(_, c)| *c).collect();
        // Digitised counts only with an electronic result (4.2); dissatisfied is a complaint.
        assert_eq!(
            set,
            [
                "received",
                "counter",
                "late",
                "with_fees",
                "paper_result",
                "complained",
                "finished",
                "finished_late",
                "rated"
            ]
        );
        let open = Outcome { finished: false, with_result: false, rating: None };
        assert_eq!(flags(&facts(), open) & bit("finished_late"), 0);
    }

    #[test]
    fn working_days_leave_out_nights_weekends_and_the_wait_for_a_supplement() {
        let calendar = WorkingCalendar::weekdays();
        // Monday 7 Dec 07:30 to Tuesday 8 Dec 17:00: two full working days.
        assert_eq!(hundredths(&calendar, at(7, 7, 30), at(8, 17, 0), &[]), 200);
        // Friday 11 Dec 13:30 to Monday 14 Dec 11:30: half a day and a morning (the weekend is off).
        let (from, to) = (at(11, 13, 30), at(14, 11, 30));
        assert_eq!(hundredths(&calendar, from, to, &[]), 100);
        // Waiting for a supplement all Monday morning: only Friday's afternoon counts.
        let pause = [(at(14, 7, 0), Some(at(14, 12, 0)))];
        assert_eq!(hundredths(&calendar, from, to, &pause), 47);
        // A pause still open at the end runs to the end.
        assert_eq!(hundredths(&calendar, from, to, &[(at(14, 7, 0), None)]), 47);
    }
}
