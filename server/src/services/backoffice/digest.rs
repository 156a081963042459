//! The officers' daily digest: each reception officer and leader gets one mail a day listing
//! their agency's open dossiers that are due within a day or overdue.

use crate::db::schema::{accounts, dossiers, officer_roles, officers, procedures};
use crate::db::{DbConn, DbError};
use crate::services::notify;
use app::i18n::{Lang, mail, t};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::Role;
use shared::dossier::Status;

/// Enqueues the digest mails; returns how many.
pub fn send_due_digest(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    let open: Vec<&str> =
        Status::ALL.into_iter().filter(|s| !s.is_final() && *s != Status::Draft).map(Status::code).collect();
    let due: Vec<(i64, Option<String>, String, Option<NaiveDateTime>)> = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::status.eq_any(&open))
        .filter(dossiers::due_at.le(now + Duration::hours(24)))
        .order(dossiers::due_at)
        .select((dossiers::agency_id, dossiers::code, procedures::name, dossiers::due_at))
        .load(conn)?;
    if due.is_empty() {
        return Ok(0);
    }
    let roles = [Role::Reception.code(), Role::Leader.code()];
    let recipients: Vec<(i64, Option<String>)> = officers::table
        .inner_join(accounts::table)
        .inner_join(officer_roles::table)
        .filter(officer_roles::role.eq_any(roles))
        .filter(accounts::disabled_at.is_null())
        .select((officers::agency_id, accounts::email))
        .distinct()
        .load(conn)?;
    let mut sent = 0;
    for (agency, email) in recipients {
        let Some(email) = email else { continue };
        let mine: Vec<_> = due.iter().filter(|d| d.0 == agency).collect();
        if mine.is_empty() {
            continue;
        }
        let lines = |lang: Lang| {
            let line = |(_, code, procedure, at): &&(i64, Option<String>, String, Option<NaiveDateTime>)| {
                let when = at.map(shared::time::minute).unwrap_or_default();
                let late = if at.is_some_and(|t| t < now) { t::DIGEST_OVERDUE } else { t::DIGEST_DUE_SOON };
                let (code, due_at, late) =
                    (code.clone().unwrap_or_default(), t::DIGEST_DUE_AT.get(lang), late.get(lang));
                format!("- {code} — {procedure} — {due_at} {when} ({late})")
            };
            mine.iter().map(line).collect::<Vec<_>>().join("\n")
        };
        let count = mine.len().to_string();
        let (subject, body) =
            mail::compose_in(&mail::DUE_DIGEST, |lang| vec![("count", count.clone()), ("lines", lines(lang))]);
        notify::enqueue(conn, now, notify::Mail { to: &email, subject: &subject, body: &body })?;
        sent += 1;
    }
    Ok(sent)
}
