//! The procedure catalog: search with filters, facets, and one procedure's full detail.

pub mod admin;
pub mod detail;
pub mod drafts;
pub mod file;
pub mod form_builder;
pub mod forms;
pub mod import;
pub(crate) mod snapshot;
pub mod spreadsheet;
pub mod store;
pub(crate) mod units;
pub mod workflows;

use crate::db::schema::procedures;
use crate::db::{Db, DbError};
use app::api::ServiceError;
use app::api::catalog::CatalogService;
use async_trait::async_trait;
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::{CatalogFacets, CatalogPage, CatalogQuery, ProcedureCode, ProcedureDetail};
use std::sync::Arc;

pub struct Catalog {
    db: Db,
    snapshots: Arc<snapshot::Snapshots>,
}

impl Catalog {
    pub fn new(db: Db) -> Self {
        Self { db, snapshots: Arc::default() }
    }
}

#[async_trait]
impl CatalogService for Catalog {
    async fn search(&self, query: CatalogQuery) -> Result<CatalogPage, ServiceError> {
        let today = shared::time::today();
        let snapshots = self.snapshots.clone();
        let snapshot = self.db.run(move |conn| snapshots.get(conn, today)).await.map_err(super::unexpected)?;
        Ok(snapshot.search(&query))
    }

    async fn facets(&self) -> Result<CatalogFacets, ServiceError> {
        let today = shared::time::today();
        let snapshots = self.snapshots.clone();
        let snapshot = self.db.run(move |conn| snapshots.get(conn, today)).await.map_err(super::unexpected)?;
        Ok(snapshot.facets.clone())
    }

    async fn procedure(&self, code: ProcedureCode) -> Result<ProcedureDetail, ServiceError> {
        let today = shared::time::today();
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

/// A stored value that the domain rejects: the database was written by something else.
pub(crate) fn corrupt(column: &str, value: impl std::fmt::Debug) -> DbError {
    crate::db::decode(format!("invalid {column}: {value:?}"))
}
