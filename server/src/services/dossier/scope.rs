//! What the access rules see of a dossier (`shared::access::DossierScope`), with its status and
//! version: the one read every capability authorizes a dossier action with.

use crate::db::schema::dossiers;
use crate::db::{DbConn, DbError};
use diesel::prelude::*;
use shared::access::DossierScope;
use shared::dossier::Status;

/// What the authorization rules see of a dossier, and its status and version.
pub struct Scoped {
    pub id: i64,
    pub scope: DossierScope,
    pub status: Status,
    pub version: i32,
}

/// What the access rules see of dossier `id`, with its status and version.
pub fn scoped(conn: &mut DbConn, id: i64) -> Result<Option<Scoped>, DbError> {
    #[allow(clippy::type_complexity)]
    let row: Option<(Option<i64>, Option<i64>, i64, Option<i64>, Option<i64>, Option<i64>, Status, i32, i32)> =
        dossiers::table
            .filter(dossiers::id.eq(id))
            .select((
                dossiers::filer_account_id,
                dossiers::business_id,
                dossiers::agency_id,
                dossiers::at_agency_id,
                dossiers::unit_id,
                dossiers::assignee_account_id,
                dossiers::status,
                dossiers::version,
                dossiers::channel,
            ))
            .first(conn)
            .optional()?;
    Ok(row.map(|(owner, business, agency, at_agency, unit, assignee, status, version, channel)| {
        let at_agency = at_agency.unwrap_or(agency);
        let submitted = status != Status::Draft;
        let counter = shared::dossier::Channel::from_code(channel) != shared::dossier::Channel::Online;
        Scoped {
            id,
            scope: DossierScope { owner, business, agency, at_agency, unit, assignee, submitted, counter },
            status,
            version,
        }
    }))
}
