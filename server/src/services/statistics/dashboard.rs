//! The leader's dashboard (`/can-bo/chi-so`): Decision 766's indicators and the sums behind them
//! for any span of days (at most a year), field and level, of the leader's agency — or of the
//! province or any agency for a system administrator —, with the satisfaction ratings summed by
//! criterion. Reads the day rows of `daily_stats`, never the dossiers.

use super::catalog_facts::CatalogFacts;
use super::{Key, Span, procedures_of, ratings, sums_of};
use crate::db::schema::{agencies, fields, procedures};
use crate::db::{DbConn, DbError};
use app::api::ServiceError;
use app::api::statistics::{Dashboard, DashboardQuery};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::indicators::{Period, report};
use shared::statistics::Sums;

/// The longest span, in days.
const LONGEST_DAYS: i64 = 366;

/// The span asked for, or this year to today when it is not a span of at most a year.
fn span_of(query: &DashboardQuery, today: NaiveDate) -> ((NaiveDate, NaiveDate), bool) {
    let day = |v: &Option<String>| v.as_deref().map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let default = (NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today), today);
    match (day(&query.from), day(&query.to)) {
        (None, None) => (default, false),
        (Some(Some(from)), Some(Some(to))) if from <= to && (to - from).num_days() < LONGEST_DAYS => {
            ((from, to), false)
        }
        (Some(Some(from)), None) if from <= today && (today - from).num_days() < LONGEST_DAYS => ((from, today), false),
        _ => (default, true),
    }
}

pub(super) fn dashboard(
    conn: &mut DbConn,
    catalog: &CatalogFacts,
    actor: &Actor,
    query: DashboardQuery,
    now: NaiveDateTime,
) -> Result<Result<Dashboard, ServiceError>, DbError> {
    let Actor::Officer { agency: own, .. } = actor else {
        return Ok(Err(ServiceError::Denied(Denial::SignInRequired)));
    };
    let province_wide = decide(actor, Action::ViewIndicators { agency: None }).is_ok();
    let names: Vec<(i64, String, String)> =
        agencies::table.order(agencies::name).select((agencies::id, agencies::code, agencies::name)).load(conn)?;
    // A system administrator picks any agency or the province; anyone else sees their own.
    let chosen = if province_wide {
        query.agency.as_deref().and_then(|code| names.iter().find(|(_, c, _)| c == code))
    } else {
        names.iter().find(|(id, ..)| id == own)
    };
    let agency = chosen.map(|(id, ..)| *id);
    if let Err(denial) = decide(actor, Action::ViewIndicators { agency }) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let ((from, to), bad_span) = span_of(&query, shared::time::today());
    let all_fields: Vec<(i64, String, String)> =
        fields::table.order(fields::name).select((fields::id, fields::code, fields::name)).load(conn)?;
    let field = query.field.as_deref().and_then(|code| all_fields.iter().find(|(_, c, _)| c == code));
    let level = query.level.as_deref().and_then(shared::catalog::ImplementingLevel::parse);
    // The procedure versions of the field and level asked for (every version: a dossier keeps the
    // one it was filed under).
    let only: Option<Vec<i64>> = if field.is_some() || level.is_some() {
        let mut q = procedures::table.select(procedures::id).into_boxed();
        if let Some((id, ..)) = field {
            q = q.filter(procedures::field_id.eq(*id));
        }
        if let Some(level) = level {
            q = q.filter(procedures::level.eq(level.code()));
        }
        Some(q.load(conn)?)
    } else {
        None
    };
    let span = Span::Days(from, to);
    let mut totals = Sums::default();
    for (_, sums) in sums_of(conn, Key::Agency, span, agency, only.as_deref())? {
        totals += sums;
    }
    let (_, facts) = procedures_of(conn, catalog, span, agency, only.as_deref())?;
    let feedback = crate::services::feedback::tally(conn, (from, to), agency, now)?;
    let period = Period { dossiers: totals.tally(), procedures: facts, feedback };
    let ratings = ratings::by_criterion(conn, (from, to), agency, only.as_deref())?;
    Ok(Ok(Dashboard {
        from: shared::time::iso_date(from),
        to: shared::time::iso_date(to),
        bad_span,
        fields: all_fields.iter().map(|(_, c, n)| (c.clone(), n.clone())).collect(),
        field: field.map(|(_, c, _)| c.clone()),
        level: level.map(|l| l.code().to_owned()),
        agencies: if province_wide {
            names.iter().map(|(_, c, n)| (c.clone(), n.clone())).collect()
        } else {
            Vec::new()
        },
        agency: chosen.map(|(_, c, n)| (c.clone(), n.clone())),
        totals,
        report: report(&period),
        ratings,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_at_most_a_year_and_in_order() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let q = |from: &str, to: &str| DashboardQuery {
            from: Some(from.to_owned()).filter(|v| !v.is_empty()),
            to: Some(to.to_owned()).filter(|v| !v.is_empty()),
            ..DashboardQuery::default()
        };
        let year = (NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), today);
        assert_eq!(span_of(&q("", ""), today), (year, false));
        let november = (NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(), NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(span_of(&q("2026-11-01", "2026-11-30"), today), (november, false));
        assert_eq!(span_of(&q("2026-11-30", "2026-11-01"), today), (year, true), "reversed");
        assert_eq!(span_of(&q("2024-01-01", "2026-11-01"), today), (year, true), "too long");
        assert_eq!(span_of(&q("1 tháng 11", ""), today), (year, true), "not a date");
    }
}
