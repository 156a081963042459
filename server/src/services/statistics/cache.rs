//! The public statistics' sums kept between requests. A page of the province's year sums a few
//! thousand year rows and hundreds of month rows; under load that is most of its time. What it
//! summed is kept under what it was summed from — the catalog's facts as they were (the same
//! shared value until the catalog changes) and how many times the year's month rows had been
//! written (`sums::changes`, one indexed sum) — and summed again when either moved. Every change
//! to a dossier's counts writes its month row in the change's own transaction, so a page is never
//! older than the last committed change, on any number of servers sharing the database.

use super::Summed;
use super::catalog_facts::CatalogFacts;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// Pages kept at most: a province's page and its agencies' for the years people look at. Each
/// holds up to one line per procedure with dossiers (a few hundred kilobytes for the province).
const KEPT: usize = 64;

/// A page as asked: the agency's code (`None`: the province), the year and the month.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct PageKey {
    pub agency: Option<String>,
    pub year: i32,
    pub month: Option<u32>,
}

/// What a page's sums were summed from.
pub(crate) struct Stamp {
    catalog: Arc<CatalogFacts>,
    changes: i64,
}

impl Stamp {
    pub fn new(catalog: Arc<CatalogFacts>, changes: i64) -> Self {
        Self { catalog, changes }
    }

    fn same(&self, other: &Stamp) -> bool {
        Arc::ptr_eq(&self.catalog, &other.catalog) && self.changes == other.changes
    }
}

struct Kept {
    stamp: Stamp,
    summed: Arc<Summed>,
    /// When it was last asked for (a count of the cache's uses), to let the least used go.
    used: u64,
}

#[derive(Default)]
pub(crate) struct PageCache {
    kept: Mutex<(HashMap<PageKey, Kept>, u64)>,
}

impl PageCache {
    /// The sums kept for `key` when they were summed from `stamp`.
    pub fn get(&self, key: &PageKey, stamp: &Stamp) -> Option<Arc<Summed>> {
        let mut guard = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        let (kept, uses) = &mut *guard;
        *uses += 1;
        let found = kept.get_mut(key).filter(|k| k.stamp.same(stamp))?;
        found.used = *uses;
        Some(found.summed.clone())
    }

    /// Keeps `summed` for `key`, letting the least recently asked page go when full.
    pub fn put(&self, key: PageKey, stamp: Stamp, summed: Arc<Summed>) {
        let mut guard = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        let (kept, uses) = &mut *guard;
        if kept.len() >= KEPT && !kept.contains_key(&key) {
            // Pages summed from another catalog go first: they are of no use any more.
            kept.retain(|_, k| Arc::ptr_eq(&k.stamp.catalog, &stamp.catalog));
            if kept.len() >= KEPT
                && let Some(oldest) = kept.iter().min_by_key(|(_, k)| k.used).map(|(key, _)| key.clone())
            {
                kept.remove(&oldest);
            }
        }
        kept.insert(key, Kept { stamp, summed, used: *uses });
    }
}
