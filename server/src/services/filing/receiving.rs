//! Where a dossier is received: one of its procedure's receiving one-stop units
//! (`procedure_agencies`, role `receives`), chosen by the filer on the draft when there are
//! several (a provincial procedure may be filed at the provincial centre or at a commune's), the
//! first by default, or the deciding agency's own counter when the catalog names none. The
//! dossier's `agency_id` is that unit: its counter receives it and its code numbers it.

use crate::db::schema::dossiers;
use crate::db::{DbConn, DbError};
use crate::services::catalog::detail::{NamedAgency, agencies_of};
use diesel::prelude::*;

/// The draft form's input naming the chosen unit (an agency code).
pub const RECEIVER_FIELD: &str = "noi_nop";

/// The receiving units of procedure version `procedure_id` in order, as (id, code, name).
pub fn of_procedure(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<NamedAgency>, DbError> {
    Ok(agencies_of(conn, procedure_id)?.0)
}

/// The unit a new dossier of `procedure_id` goes to; `None`: the deciding agency's own.
pub fn default_of(conn: &mut DbConn, procedure_id: i64) -> Result<Option<i64>, DbError> {
    Ok(of_procedure(conn, procedure_id)?.first().map(|(id, ..)| *id))
}

/// The id of the unit with `code` if it receives dossier `id`'s procedure.
pub fn chosen(conn: &mut DbConn, id: i64, code: &str) -> Result<Option<i64>, DbError> {
    let procedure: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::procedure_id).first(conn)?;
    Ok(of_procedure(conn, procedure)?.into_iter().find(|(_, c, _)| c == code).map(|(id, ..)| id))
}
