//! The catalog in force, held in memory and searched there.
//!
//! Every catalog page used to run six to eight queries (the facet counts, the candidates of a
//! text search, the page's summaries), about 8 ms a page on a 2,000-procedure catalog
//! (docs/PERFORMANCE.md). A province's catalog is a few thousand rows that change a few times
//! a year, so the pages now read a snapshot of it: one small query per request checks that the
//! snapshot is still the catalog's (today's date, the row counts and highest ids of procedures,
//! agencies and fields, and the catalog's revision, which every write of the catalog moves —
//! ending a version adds no row), and the snapshot is rebuilt when it is not.

use super::{corrupt, in_force};
use crate::db::schema::{agencies, catalog_revision, fields, procedures};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::dsl::{count_star, max};
use diesel::prelude::*;
use shared::catalog::{
    CatalogFacets, CatalogPage, CatalogQuery, Facet, ImplementingLevel, OnlineLevel, PER_PAGE, ProcedureCode,
    ProcedureSummary,
};
use shared::search::{Candidate, Folded, SearchQuery, order_key};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// What the snapshot was built from: equal versions, the same catalog in force (the statistics'
/// cache of catalog facts checks it too).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Version {
    today: NaiveDate,
    /// (count, highest id) of procedures, agencies and fields.
    tables: [(Option<i64>, Option<i64>); 3],
    /// `catalog_revision.revision`.
    revision: Option<i64>,
}

struct Entry {
    code: String,
    name_key: String,
    other_key: String,
    agency_code: String,
    field_code: String,
    summary: ProcedureSummary,
    folded: Folded,
}

pub struct Snapshot {
    version: Version,
    /// The procedures in force, by code.
    entries: Vec<Entry>,
    pub facets: CatalogFacets,
}

#[derive(Default)]
pub struct Snapshots {
    current: Mutex<Option<Arc<Snapshot>>>,
}

impl Snapshots {
    /// The snapshot of the catalog as it is now, rebuilt if the catalog changed.
    pub fn get(&self, conn: &mut DbConn, today: NaiveDate) -> Result<Arc<Snapshot>, DbError> {
        let version = version(conn, today)?;
        if let Some(s) = self.current.lock().unwrap_or_else(PoisonError::into_inner).as_ref()
            && s.version == version
        {
            return Ok(s.clone());
        }
        let built = Arc::new(build(conn, version)?);
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) = Some(built.clone());
        Ok(built)
    }
}

/// The catalog's version now: one statement (one round trip).
pub(crate) fn version(conn: &mut DbConn, today: NaiveDate) -> Result<Version, DbError> {
    #[allow(clippy::type_complexity)]
    let (p, pm, a, am, f, fm, revision): (
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
    ) = diesel::select((
        procedures::table.select(count_star()).single_value(),
        procedures::table.select(max(procedures::id)).single_value(),
        agencies::table.select(count_star()).single_value(),
        agencies::table.select(max(agencies::id)).single_value(),
        fields::table.select(count_star()).single_value(),
        fields::table.select(max(fields::id)).single_value(),
        catalog_revision::table.select(max(catalog_revision::revision)).single_value(),
    ))
    .get_result(conn)?;
    Ok(Version { today, tables: [(p, pm), (a, am), (f, fm)], revision })
}

fn build(conn: &mut DbConn, version: Version) -> Result<Snapshot, DbError> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(String, String, String, String, String, String, String, String, String, String)> = procedures::table
        .inner_join(fields::table)
        .inner_join(agencies::table)
        .filter(in_force(version.today))
        .order(procedures::code.asc())
        .select((
            procedures::code,
            procedures::name,
            procedures::name_key,
            procedures::other_key,
            agencies::code,
            fields::code,
            procedures::level,
            procedures::online_level,
            fields::name,
            agencies::name,
        ))
        .load(conn)?;
    let mut entries = Vec::with_capacity(rows.len());
    for (code, name, name_key, other_key, agency_code, field_code, level, online, field_name, agency_name) in rows {
        let summary = ProcedureSummary {
            code: ProcedureCode::parse(&code).map_err(|e| corrupt("procedures.code", e))?,
            name,
            field_name,
            level: ImplementingLevel::parse(&level).ok_or_else(|| corrupt("procedures.level", &level))?,
            agency_name,
            online_level: OnlineLevel::parse(&online).ok_or_else(|| corrupt("procedures.online_level", &online))?,
        };
        let folded = Folded::of(&Candidate { code: &code, name: &summary.name, other_key: &other_key });
        entries.push(Entry { code, name_key, other_key, agency_code, field_code, summary, folded });
    }
    let facets = facets(conn, &entries)?;
    Ok(Snapshot { version, entries, facets })
}

/// Every agency (by code) and field (by name), with the number of procedures in force of each.
fn facets(conn: &mut DbConn, entries: &[Entry]) -> Result<CatalogFacets, DbError> {
    let mut by_agency: HashMap<&str, u64> = HashMap::new();
    let mut by_field: HashMap<&str, u64> = HashMap::new();
    for e in entries {
        *by_agency.entry(&e.agency_code).or_default() += 1;
        *by_field.entry(&e.field_code).or_default() += 1;
    }
    let facet = |(code, name): (String, String), counts: &HashMap<&str, u64>| Facet {
        count: counts.get(code.as_str()).copied().unwrap_or(0),
        code,
        name,
    };
    let agencies = agencies::table
        .select((agencies::code, agencies::name))
        .order(agencies::code.asc())
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|row| facet(row, &by_agency))
        .collect();
    let mut fields: Vec<(String, Facet)> = fields::table
        .select((fields::code, fields::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|row| (shared::text::search_key(&row.1), facet(row, &by_field)))
        .collect();
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    let count = |f: &dyn Fn(&ProcedureSummary) -> bool| entries.iter().filter(|e| f(&e.summary)).count() as u64;
    Ok(CatalogFacets {
        agencies,
        fields: fields.into_iter().map(|(_, f)| f).collect(),
        levels: ImplementingLevel::ALL.iter().map(|l| (*l, count(&|s| s.level == *l))).collect(),
        online_levels: OnlineLevel::ALL.iter().map(|l| (*l, count(&|s| s.online_level == *l))).collect(),
    })
}

impl Snapshot {
    /// One page of the procedures matching the query: by code without search text; with text,
    /// those containing every word (in the name, code or other keys), ranked by `shared::search`.
    pub fn search(&self, query: &CatalogQuery) -> CatalogPage {
        let matches = |e: &&Entry| {
            query.agency.as_ref().is_none_or(|a| e.agency_code == a.as_str())
                && query.field.as_ref().is_none_or(|f| e.field_code == f.as_str())
                && query.level.is_none_or(|l| e.summary.level == l)
                && query.online.is_none_or(|o| e.summary.online_level == o)
        };
        let offset = query.page.saturating_sub(1) as usize * PER_PAGE as usize;
        let (items, total): (Vec<&Entry>, usize) = match query.q.as_deref().and_then(SearchQuery::parse) {
            None => {
                let all: Vec<&Entry> = self.entries.iter().filter(matches).collect();
                let total = all.len();
                (all.into_iter().skip(offset).take(PER_PAGE as usize).collect(), total)
            }
            Some(text) => {
                let mut ranked: Vec<_> = self
                    .entries
                    .iter()
                    .filter(matches)
                    .filter(|e| {
                        text.words().iter().all(|w| {
                            e.name_key.contains(w.as_str())
                                || e.other_key.contains(w.as_str())
                                || e.code.contains(w.as_str())
                        })
                    })
                    .filter_map(|e| {
                        let candidate = Candidate { code: &e.code, name: &e.summary.name, other_key: &e.other_key };
                        text.score_folded(&candidate, &e.folded).map(|s| (order_key(s, &e.summary.name, &e.code), e))
                    })
                    .collect();
                ranked.sort_by(|a, b| a.0.cmp(&b.0));
                let total = ranked.len();
                (ranked.into_iter().skip(offset).take(PER_PAGE as usize).map(|(_, e)| e).collect(), total)
            }
        };
        CatalogPage {
            items: items.into_iter().map(|e| e.summary.clone()).collect(),
            total: total as u64,
            page: query.page,
            per_page: PER_PAGE,
        }
    }
}
