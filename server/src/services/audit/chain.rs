//! The audit log's hash chain: rows are linked after they commit, then checked end to end.
//!
//! Writers insert audit rows inside their own transactions, as before: taking a shared chain head
//! there would serialise every audited request and, on PostgreSQL, invite deadlocks (a dossier row
//! locked before the head in one transaction, after it in another). So a *sealer* links rows
//! afterwards, under the head's lock alone: each unsealed row, in id order, gets the next
//! `chain_seq`, the head's hash as `prev_hash`, and `hash` = SHA-256 over that and the row. A row
//! that commits late with a smaller id is sealed later; the chain's order is `chain_seq`. Rows wait
//! unsealed at most one sealer period (the worker seals every [`PERIOD`]; `verify` seals first).

use crate::db::schema::{audit_chain_head, audit_log};
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use std::time::Duration;

/// The `prev_hash` of the first link.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How often the worker seals new rows.
pub const PERIOD: Duration = Duration::from_secs(30);

/// Rows sealed, or checked, per transaction: bounds the time the head is held and the memory.
const BATCH: i64 = 500;

/// One audit row as the chain covers it.
#[derive(Queryable, Selectable, Clone, Debug)]
#[diesel(table_name = audit_log)]
pub struct Row {
    pub id: i64,
    pub at: NaiveDateTime,
    pub event: String,
    pub actor_account_id: Option<i64>,
    pub subject: Option<String>,
    pub ip: Option<String>,
    pub detail: Option<String>,
    pub chain_seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
}

impl Row {
    /// The row's content in one fixed form: a JSON array, so no field can bleed into the next.
    fn canonical(&self, seq: i64) -> String {
        serde_json::json!([
            seq,
            self.id,
            self.at.format("%Y-%m-%dT%H:%M:%S%.f").to_string(),
            self.event,
            self.actor_account_id,
            self.subject,
            self.ip,
            self.detail,
        ])
        .to_string()
    }

    /// This row's link when it follows `prev` at place `seq`.
    pub fn link(&self, prev: &str, seq: i64) -> String {
        let mut digest = Sha256::new();
        digest.update(prev.as_bytes());
        digest.update(b"\n");
        digest.update(self.canonical(seq).as_bytes());
        hex::encode(digest.finalize())
    }
}

/// Links every row not yet sealed; the number linked.
pub fn seal(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    let mut total = 0;
    loop {
        let sealed = crate::db::transaction(conn, |conn| seal_batch(conn, now))?;
        total += sealed;
        if sealed < BATCH as usize {
            return Ok(total);
        }
    }
}

fn seal_batch(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    let (mut seq, mut prev) = lock_head(conn)?;
    let rows: Vec<Row> = audit_log::table
        .filter(audit_log::chain_seq.is_null())
        .order(audit_log::id.asc())
        .limit(BATCH)
        .select(Row::as_select())
        .load(conn)?;
    if rows.is_empty() {
        return Ok(0);
    }
    for row in &rows {
        seq += 1;
        let hash = row.link(&prev, seq);
        diesel::update(audit_log::table.filter(audit_log::id.eq(row.id)))
            .set((audit_log::chain_seq.eq(seq), audit_log::prev_hash.eq(&prev), audit_log::hash.eq(&hash)))
            .execute(conn)?;
        prev = hash;
    }
    diesel::update(audit_chain_head::table.filter(audit_chain_head::id.eq(1)))
        .set((audit_chain_head::seq.eq(seq), audit_chain_head::hash.eq(&prev), audit_chain_head::sealed_at.eq(now)))
        .execute(conn)?;
    Ok(rows.len())
}

/// The head, held until the transaction ends (on SQLite the transaction's write lock holds it).
fn lock_head(conn: &mut DbConn) -> Result<(i64, String), DbError> {
    let head = audit_chain_head::table
        .filter(audit_chain_head::id.eq(1))
        .select((audit_chain_head::seq, audit_chain_head::hash));
    Ok(match conn {
        DbConn::Pg(pg) => head.for_update().first(pg)?,
        DbConn::Sqlite(_) => head.first(conn)?,
    })
}

/// What is wrong at the first broken link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Break {
    /// The row's content no longer gives its hash: it was changed.
    Changed,
    /// The row does not point at the hash of the one before it: a row was changed or re-linked.
    Relinked,
    /// No row holds this place in the chain: it was removed.
    Missing,
    /// The chain ends before, or after, where the head says it does: rows cut off the end, or
    /// the head moved by hand.
    Head,
}

impl Break {
    /// For the operator, in the words of the command line.
    pub fn explain(&self) -> &'static str {
        match self {
            Break::Changed => "the row's content no longer matches its hash: it was changed",
            Break::Relinked => "the row does not point at the link before it: a row was changed or re-linked",
            Break::Missing => "no row holds this link: a row was removed",
            Break::Head => "the chain does not end where its head says: rows were cut off, or the head was moved",
        }
    }
}

/// What [`verify`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every sealed row links to the one before it and the head is the last link.
    Intact { sealed: i64, unsealed: i64, head: String },
    /// The first broken link: its place in the chain, the audit row's id (if there is one there).
    Broken { seq: i64, id: Option<i64>, reason: Break },
}

/// Walks the chain from its start, a batch at a time, and names the first broken link.
pub fn verify(conn: &mut DbConn) -> Result<Verdict, DbError> {
    let (head_seq, head_hash): (i64, String) =
        audit_chain_head::table.select((audit_chain_head::seq, audit_chain_head::hash)).first(conn)?;
    let mut seq = 0_i64;
    let mut prev = GENESIS.to_owned();
    loop {
        let rows: Vec<Row> = audit_log::table
            .filter(audit_log::chain_seq.gt(seq))
            .order(audit_log::chain_seq.asc())
            .limit(BATCH)
            .select(Row::as_select())
            .load(conn)?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let place = row.chain_seq.unwrap_or_default();
            if place != seq + 1 {
                return Ok(Verdict::Broken { seq: seq + 1, id: None, reason: Break::Missing });
            }
            if row.prev_hash.as_deref() != Some(prev.as_str()) {
                return Ok(Verdict::Broken { seq: place, id: Some(row.id), reason: Break::Relinked });
            }
            let hash = row.link(&prev, place);
            if row.hash.as_deref() != Some(hash.as_str()) {
                return Ok(Verdict::Broken { seq: place, id: Some(row.id), reason: Break::Changed });
            }
            seq = place;
            prev = hash;
        }
    }
    if seq != head_seq || prev != head_hash {
        return Ok(Verdict::Broken { seq: seq.max(head_seq), id: None, reason: Break::Head });
    }
    let unsealed = audit_log::table.filter(audit_log::chain_seq.is_null()).count().get_result(conn)?;
    Ok(Verdict::Intact { sealed: seq, unsealed, head: prev })
}

/// The worker's sealer: links new rows every [`PERIOD`], for as long as the process runs.
pub async fn run_sealer(db: crate::db::Db) {
    let mut tick = tokio::time::interval(PERIOD);
    loop {
        tick.tick().await;
        match db.run(|conn| seal(conn, shared::time::now())).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(rows = n, "audit rows sealed"),
            Err(e) => tracing::warn!(error = %e, "sealing the audit log failed; will retry"),
        }
    }
}
