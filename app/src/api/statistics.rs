//! The statistics the province is judged by: the public page `/thong-ke` (no sign-in, no personal
//! data; its CSV and JSON are `server/src/http/open_data.rs`), a procedure's usual processing
//! time on its page and in the lookup, and the leader's dashboard of Decision 766 indicators.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::indicators::Report;
use shared::statistics::{Sums, UsualTime};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait StatisticsService: Send + Sync {
    /// The public statistics of `agency` (a receiving agency's code; the whole province when
    /// none or unknown) for `year` (this year when none or out of range).
    async fn public(
        &self,
        agency: Option<String>,
        year: Option<i32>,
    ) -> Result<PublicStatistics, super::call::ServiceError>;
    /// How long procedure `code`'s recent dossiers took (`None`: too few finished to say).
    async fn usual_time(&self, code: String) -> Result<Option<UsualTime>, super::call::ServiceError>;
}

#[cfg(feature = "ssr")]
fn statistics() -> Result<std::sync::Arc<dyn StatisticsService>, ServerFnError> {
    super::call::service::<dyn StatisticsService>()
}

/// One receiving agency's sums.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgencyStats {
    pub code: String,
    pub name: String,
    pub sums: Sums,
}

/// One procedure's dossiers and processing time against its legal limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureStats {
    pub code: String,
    pub name: String,
    pub received: i64,
    /// Finished with a result.
    pub with_result: i64,
    pub average_days: Option<f64>,
    /// The online time limit in working days (other units converted), when it has one.
    pub limit_days: Option<f64>,
}

/// What `/thong-ke` shows, and its open data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicStatistics {
    /// Receiving agencies that have received dossiers (code, name).
    pub agencies: Vec<(String, String)>,
    /// The chosen agency; `None`: the whole province.
    pub agency: Option<(String, String)>,
    pub years: Vec<i32>,
    pub year: i32,
    pub totals: Sums,
    /// Months 1–12 of the year, each month's sums (months with nothing have default sums).
    pub months: Vec<(u32, Sums)>,
    /// Province-wide: each agency's sums, most dossiers first.
    pub by_agency: Vec<AgencyStats>,
    /// Procedures that received dossiers in the year, most first.
    pub procedures: Vec<ProcedureStats>,
    /// Decision 766's indicators for the year.
    pub report: Report,
}

/// The public statistics (no sign-in).
#[server]
pub async fn load_statistics(co_quan: Option<String>, nam: Option<i32>) -> Result<PublicStatistics, ServerFnError> {
    statistics()?.public(co_quan, nam).await.map_err(ServerFnError::new)
}

/// A procedure's usual processing time (no sign-in).
#[server]
pub async fn load_usual_time(code: String) -> Result<Option<UsualTime>, ServerFnError> {
    statistics()?.usual_time(code).await.map_err(ServerFnError::new)
}
