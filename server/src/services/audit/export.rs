//! A period of the audit log as JSON lines, for an inspector or an archive, with a detached
//! signature (CMS, `.p7s`) by an agency's key.
//!
//! The file is one unbroken piece of the chain: every sealed row from the first to the last one
//! whose time falls in the period (rows are sealed in commit order, so a few just outside it may
//! sit between them). Each line carries `prev_hash` and `hash`, so a reader checks the piece
//! without the database: `hash` = hex SHA-256 of `prev_hash`, a newline, and the JSON array
//! `[seq, id, at, event, actor, subject, ip, detail]`; each line's `prev_hash` is the line
//! before's `hash`. The signature is checked with
//! `openssl cms -verify -binary -inform DER -in FILE.p7s -content FILE` (add `-noverify` for a
//! demo certificate, which no authority issued).

use super::chain::Row;
use crate::db::schema::audit_log;
use crate::db::{DbConn, DbError};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use std::io::Write;

/// Rows read per query: the export streams, whatever the period's size.
const PAGE: i64 = 1_000;

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub rows: usize,
    /// The SHA-256 of the bytes written, what the signature covers.
    pub sha256: Vec<u8>,
    /// The first and last places in the chain written.
    pub span: Option<(i64, i64)>,
}

/// Writes the sealed rows of days `from`..=`to` (UTC timestamps as stored) to `out`.
pub fn write(conn: &mut DbConn, from: NaiveDate, to: NaiveDate, out: &mut dyn Write) -> Result<Written, ExportError> {
    let start: NaiveDateTime = from.and_hms_opt(0, 0, 0).unwrap_or_default();
    let end: NaiveDateTime = to.succ_opt().unwrap_or(to).and_hms_opt(0, 0, 0).unwrap_or_default();
    let in_period = audit_log::table.filter(audit_log::at.ge(start)).filter(audit_log::at.lt(end));
    let first: Option<i64> = in_period.select(diesel::dsl::min(audit_log::chain_seq)).first(conn)?;
    let last: Option<i64> = in_period.select(diesel::dsl::max(audit_log::chain_seq)).first(conn)?;
    let mut digest = Sha256::new();
    let mut rows = 0;
    if let (Some(first), Some(last)) = (first, last) {
        let mut after = first - 1;
        while after < last {
            let page: Vec<Row> = audit_log::table
                .filter(audit_log::chain_seq.gt(after))
                .filter(audit_log::chain_seq.le(last))
                .order(audit_log::chain_seq.asc())
                .limit(PAGE)
                .select(Row::as_select())
                .load(conn)?;
            let Some(end) = page.last().and_then(|r| r.chain_seq) else { break };
            for row in &page {
                let mut line = serde_json::to_vec(&line(row)).map_err(|e| ExportError::Io(e.into()))?;
                line.push(b'\n');
                digest.update(&line);
                out.write_all(&line)?;
                rows += 1;
            }
            after = end;
        }
    }
    out.flush()?;
    Ok(Written { rows, sha256: digest.finalize().to_vec(), span: first.zip(last) })
}

fn line(row: &Row) -> serde_json::Value {
    serde_json::json!({
        "seq": row.chain_seq,
        "id": row.id,
        "at": row.at.format("%Y-%m-%dT%H:%M:%S%.f").to_string(),
        "event": row.event,
        "actor": row.actor_account_id,
        "subject": row.subject,
        "ip": row.ip,
        "detail": row.detail,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
}

impl From<diesel::result::Error> for ExportError {
    fn from(e: diesel::result::Error) -> Self {
        ExportError::Db(e.into())
    }
}
