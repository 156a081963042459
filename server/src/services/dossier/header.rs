//! What every paper about a dossier names at its top: its code, the procedure, the agency that
//! received it, the owner (chủ hồ sơ) with their ID number and phone, when it was received and
//! when its result is due. The official forms, the letters and the fee receipt read it here
//! instead of each joining dossiers, procedures and agencies its own way.

use crate::db::schema::{agencies, dossiers, procedures};
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;

pub struct Header {
    /// None before submission.
    pub code: Option<String>,
    pub procedure_id: i64,
    pub procedure: String,
    /// The agency that received the dossier (not necessarily the one that decides it).
    pub agency: String,
    pub owner: String,
    pub owner_id_number: Option<String>,
    pub owner_phone: Option<String>,
    pub received_at: Option<NaiveDateTime>,
    pub due_at: Option<NaiveDateTime>,
}

/// Dossier `id`'s header (the caller has decided the reader may see it).
pub fn header(conn: &mut DbConn, id: i64) -> Result<Header, DbError> {
    #[allow(clippy::type_complexity)]
    let row: (
        Option<String>,
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
    ) = dossiers::table
        .inner_join(procedures::table)
        .inner_join(agencies::table)
        .filter(dossiers::id.eq(id))
        .select((
            dossiers::code,
            dossiers::procedure_id,
            procedures::name,
            agencies::name,
            dossiers::owner_name,
            dossiers::owner_id_number,
            dossiers::owner_phone,
            dossiers::received_at,
            dossiers::due_at,
        ))
        .first(conn)?;
    let (code, procedure_id, procedure, agency, owner, owner_id_number, owner_phone, received_at, due_at) = row;
    Ok(Header { code, procedure_id, procedure, agency, owner, owner_id_number, owner_phone, received_at, due_at })
}
