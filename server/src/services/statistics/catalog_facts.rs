//! What the statistics read of the catalog: each procedure in force with its deciding and
//! receiving agencies, online level, whether its parts are published, its online time limit and
//! whether it charges; and every version's code and name. Built once per catalog version (the
//! catalog snapshot's check, one small query) and shared, so a statistics page reads the catalog
//! only when it changed.

use crate::db::schema::{channel_offers, fee_items, procedure_agencies, procedures};
use crate::db::{DbConn, DbError};
use crate::services::catalog::in_force;
use crate::services::catalog::snapshot::{Version, version};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::{OnlineLevel, TimeLimit, TimeUnit};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};

/// A procedure in force, as the indicators and the page read it.
pub(crate) struct InForce {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// The deciding agency, and the agencies that receive its dossiers.
    pub agency: i64,
    pub receiving: Vec<i64>,
    pub online: OnlineLevel,
    /// Its parts published: the deciding act, the result and an online time limit.
    pub published: bool,
    pub limit: Option<TimeLimit>,
    pub fees: bool,
}

impl InForce {
    /// Whether `agency` decides it or receives its dossiers.
    pub fn of_agency(&self, agency: i64) -> bool {
        self.agency == agency || self.receiving.contains(&agency)
    }
}

pub(crate) struct CatalogFacts {
    version: Version,
    pub in_force: Vec<InForce>,
    /// Every version's code and name, by id (a dossier keeps the version it was filed under).
    pub names: HashMap<i64, (String, String)>,
}

/// The facts of the catalog as it is now, rebuilt when it changed.
#[derive(Default)]
pub struct FactsCache {
    current: Mutex<Option<Arc<CatalogFacts>>>,
}

impl FactsCache {
    pub(crate) fn get(&self, conn: &mut DbConn, today: NaiveDate) -> Result<Arc<CatalogFacts>, DbError> {
        let version = version(conn, today)?;
        if let Some(facts) = self.current.lock().unwrap_or_else(PoisonError::into_inner).as_ref()
            && facts.version == version
        {
            return Ok(facts.clone());
        }
        let built = Arc::new(build(conn, version, today)?);
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) = Some(built.clone());
        Ok(built)
    }
}

fn build(conn: &mut DbConn, version: Version, today: NaiveDate) -> Result<CatalogFacts, DbError> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, String, String, i64, String, Option<String>, String)> = procedures::table
        .filter(in_force(today))
        .select((
            procedures::id,
            procedures::code,
            procedures::name,
            procedures::agency_id,
            procedures::online_level,
            procedures::publication_decision,
            procedures::result,
        ))
        .load(conn)?;
    let mut receiving: HashMap<i64, Vec<i64>> = HashMap::new();
    let links: Vec<(i64, i64)> = procedure_agencies::table
        .inner_join(procedures::table)
        .filter(in_force(today))
        .select((procedure_agencies::procedure_id, procedure_agencies::agency_id))
        .load(conn)?;
    for (procedure, agency) in links {
        receiving.entry(procedure).or_default().push(agency);
    }
    // The first online offer's time limit of each procedure, and whether any of its offers charges.
    let offers: Vec<(i64, i32, String)> = channel_offers::table
        .inner_join(procedures::table)
        .filter(in_force(today))
        .filter(channel_offers::channel.eq(shared::catalog::Channel::Online.code()))
        .order((channel_offers::procedure_id, channel_offers::ordinal))
        .select((channel_offers::procedure_id, channel_offers::time_value, channel_offers::time_unit))
        .load(conn)?;
    let mut limits: HashMap<i64, TimeLimit> = HashMap::new();
    for (procedure, value, unit) in offers {
        limits.entry(procedure).or_insert(TimeLimit {
            value: u32::try_from(value).unwrap_or(0),
            unit: TimeUnit::parse(&unit).unwrap_or(TimeUnit::WorkingDays),
        });
    }
    let charging: HashSet<i64> = fee_items::table
        .inner_join(channel_offers::table.inner_join(procedures::table))
        .filter(in_force(today))
        .select(channel_offers::procedure_id)
        .distinct()
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let in_force = rows
        .into_iter()
        .map(|(id, code, name, agency, online, decision, result)| InForce {
            id,
            code,
            name,
            agency,
            receiving: receiving.remove(&id).unwrap_or_default(),
            online: OnlineLevel::parse(&online).unwrap_or(OnlineLevel::None),
            published: decision.is_some() && !result.trim().is_empty() && limits.contains_key(&id),
            limit: limits.get(&id).copied(),
            fees: charging.contains(&id),
        })
        .collect();
    let names = procedures::table
        .select((procedures::id, (procedures::code, procedures::name)))
        .load::<(i64, (String, String))>(conn)?
        .into_iter()
        .collect();
    Ok(CatalogFacts { version, in_force, names })
}
