//! What the applicant is told about their dossier: an in-app notice on their pages and, when they
//! have an address, a mail through the outbox (`services::notify`).

use crate::db::schema::dossiers;
use crate::db::{DbConn, DbError};
use crate::services::notify;
use app::i18n::{Lang, mail, status_label, t};
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
    // Once the outcome is known, the mail also asks how satisfied they are (the link opens the
    // rating page, which asks for the check value unless they are signed in).
    let code: Option<String> = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn)?;
    let rate =
        code.filter(|_| shared::rating::may_rate(status)).and_then(|c| base.join(&format!("/danh-gia/{c}")).ok());
    let news = |lang: Lang| {
        let note = note.map(|n| format!("{}\n{n}", t::NEWS_NOTE.get(lang)));
        let rate = rate.as_ref().map(|link| format!("{}: {link}", t::RATING_LINK.get(lang)));
        let detail = [note, rate].into_iter().flatten().collect::<Vec<_>>().join("\n\n");
        (status_label(status, lang).to_owned(), Some(detail).filter(|d| !d.is_empty()))
    };
    notify_applicant(conn, id, news, base, now)
}

/// Tells the applicant about their dossier. A filer with an account gets an in-app notice
/// ("Hồ sơ CODE: headline") and, if they have an address, a mail with the detail and the link to
/// the dossier; a walk-in or postal applicant without an account gets the mail at the address
/// they gave at the counter, pointing to the public lookup. `news` gives the headline and the
/// detail in a language (`app::i18n::mail`: a mail carries both).
pub(crate) fn notify_applicant(
    conn: &mut DbConn,
    id: i64,
    news: impl Fn(Lang) -> (String, Option<String>),
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    use crate::db::schema::{accounts, notices};
    let (code, account_email, filer, given_email): (Option<String>, Option<String>, Option<i64>, Option<String>) =
        dossiers::table
            .left_join(accounts::table.on(accounts::id.nullable().eq(dossiers::filer_account_id)))
            .filter(dossiers::id.eq(id))
            .select((dossiers::code, accounts::email.nullable(), dossiers::filer_account_id, dossiers::owner_email))
            .first(conn)?;
    let Some(code) = code else { return Ok(()) };
    let (email, path) = match filer {
        Some(filer) => {
            // The in-app notice, shown on the person's pages until read, in their interface's language.
            let line = |lang: Lang| {
                let headline = news(lang).0;
                mail::fill(mail::DOSSIER_NEWS.subject.get(lang), &[("code", &code), ("headline", &headline)])
            };
            diesel::insert_into(notices::table)
                .values((
                    notices::account_id.eq(filer),
                    notices::dossier_id.eq(id),
                    notices::message.eq(line(Lang::Vi)),
                    notices::message_en.eq(line(Lang::En)),
                    notices::created_at.eq(now),
                ))
                .execute(conn)?;
            (account_email, format!("/ho-so/{id}"))
        }
        None => (given_email, format!("/tra-cuu?ma={code}")),
    };
    let Some(email) = email else { return Ok(()) };
    let link = base.join(&path).map(|u| u.to_string()).unwrap_or_default();
    let (subject, body) = mail::compose_in(&mail::DOSSIER_NEWS, |lang| {
        let (headline, detail) = news(lang);
        let detail = detail.map(|d| format!("\n\n{d}")).unwrap_or_default();
        vec![("code", code.clone()), ("headline", headline), ("detail", detail), ("link", link.clone())]
    });
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
