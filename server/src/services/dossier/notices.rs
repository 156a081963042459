//! What the applicant is told about their dossier: an in-app notice on their pages and, when they
//! have an address, a mail through the outbox (`services::notify`).

use crate::db::schema::dossiers;
use crate::db::{DbConn, DbError};
use crate::services::notify;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::dossier::Status;

/// Tells the filer their dossier's status changed, with the officer's note if any.
pub(crate) fn tell_applicant(
    conn: &mut DbConn,
    id: i64,
    status: Status,
    note: Option<&str>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let label = app::i18n::status_label(status, app::i18n::Lang::Vi);
    let detail = note.map(|n| format!("Nội dung:\n{n}"));
    notify_applicant(conn, id, label, detail.as_deref(), base, now)
}

/// Tells the filer about their dossier: an in-app notice ("Hồ sơ CODE: headline") and, if they
/// have an address, a mail with the detail and the link to the dossier.
pub(crate) fn notify_applicant(
    conn: &mut DbConn,
    id: i64,
    headline: &str,
    detail: Option<&str>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    use crate::db::schema::{accounts, notices};
    let (code, email, filer): (Option<String>, Option<String>, i64) = dossiers::table
        .inner_join(accounts::table.on(accounts::id.eq(dossiers::filer_account_id)))
        .filter(dossiers::id.eq(id))
        .select((dossiers::code, accounts::email, dossiers::filer_account_id))
        .first(conn)?;
    let Some(code) = code else { return Ok(()) };
    // The in-app notice, shown on the person's pages until read.
    diesel::insert_into(notices::table)
        .values((
            notices::account_id.eq(filer),
            notices::dossier_id.eq(id),
            notices::message.eq(format!("Hồ sơ {code}: {headline}")),
            notices::created_at.eq(now),
        ))
        .execute(conn)?;
    let Some(email) = email else { return Ok(()) };
    let link = base.join(&format!("/ho-so/{id}")).map(|u| u.to_string()).unwrap_or_default();
    let detail = detail.map(|d| format!("\n\n{d}")).unwrap_or_default();
    let body = format!(
        "Hồ sơ {code}: {headline}.{detail}\n\nXem hồ sơ tại:\n{link}\n\nYour application {code} has news: see the link above."
    );
    let subject = format!("Hồ sơ {code}: {headline}");
    notify::enqueue(conn, now, notify::Mail { to: &email, subject: &subject, body: &body })
}

/// The office's apology for a late dossier, once a leader approved it: the letter the applicant
/// receives with the new appointment.
pub(crate) struct Apology {
    pub reason: String,
    pub old_due: NaiveDateTime,
    pub new_due: NaiveDateTime,
    pub approved_by: Option<i64>,
    pub approved_at: NaiveDateTime,
}

/// The dossier's approved apology, if any (a draft awaiting a leader is not one yet).
pub(crate) fn approved_apology(conn: &mut DbConn, id: i64) -> Result<Option<Apology>, DbError> {
    use crate::db::schema::dossier_apologies;
    #[allow(clippy::type_complexity)]
    let row: Option<(String, NaiveDateTime, NaiveDateTime, Option<i64>, Option<NaiveDateTime>)> =
        dossier_apologies::table
            .filter(dossier_apologies::dossier_id.eq(id))
            .select((
                dossier_apologies::reason,
                dossier_apologies::old_due_at,
                dossier_apologies::new_due_at,
                dossier_apologies::approved_by,
                dossier_apologies::approved_at,
            ))
            .first(conn)
            .optional()?;
    Ok(row.and_then(|(reason, old_due, new_due, approved_by, approved_at)| {
        Some(Apology { reason, old_due, new_due, approved_by, approved_at: approved_at? })
    }))
}
