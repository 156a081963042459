//! The procedure catalog: search with filters, facets, and one procedure's full detail.

pub mod detail;

use crate::db::schema::{agencies, fields, procedures};
use crate::db::{Db, DbConn, DbError};
use app::services::{CatalogService, ServiceError};
use async_trait::async_trait;
use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;
use shared::catalog::{
    CatalogFacets, CatalogPage, CatalogQuery, Facet, ImplementingLevel, OnlineLevel, PER_PAGE, ProcedureCode,
    ProcedureDetail, ProcedureSummary,
};
use shared::search::{Candidate, SearchQuery, order_key};
use std::collections::HashMap;

type DbBackend = <DbConn as diesel::Connection>::Backend;

pub struct Catalog {
    db: Db,
}

impl Catalog {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

#[async_trait]
impl CatalogService for Catalog {
    async fn search(&self, query: CatalogQuery) -> Result<CatalogPage, ServiceError> {
        let today = super::today_in_vietnam();
        self.db.run(move |conn| search(conn, &query, today)).await.map_err(super::unexpected)
    }

    async fn facets(&self) -> Result<CatalogFacets, ServiceError> {
        let today = super::today_in_vietnam();
        self.db.run(move |conn| facets(conn, today)).await.map_err(super::unexpected)
    }

    async fn procedure(&self, code: ProcedureCode) -> Result<ProcedureDetail, ServiceError> {
        let today = super::today_in_vietnam();
        match self.db.run(move |conn| detail::load(conn, &code, today)).await {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(ServiceError::NotFound),
            Err(e) => Err(super::unexpected(e)),
        }
    }
}

/// The procedure version is in force on `today` (a version ends the day its successor starts).
#[diesel::dsl::auto_type]
pub(crate) fn in_force(today: NaiveDate) -> _ {
    procedures::effective_from.le(today).and(procedures::effective_to.is_null().or(procedures::effective_to.gt(today)))
}

/// The procedures in force, narrowed by the filters.
fn filtered<'a>(
    query: &'a CatalogQuery,
    today: NaiveDate,
) -> procedures::BoxedQuery<'a, DbBackend, procedures::SqlType> {
    let mut q = procedures::table.filter(in_force(today)).into_boxed();
    if let Some(agency) = &query.agency {
        q = q.filter(
            procedures::agency_id
                .eq_any(agencies::table.select(agencies::id).filter(agencies::code.eq(agency.as_str()))),
        );
    }
    if let Some(field) = &query.field {
        q = q.filter(
            procedures::field_id.eq_any(fields::table.select(fields::id).filter(fields::code.eq(field.as_str()))),
        );
    }
    if let Some(level) = query.level {
        q = q.filter(procedures::level.eq(level.code()));
    }
    if let Some(online) = query.online {
        q = q.filter(procedures::online_level.eq(online.code()));
    }
    q
}

fn search(conn: &mut DbConn, query: &CatalogQuery, today: NaiveDate) -> Result<CatalogPage, DbError> {
    let per_page = i64::from(PER_PAGE);
    let offset = i64::from(query.page.saturating_sub(1)) * per_page;
    let text = query.q.as_deref().and_then(SearchQuery::parse);
    let (ids, total): (Vec<i64>, u64) = match text {
        None => {
            let total: i64 = filtered(query, today).count().get_result(conn)?;
            let ids = filtered(query, today)
                .select(procedures::id)
                .order(procedures::code.asc())
                .limit(per_page)
                .offset(offset)
                .load(conn)?;
            (ids, total.unsigned_abs())
        }
        Some(text) => {
            // The database narrows by every word (as a substring of the folded keys); the shared
            // ranking then orders the candidates identically on both backends.
            let mut q = filtered(query, today);
            for word in text.words() {
                let pattern = format!("%{word}%");
                q = q.filter(
                    procedures::name_key
                        .like(pattern.clone())
                        .or(procedures::other_key.like(pattern.clone()))
                        .or(procedures::code.like(pattern)),
                );
            }
            let candidates: Vec<(i64, String, String, String)> =
                q.select((procedures::id, procedures::code, procedures::name, procedures::other_key)).load(conn)?;
            let mut ranked: Vec<_> = candidates
                .iter()
                .filter_map(|(id, code, name, other)| {
                    text.score(&Candidate { code, name, other_key: other }).map(|s| (order_key(s, name, code), *id))
                })
                .collect();
            ranked.sort();
            let total = ranked.len() as u64;
            let ids = ranked
                .into_iter()
                .skip(offset.unsigned_abs() as usize)
                .take(PER_PAGE as usize)
                .map(|(_, id)| id)
                .collect();
            (ids, total)
        }
    };
    Ok(CatalogPage { items: summaries(conn, &ids)?, total, page: query.page, per_page: PER_PAGE })
}

/// Summaries of the given procedures, in the given order.
fn summaries(conn: &mut DbConn, ids: &[i64]) -> Result<Vec<ProcedureSummary>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, String, String, String, String, String, String)> = procedures::table
        .inner_join(fields::table)
        .inner_join(agencies::table)
        .filter(procedures::id.eq_any(ids))
        .select((
            procedures::id,
            procedures::code,
            procedures::name,
            fields::name,
            procedures::level,
            agencies::name,
            procedures::online_level,
        ))
        .load(conn)?;
    let mut by_id: HashMap<i64, ProcedureSummary> = HashMap::with_capacity(rows.len());
    for (id, code, name, field_name, level, agency_name, online) in rows {
        let summary = ProcedureSummary {
            code: ProcedureCode::parse(&code).map_err(|e| corrupt("procedures.code", e))?,
            name,
            field_name,
            level: ImplementingLevel::parse(&level).ok_or_else(|| corrupt("procedures.level", &level))?,
            agency_name,
            online_level: OnlineLevel::parse(&online).ok_or_else(|| corrupt("procedures.online_level", &online))?,
        };
        by_id.insert(id, summary);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

fn facets(conn: &mut DbConn, today: NaiveDate) -> Result<CatalogFacets, DbError> {
    let current = || procedures::table.filter(in_force(today));
    let by_agency: HashMap<i64, i64> = current()
        .group_by(procedures::agency_id)
        .select((procedures::agency_id, count_star()))
        .load(conn)?
        .into_iter()
        .collect();
    let by_field: HashMap<i64, i64> = current()
        .group_by(procedures::field_id)
        .select((procedures::field_id, count_star()))
        .load(conn)?
        .into_iter()
        .collect();
    let by_level: Vec<(String, i64)> =
        current().group_by(procedures::level).select((procedures::level, count_star())).load(conn)?;
    let by_online: Vec<(String, i64)> =
        current().group_by(procedures::online_level).select((procedures::online_level, count_star())).load(conn)?;

    let facet = |(id, code, name): (i64, String, String), counts: &HashMap<i64, i64>| Facet {
        code,
        name,
        count: counts.get(&id).copied().unwrap_or(0).unsigned_abs(),
    };
    let agencies = agencies::table
        .select((agencies::id, agencies::code, agencies::name))
        .order(agencies::code.asc())
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|row| facet(row, &by_agency))
        .collect();
    let mut fields: Vec<Facet> = fields::table
        .select((fields::id, fields::code, fields::name))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|row| facet(row, &by_field))
        .collect();
    fields.sort_by(|a, b| shared::text::search_key(&a.name).cmp(&shared::text::search_key(&b.name)));
    let levels = ImplementingLevel::ALL
        .iter()
        .map(|l| (*l, by_level.iter().find(|(c, _)| c == l.code()).map_or(0, |(_, n)| n.unsigned_abs())))
        .collect();
    let online_levels = OnlineLevel::ALL
        .iter()
        .map(|l| (*l, by_online.iter().find(|(c, _)| c == l.code()).map_or(0, |(_, n)| n.unsigned_abs())))
        .collect();
    Ok(CatalogFacets { agencies, fields, levels, online_levels })
}

/// A stored value that the domain rejects: the database was written by something else.
pub(crate) fn corrupt(column: &str, value: impl std::fmt::Debug) -> DbError {
    DbError::Query(diesel::result::Error::DeserializationError(format!("invalid {column}: {value:?}").into()))
}
