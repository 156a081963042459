//! The officers' daily digest: each reception officer and leader gets one mail a day listing
//! their agency's open dossiers that are due within a day or overdue.

use crate::db::schema::{accounts, dossiers, officer_roles, officers, procedures};
use crate::db::{DbConn, DbError};
use crate::services::notify;
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
        let lines: Vec<String> = due
            .iter()
            .filter(|d| d.0 == agency)
            .map(|(_, code, procedure, at)| {
                let when = at.map(shared::time::minute).unwrap_or_default();
                let late = if at.is_some_and(|t| t < now) { "QUÁ HẠN" } else { "sắp đến hạn" };
                format!("- {} — {procedure} — hẹn {when} ({late})", code.clone().unwrap_or_default())
            })
            .collect();
        if lines.is_empty() {
            continue;
        }
        let subject = format!("{} hồ sơ sắp đến hạn hoặc quá hạn", lines.len());
        let body = format!(
            "Các hồ sơ của cơ quan cần chú ý hôm nay:\n\n{}\n\nApplications of your agency due within a day or overdue.",
            lines.join("\n")
        );
        notify::enqueue(conn, now, notify::Mail { to: &email, subject: &subject, body: &body })?;
        sent += 1;
    }
    Ok(sent)
}
