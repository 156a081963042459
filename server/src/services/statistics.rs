//! The statistics the province is judged by, read from the sums each dossier keeps current in
//! `daily_stats`, `monthly_stats` and `yearly_stats` (`services::dossier::tally`): the public
//! page's year of an agency or of the province (its month rows by agency and its year rows by
//! procedure, never the dossiers), Decision 766's indicators for it, and a procedure's usual
//! processing time.

mod cache;
mod catalog_facts;
mod dashboard;
mod ratings;
mod sums;

use crate::db::schema::{agencies, dossiers, procedures};
use crate::db::{Db, DbConn, DbError};
use app::api::ServiceError;
use app::api::statistics::{AgencyStats, Dashboard, DashboardQuery, ProcedureStats, PublicStatistics};
use cache::{PageCache, PageKey, Stamp};
use catalog_facts::{CatalogFacts, FactsCache, InForce};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::catalog::OnlineLevel;
use shared::dossier::Status;
use shared::indicators::{OnlineLevel as Offered, Period, ProcedureFacts, report};
use shared::statistics::{Sums, UsualTime, limit_in_working_days, usual_time};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
pub use sums::{Key, Span, sums_by, sums_by_pair, sums_of};

/// The years the public page offers, back from this one.
const YEARS_BACK: i32 = 5;
/// A procedure's usual time reads at most this many of its latest results, of the last year.
const USUAL_TIME_SAMPLE: i64 = 200;

#[derive(Clone)]
pub struct Statistics {
    db: Db,
    /// The catalog's facts, read again only when the catalog changed.
    catalog: Arc<FactsCache>,
    /// The public pages' sums, summed again only when the catalog or the year's sums changed.
    pages: Arc<PageCache>,
}

impl Statistics {
    pub fn new(db: Db) -> Self {
        Self { db, catalog: Arc::default(), pages: Arc::default() }
    }

    /// The months and totals of the public statistics alone (the CSV): neither the procedures
    /// nor the indicators are read.
    pub async fn months(
        &self,
        agency: Option<String>,
        year: Option<i32>,
        month: Option<u32>,
    ) -> Result<PublicStatistics, ServiceError> {
        let (year, month, this_year) = period_asked(year, month);
        self.db
            .run(move |conn| Ok(summed(conn, None, agency, (year, month), this_year)?.page))
            .await
            .map_err(super::unexpected)
    }
}

/// The year asked for (this one when none or out of range), the month (1–12) and this year.
fn period_asked(year: Option<i32>, month: Option<u32>) -> (i32, Option<u32>, i32) {
    let this_year = shared::time::today().year();
    let year = year.filter(|y| (this_year - YEARS_BACK..=this_year).contains(y)).unwrap_or(this_year);
    (year, month.filter(|m| (1..=12).contains(m)), this_year)
}

#[async_trait::async_trait]
impl app::api::statistics::StatisticsService for Statistics {
    async fn public(
        &self,
        agency: Option<String>,
        year: Option<i32>,
        month: Option<u32>,
    ) -> Result<PublicStatistics, ServiceError> {
        let (year, month, this_year) = period_asked(year, month);
        let (catalog, pages) = (self.catalog.clone(), self.pages.clone());
        self.db
            .run(move |conn| {
                let catalog = catalog.get(conn, shared::time::today())?;
                // The stamp is read before the sums: a change committed in between makes the
                // next request sum again rather than keep sums older than their stamp.
                let stamp = Stamp::new(catalog.clone(), sums::changes(conn, year)?);
                let asked = PageKey { agency: agency.clone(), year, month };
                let summed = match pages.get(&asked, &stamp) {
                    Some(found) => found,
                    None => {
                        let fresh = Arc::new(summed(conn, Some(&catalog), agency, (year, month), this_year)?);
                        // A code that names no agency shows the province: not kept under it.
                        if asked.agency.is_none() || fresh.page.agency.is_some() {
                            pages.put(asked, stamp, fresh.clone());
                        }
                        fresh
                    }
                };
                with_feedback(conn, &summed, shared::time::now())
            })
            .await
            .map_err(super::unexpected)
    }

    async fn dashboard(&self, actor: &shared::access::Actor, query: DashboardQuery) -> Result<Dashboard, ServiceError> {
        let actor = actor.clone();
        let now = shared::time::now();
        let cache = self.catalog.clone();
        self.db
            .run(move |conn| {
                let catalog = cache.get(conn, shared::time::today())?;
                dashboard::dashboard(conn, &catalog, &actor, query, now)
            })
            .await
            .map_err(super::unexpected)?
    }

    async fn usual_time(&self, code: String) -> Result<Option<UsualTime>, ServiceError> {
        let now = shared::time::now();
        self.db.run(move |conn| usual_time_of(conn, &code, now)).await.map_err(super::unexpected)
    }
}

/// How long procedure `code`'s latest results (of the last year, any version) took.
pub fn usual_time_of(conn: &mut DbConn, code: &str, now: NaiveDateTime) -> Result<Option<UsualTime>, DbError> {
    let versions = procedures::table.filter(procedures::code.eq(code)).select(procedures::id);
    let times: Vec<i64> = dossiers::table
        .filter(dossiers::procedure_id.eq_any(versions))
        .filter(dossiers::finished_at.gt(now - Duration::days(365)))
        .filter(dossiers::status.eq_any([Status::Processed.code(), Status::ResultReturned.code()]))
        .order(dossiers::finished_at.desc())
        .limit(USUAL_TIME_SAMPLE)
        .select(dossiers::stats_working_days_x100)
        .load(conn)?;
    Ok(usual_time(times))
}

/// The first and last day of `month` of `year` (the whole year without a month).
fn days_of(year: i32, month: Option<u32>) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), 1).unwrap_or_default();
    let next = first.checked_add_months(chrono::Months::new(if month.is_some() { 1 } else { 12 })).unwrap_or(first);
    (first, next.pred_opt().unwrap_or(first))
}

/// The public statistics summed from the statistics' rows: the page with its indicators
/// measured without the feedback, and what they were measured from. Feedback is read for each
/// request ([`with_feedback`]): its time limits run out by the hour.
pub(crate) struct Summed {
    page: PublicStatistics,
    period: Period,
    /// The agency asked for (`None`: the province) and the days of the period.
    agency: Option<i64>,
    days: (NaiveDate, NaiveDate),
}

/// The page of `summed` with the feedback of its period as of `now` in its indicators.
fn with_feedback(conn: &mut DbConn, summed: &Summed, now: NaiveDateTime) -> Result<PublicStatistics, DbError> {
    let feedback = crate::services::feedback::tally(conn, summed.days, summed.agency, now)?;
    let period = Period { feedback, ..summed.period.clone() };
    Ok(PublicStatistics { report: report(&period), ..summed.page.clone() })
}

/// The public statistics; without the catalog (`None`), the months and totals alone.
fn summed(
    conn: &mut DbConn,
    catalog: Option<&CatalogFacts>,
    asked: Option<String>,
    (year, month): (i32, Option<u32>),
    this_year: i32,
) -> Result<Summed, DbError> {
    let names: Vec<(i64, String, String)> =
        agencies::table.order(agencies::name).select((agencies::id, agencies::code, agencies::name)).load(conn)?;
    let span = Span::Months(year * 100 + 1, year * 100 + 12);
    // One pass over the year's month rows gives the province's months, each agency's months and
    // its year (a few hundred rows per agency and procedure, summed by month and agency).
    let rows = sums_by_pair(conn, Key::MonthAndAgency, span, None, None)?;
    let received: HashSet<i64> = rows.iter().map(|((_, agency), _)| *agency).collect();
    let chosen = asked.as_deref().and_then(|code| names.iter().find(|(id, c, _)| c == code && received.contains(id)));
    let agency = chosen.map(|(id, ..)| *id);
    let mut months: Vec<(u32, Sums)> = (1..=12).map(|m| (m, Sums::default())).collect();
    let mut per_agency: BTreeMap<i64, Sums> = BTreeMap::new();
    for ((key, row_agency), sums) in &rows {
        let in_period = month.is_none_or(|m| key % 100 == i64::from(m));
        if in_period {
            *per_agency.entry(*row_agency).or_default() += *sums;
        }
        if agency.is_some_and(|a| a != *row_agency) {
            continue;
        }
        if let Some(slot) = months.get_mut(usize::try_from(key % 100 - 1).unwrap_or(usize::MAX)) {
            slot.1 += *sums;
        }
    }
    let mut totals = Sums::default();
    months.iter().filter(|(m, _)| month.is_none_or(|asked| asked == *m)).for_each(|(_, s)| totals += *s);
    let by_agency = if agency.is_none() {
        let mut rows: Vec<AgencyStats> = per_agency
            .into_iter()
            .filter_map(|(id, sums)| {
                let (_, code, name) = names.iter().find(|(a, ..)| *a == id)?;
                Some(AgencyStats { code: code.clone(), name: name.clone(), sums })
            })
            .collect();
        rows.sort_by(|a, b| b.sums.received.cmp(&a.sums.received).then(a.name.cmp(&b.name)));
        rows
    } else {
        Vec::new()
    };
    // A year reads its year rows; a month its day rows.
    let period_days = days_of(year, month);
    let by_procedure = if month.is_some() { Span::Days(period_days.0, period_days.1) } else { Span::Years(year, year) };
    let (procedures, facts) = match catalog {
        Some(catalog) => procedures_of(conn, catalog, by_procedure, agency, None)?,
        None => (Vec::new(), Vec::new()),
    };
    let period = Period { dossiers: totals.tally(), procedures: facts, feedback: Default::default() };
    let page = PublicStatistics {
        agencies: names
            .iter()
            .filter(|(id, ..)| received.contains(id))
            .map(|(_, c, n)| (c.clone(), n.clone()))
            .collect(),
        agency: chosen.map(|(_, c, n)| (c.clone(), n.clone())),
        years: (this_year - YEARS_BACK..=this_year).rev().collect(),
        year,
        month,
        totals,
        months,
        by_agency,
        procedures,
        report: report(&period),
    };
    Ok(Summed { page, period, agency, days: period_days })
}

/// The procedures of the span (with dossiers, by code across versions) for the page, and the
/// procedures in force under the agency (or the province) for the indicators.
pub(crate) fn procedures_of(
    conn: &mut DbConn,
    catalog: &CatalogFacts,
    span: Span,
    agency: Option<i64>,
    only: Option<&[i64]>,
) -> Result<(Vec<ProcedureStats>, Vec<ProcedureFacts>), DbError> {
    // The procedures in force under the agency (and of the field and level asked).
    let only_set: Option<HashSet<i64>> = only.map(|ids| ids.iter().copied().collect());
    let in_force: BTreeMap<&str, &InForce> = catalog
        .in_force
        .iter()
        .filter(|p| only_set.as_ref().is_none_or(|ids| ids.contains(&p.id)))
        .filter(|p| agency.is_none_or(|a| p.of_agency(a)))
        .map(|p| (p.code.as_str(), p))
        .collect();
    // The span's sums per procedure version, gathered by code (a dossier keeps the version it
    // was filed under).
    let by_version = sums_of(conn, Key::Procedure, span, agency, only)?;
    let codes = &catalog.names;
    let mut by_code: BTreeMap<String, (String, Sums)> = BTreeMap::new();
    for (id, sums) in by_version {
        let Some((code, name)) = codes.get(&id) else { continue };
        by_code.entry(code.clone()).or_insert_with(|| (name.clone(), Sums::default())).1 += sums;
    }
    let mut stats: Vec<ProcedureStats> = by_code
        .iter()
        .map(|(code, (name, sums))| {
            let current = in_force.get(code.as_str());
            ProcedureStats {
                code: code.clone(),
                name: current.map_or_else(|| name.clone(), |p| p.name.clone()),
                received: sums.received,
                with_result: sums.with_result,
                average_days: sums.average_working_days(),
                limit_days: current.and_then(|p| p.limit).map(limit_in_working_days),
            }
        })
        .collect();
    stats.sort_by(|a, b| b.received.cmp(&a.received).then(a.code.cmp(&b.code)));
    let facts = in_force
        .values()
        .map(|p| {
            let sums = by_code.get(&p.code).map(|(_, s)| *s).unwrap_or_default();
            ProcedureFacts {
                parts_complete: p.published,
                online: match p.online {
                    OnlineLevel::None => Offered::NotOnline,
                    OnlineLevel::Partial => Offered::Partial,
                    OnlineLevel::Full => Offered::Full,
                },
                online_dossiers: u64::try_from(sums.filed_online()).unwrap_or(0),
                fees: p.fees,
                fee_data_synced: p.fees && sums.synced > 0 && sums.with_fees > 0,
                // Without a time limit there is nothing to hold its average against (2.2).
                finished: if p.limit.is_some() { u64::try_from(sums.with_result).unwrap_or(0) } else { 0 },
                total_time: sums.working_days_x100 as f64 / 100.0,
                limit: p.limit.map_or(0.0, limit_in_working_days),
            }
        })
        .collect();
    Ok((stats, facts))
}
