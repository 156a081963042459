//! Bulk work on the officers' queue: the same move on several dossiers the officer ticked, each
//! made on its own (its own transaction, at the version it has now, authorized for it), so one
//! that cannot be moved is reported and leaves the others and itself untouched — nothing is ever
//! half-applied to one dossier.

use super::{ActError, Backoffice, OfficerAction};
use crate::db::schema::dossiers;
use diesel::prelude::*;
use shared::access::Actor;

/// The most dossiers one bulk action takes: a page of the queue.
pub const MAX_BULK: usize = 50;

/// What became of one dossier of a bulk action: its code (none when it is not the officer's to
/// know) and the outcome.
pub struct Outcome {
    pub id: i64,
    pub code: Option<String>,
    pub result: Result<(), ActError>,
}

impl Backoffice {
    /// Makes `action` on each of `ticked` (a dossier and the version the officer saw; at most
    /// [`MAX_BULK`]) in turn: one changed since it was seen is reported, not moved.
    pub async fn act_on_each(
        &self,
        actor: &Actor,
        ticked: &[(i64, i32)],
        action: impl Fn() -> OfficerAction,
    ) -> anyhow::Result<Vec<Outcome>> {
        let mut outcomes = Vec::new();
        for &(id, version) in ticked.iter().take(MAX_BULK) {
            let found: Option<Option<String>> = self
                .db
                .run(move |conn| {
                    Ok::<_, crate::db::DbError>(
                        dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn).optional()?,
                    )
                })
                .await?;
            let Some(code) = found else {
                outcomes.push(Outcome { id, code: None, result: Err(ActError::NotFound) });
                continue;
            };
            let result = self.act(actor, id, version, action()).await.map(|_| ());
            // Someone who may not see it learns nothing of it, not even its code.
            let code = code.filter(|_| !matches!(result, Err(ActError::NotFound)));
            outcomes.push(Outcome { id, code, result });
        }
        Ok(outcomes)
    }
}

impl Backoffice {
    /// The codes of those of `ids` that `actor` sees (the others are not theirs to know).
    pub async fn codes(&self, actor: &Actor, ids: &[i64]) -> anyhow::Result<std::collections::HashMap<i64, String>> {
        let (actor, ids) = (actor.clone(), ids.to_vec());
        Ok(self
            .db
            .run(move |conn| {
                let mut codes = std::collections::HashMap::new();
                for id in ids {
                    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { continue };
                    if !super::sees(&actor, found.scope) {
                        continue;
                    }
                    let code: Option<String> =
                        dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn)?;
                    if let Some(code) = code {
                        codes.insert(id, code);
                    }
                }
                Ok::<_, crate::db::DbError>(codes)
            })
            .await?)
    }
}
