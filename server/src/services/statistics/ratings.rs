//! The satisfaction ratings of a set of dossiers, summed by criterion: how many gave each level.
//! Read in batches (a year of a province's ratings is a few hundred thousand rows), never who
//! rated what.

use crate::db::schema::{dossiers, ratings};
use crate::db::{DbConn, DbError};
use app::api::statistics::CriterionCounts;
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::rating::{CRITERIA, Level};

const BATCH: i64 = 5_000;

fn slot(level: Level) -> usize {
    match level {
        Level::VerySatisfied => 0,
        Level::Satisfied => 1,
        Level::Dissatisfied => 2,
    }
}

/// The counts per criterion (1 is the overall rating) of the ratings of dossiers received from
/// `from` to `to`, of `agency` and of the procedure versions `only` when given.
pub fn by_criterion(
    conn: &mut DbConn,
    (from, to): (NaiveDate, NaiveDate),
    agency: Option<i64>,
    only: Option<&[i64]>,
) -> Result<Vec<CriterionCounts>, DbError> {
    let mut counts: Vec<CriterionCounts> = (1..=CRITERIA).map(|n| (n, [0; 3])).collect();
    let mut after = 0_i64;
    loop {
        let mut q = ratings::table
            .inner_join(dossiers::table)
            .filter(dossiers::stats_day.ge(from))
            .filter(dossiers::stats_day.le(to))
            .filter(ratings::id.gt(after))
            .into_boxed();
        if let Some(agency) = agency {
            q = q.filter(dossiers::agency_id.eq(agency));
        }
        if let Some(only) = only {
            q = q.filter(dossiers::procedure_id.eq_any(only.to_vec()));
        }
        let rows: Vec<(i64, Level, String)> =
            q.order(ratings::id).limit(BATCH).select((ratings::id, ratings::overall, ratings::criteria)).load(conn)?;
        let Some(&(last, ..)) = rows.last() else { return Ok(counts) };
        after = last;
        for (_, overall, criteria) in rows {
            counts[0].1[slot(overall)] += 1;
            // A list of [criterion, level code]; one unreadable is skipped, not fatal to the page.
            let given: Vec<(u8, String)> = serde_json::from_str(&criteria).unwrap_or_default();
            for (n, level) in given.into_iter().filter_map(|(n, l)| Level::parse(&l).map(|l| (n, l))) {
                if let Some(c) = counts.iter_mut().find(|(c, _)| *c == n && n > 1) {
                    c.1[slot(level)] += 1;
                }
            }
        }
    }
}
