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
    /// none or unknown) for `year` (this year when none or out of range), the totals, agencies,
    /// procedures and indicators of `month` (1–12) when one is asked for.
    async fn public(
        &self,
        agency: Option<String>,
        year: Option<i32>,
        month: Option<u32>,
    ) -> Result<PublicStatistics, super::call::ServiceError>;
    /// The Decision 766 dashboard for a leader (their agency) or a system administrator (the
    /// province or any agency), for any span of days, field and level.
    async fn dashboard(
        &self,
        actor: &shared::access::Actor,
        query: DashboardQuery,
    ) -> Result<Dashboard, super::call::ServiceError>;
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
    /// The month the totals, agencies, procedures and indicators are of (`None`: the year).
    pub month: Option<u32>,
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

/// The dashboard's choices, as asked (`YYYY-MM-DD` days, a field's code, a level's code, an
/// agency's code).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub field: Option<String>,
    pub level: Option<String>,
    pub agency: Option<String>,
}

/// How many gave each level to one rating criterion: (criterion, [very satisfied, satisfied,
/// dissatisfied]).
pub type CriterionCounts = (u8, [i64; 3]);

/// What the leader's dashboard shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// The span shown (`YYYY-MM-DD`, both days included).
    pub from: String,
    pub to: String,
    /// The days asked for were not a span of at most a year: the default span is shown.
    pub bad_span: bool,
    /// Fields (code, name) and levels to choose from; the chosen ones.
    pub fields: Vec<(String, String)>,
    pub field: Option<String>,
    pub level: Option<String>,
    /// Agencies to choose from (system administrators; else empty), and the one shown (`None`:
    /// the province).
    pub agencies: Vec<(String, String)>,
    pub agency: Option<(String, String)>,
    pub totals: Sums,
    pub report: Report,
    /// The ratings of the dossiers received in the span, by criterion: sums only, never who.
    pub ratings: Vec<CriterionCounts>,
}

#[server]
pub async fn load_indicator_dashboard(
    tu_ngay: Option<String>,
    den_ngay: Option<String>,
    linh_vuc: Option<String>,
    cap: Option<String>,
    co_quan: Option<String>,
) -> Result<super::Guarded<Dashboard>, ServerFnError> {
    let actor = crate::request::current_actor();
    let some = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let query = DashboardQuery {
        from: some(tu_ngay),
        to: some(den_ngay),
        field: some(linh_vuc),
        level: some(cap),
        agency: some(co_quan),
    };
    super::call::guarded(statistics()?.dashboard(&actor, query).await)
}

/// The public statistics (no sign-in).
#[server]
pub async fn load_statistics(
    co_quan: Option<String>,
    nam: Option<i32>,
    thang: Option<u32>,
) -> Result<PublicStatistics, ServerFnError> {
    statistics()?.public(co_quan, nam, thang).await.map_err(ServerFnError::new)
}

/// A procedure's usual processing time (no sign-in).
#[server]
pub async fn load_usual_time(code: String) -> Result<Option<UsualTime>, ServerFnError> {
    statistics()?.usual_time(code).await.map_err(ServerFnError::new)
}
