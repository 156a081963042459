//! The public catalog. Each server function is a public HTTP endpoint: the catalog is public, so
//! there is no one to authenticate, but every input is parsed into domain types before use. They
//! report a visitor's mistake as data; the page that renders it sets the HTTP status.

#[cfg(feature = "ssr")]
use super::call::unexpected;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use shared::catalog::{CatalogFacets, CatalogPage, ProcedureDetail, QueryProblem, RawCatalogQuery};

/// A list request either yields a page or says what was wrong with the query.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ListOutcome {
    Page(CatalogPage),
    Invalid(Vec<QueryProblem>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DetailOutcome {
    Found(Box<ProcedureDetail>),
    BadCode,
    NotFound,
}

/// What the server provides for the catalog's pages.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CatalogService: Send + Sync {
    async fn search(&self, query: shared::catalog::CatalogQuery) -> Result<CatalogPage, super::call::ServiceError>;
    async fn facets(&self) -> Result<CatalogFacets, super::call::ServiceError>;
    async fn procedure(
        &self,
        code: shared::catalog::ProcedureCode,
    ) -> Result<ProcedureDetail, super::call::ServiceError>;
}

#[cfg(feature = "ssr")]
fn catalog() -> Result<std::sync::Arc<dyn CatalogService>, ServerFnError> {
    super::call::service::<dyn CatalogService>()
}

// JSON input: a form-encoded body cannot express a query whose every field is empty.
#[server(input = Json)]
pub async fn search_procedures(raw: RawCatalogQuery) -> Result<ListOutcome, ServerFnError> {
    let query = match raw.parse() {
        Ok(q) => q,
        Err(problems) => {
            return Ok(ListOutcome::Invalid(problems));
        }
    };
    let catalog = catalog()?;
    // A well-formed agency or field code that is not in the catalog is also a visitor error.
    let facets = catalog.facets().await.map_err(unexpected)?;
    let mut problems = Vec::new();
    if query.agency.as_ref().is_some_and(|a| !facets.agencies.iter().any(|f| f.code == a.as_str())) {
        problems.push(QueryProblem::BadAgency);
    }
    if query.field.as_ref().is_some_and(|c| !facets.fields.iter().any(|f| f.code == c.as_str())) {
        problems.push(QueryProblem::BadField);
    }
    if !problems.is_empty() {
        return Ok(ListOutcome::Invalid(problems));
    }
    catalog.search(query).await.map(ListOutcome::Page).map_err(unexpected)
}

#[server]
pub async fn load_catalog_facets() -> Result<CatalogFacets, ServerFnError> {
    catalog()?.facets().await.map_err(unexpected)
}

#[server]
pub async fn get_procedure(code: String) -> Result<DetailOutcome, ServerFnError> {
    use super::call::ServiceError;
    let Ok(code) = shared::catalog::ProcedureCode::parse(&code) else {
        return Ok(DetailOutcome::BadCode);
    };
    match catalog()?.procedure(code).await {
        Ok(detail) => Ok(DetailOutcome::Found(Box::new(detail))),
        Err(ServiceError::NotFound) => Ok(DetailOutcome::NotFound),
        Err(e) => Err(unexpected(e)),
    }
}
