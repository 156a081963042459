//! How many messages of each dossier's thread a reader has not seen (`dossier_reads`): those
//! from the other side — the office's for the applicant, the applicant's for an officer — newer
//! than the last one the reader was shown. Read by the lists that show a count beside each
//! dossier (the applicant's dossiers, the officers' queue).

use crate::db::{DbConn, DbError};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool};
use std::collections::HashMap;

/// For each of `dossiers` with unread messages, how many `reader` (an officer when `officer`)
/// has not seen.
pub fn unread(conn: &mut DbConn, reader: i64, officer: bool, dossiers: &[i64]) -> Result<HashMap<i64, i64>, DbError> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        dossier_id: i64,
        #[diesel(sql_type = BigInt)]
        unread: i64,
    }
    if dossiers.is_empty() {
        return Ok(HashMap::new());
    }
    // The ids are numbers this code formats: no text of the caller reaches the SQL.
    let ids: Vec<String> = dossiers.iter().map(i64::to_string).collect();
    let sql = format!(
        "SELECT m.dossier_id AS dossier_id, CAST(COUNT(*) AS BIGINT) AS unread FROM dossier_messages m \
         LEFT JOIN dossier_reads r ON r.dossier_id = m.dossier_id AND r.account_id = $1 \
         WHERE m.dossier_id IN ({}) AND m.from_office = $2 AND m.id > COALESCE(r.last_message_id, 0) \
         GROUP BY m.dossier_id",
        ids.join(",")
    );
    let counts: Vec<Count> = diesel::sql_query(sql).bind::<BigInt, _>(reader).bind::<Bool, _>(!officer).load(conn)?;
    Ok(counts.into_iter().map(|c| (c.dossier_id, c.unread)).collect())
}

/// Sets each of an applicant's `rows` unread count, as `reader` (a person) has it.
pub fn count_rows(conn: &mut DbConn, reader: i64, rows: &mut [app::api::filing::DossierRow]) -> Result<(), DbError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let counts = unread(conn, reader, false, &ids)?;
    for row in rows {
        row.unread = counts.get(&row.id).copied().unwrap_or(0);
    }
    Ok(())
}
