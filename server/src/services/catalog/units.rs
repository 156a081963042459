//! The administrative units (communes, the province) a form may name: those in force today, by
//! code for checking an answer and by name for the picker. The catalog imports them; filing and
//! its pages read them here.

use crate::db::schema::admin_units;
use crate::db::{DbConn, DbError};
use app::api::filing::UnitChoice;
use diesel::prelude::*;

/// The administrative units a form may name: those in force today.
pub(crate) fn codes_in_force(conn: &mut DbConn) -> Result<std::collections::BTreeSet<String>, DbError> {
    let today = shared::time::today();
    let codes: Vec<String> = admin_units::table
        .filter(admin_units::valid_from.le(today))
        .filter(admin_units::valid_to.is_null().or(admin_units::valid_to.gt(today)))
        .select(admin_units::code)
        .load(conn)?;
    Ok(codes.into_iter().collect())
}

/// The communes (and the province) in force, for the administrative-unit picker.
pub(crate) fn choices(conn: &mut DbConn) -> Result<Vec<UnitChoice>, DbError> {
    let codes = codes_in_force(conn)?;
    let rows: Vec<(String, String, String)> = admin_units::table
        .filter(admin_units::code.eq_any(codes.into_iter().collect::<Vec<_>>()))
        .order((admin_units::kind, admin_units::name))
        .select((admin_units::code, admin_units::name, admin_units::kind))
        .load(conn)?;
    Ok(rows.into_iter().map(|(code, name, _)| UnitChoice { code, name }).collect())
}
