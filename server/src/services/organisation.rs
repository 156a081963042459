//! The organisation behind the back office: agencies (from the catalog) and the units inside
//! them, looked up by their codes for the command line and the seeds.

use crate::db::schema::{agencies, agency_units};
use crate::db::{Db, DbConn, DbError};
use diesel::prelude::*;

pub fn agency_id(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    Ok(agencies::table.filter(agencies::code.eq(code)).select(agencies::id).first(conn).optional()?)
}

/// The unit `code` of agency `agency_id`, created with `name` if missing.
pub fn ensure_unit(conn: &mut DbConn, agency_id: i64, code: &str, name: &str) -> Result<i64, DbError> {
    let existing: Option<i64> = agency_units::table
        .filter(agency_units::agency_id.eq(agency_id))
        .filter(agency_units::code.eq(code))
        .select(agency_units::id)
        .first(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    Ok(diesel::insert_into(agency_units::table)
        .values((agency_units::agency_id.eq(agency_id), agency_units::code.eq(code), agency_units::name.eq(name)))
        .returning(agency_units::id)
        .get_result(conn)?)
}

pub fn unit_id(conn: &mut DbConn, agency_id: i64, code: &str) -> Result<Option<i64>, DbError> {
    Ok(agency_units::table
        .filter(agency_units::agency_id.eq(agency_id))
        .filter(agency_units::code.eq(code))
        .select(agency_units::id)
        .first(conn)
        .optional()?)
}

/// Agency and unit ids for the codes given on the command line, or a message naming what is
/// unknown.
pub async fn resolve_codes(db: &Db, agency: String, unit: Option<String>) -> anyhow::Result<(i64, Option<i64>)> {
    let found = db
        .run(move |conn| {
            let Some(agency_id) = agency_id(conn, &agency)? else {
                return Ok(Err(format!("unknown agency code {agency}")));
            };
            let unit_id = match &unit {
                Some(code) => match unit_id(conn, agency_id, code)? {
                    Some(id) => Some(id),
                    None => return Ok(Err(format!("unknown unit {code} in agency {agency}"))),
                },
                None => None,
            };
            Ok::<_, DbError>(Ok((agency_id, unit_id)))
        })
        .await?;
    found.map_err(|m| anyhow::anyhow!(m))
}
