//! The daily upkeep: everything kept only for a while is deleted once its time is past, so the
//! database holds no more personal data, spent secrets or counters than it needs. One place, so
//! a new table with a lifetime is pruned by adding one line here.

use super::accounts::{devices, throttle};
use crate::db::schema::{auth_tokens, federated_links, oidc_logins, sessions};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

/// Sessions are kept this long after they ended (the account page lists recent ones).
const KEEP_ENDED_SESSIONS: Duration = Duration::days(30);
/// Spent or expired single-use tokens: kept a little, to tell "used" from "unknown" meanwhile.
const KEEP_SPENT_TOKENS: Duration = Duration::days(7);

/// What one upkeep removed, per kind.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub finished_jobs: usize,
    pub unverified_payment_messages: usize,
    pub sessions: usize,
    pub tokens: usize,
    pub throttle_rows: usize,
    pub rate_windows: usize,
    pub devices: usize,
    pub sign_ins_in_flight: usize,
    pub mail: usize,
}

/// Deletes what is past its keeping time; sent mail after `keep_mail`.
pub fn prune(conn: &mut DbConn, now: NaiveDateTime, keep_mail: Duration) -> Result<Pruned, DbError> {
    let ended = now - KEEP_ENDED_SESSIONS;
    let spent = now - KEEP_SPENT_TOKENS;
    let pruned = Pruned {
        finished_jobs: super::jobs::prune(conn, now)?,
        unverified_payment_messages: super::payments::prune_unverified(conn, now)?,
        sessions: diesel::delete(
            sessions::table.filter(sessions::expires_at.lt(ended).or(sessions::revoked_at.lt(ended))),
        )
        .execute(conn)?,
        tokens: diesel::delete(
            auth_tokens::table.filter(auth_tokens::expires_at.lt(spent).or(auth_tokens::used_at.lt(spent))),
        )
        .execute(conn)?,
        throttle_rows: throttle::prune(conn, now)?,
        rate_windows: super::rate_limit::prune(conn, now)?,
        devices: devices::prune(conn, now)?,
        sign_ins_in_flight: diesel::delete(oidc_logins::table.filter(oidc_logins::expires_at.lt(now))).execute(conn)?
            + diesel::delete(federated_links::table.filter(federated_links::expires_at.lt(now))).execute(conn)?,
        mail: super::notify::prune(conn, now, keep_mail)?,
    };
    tracing::info!(?pruned, "daily upkeep");
    Ok(pruned)
}
