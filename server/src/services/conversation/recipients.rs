//! Who on the office's side hears of an applicant's message: the officers handling the dossier
//! where it stands now — the specialist who took it; else its unit's heads (who give it to
//! someone); else the counter of the agency where it stands (received, waiting for a hand-over
//! or for its result). Leaders are not mailed: they read the thread when they decide.

use crate::db::schema::{accounts, dossiers, officer_roles, officers};
use crate::db::{DbConn, DbError};
use crate::services::dossier::scope::Scoped;
use crate::services::notify;
use app::i18n::mail;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Role;

/// The addresses of the officers handling dossier `s` now (enabled accounts with an address).
fn handling(conn: &mut DbConn, s: &Scoped) -> Result<Vec<String>, DbError> {
    let d = &s.scope;
    let addresses: Vec<Option<String>> = if let Some(assignee) = d.assignee {
        officers::table
            .inner_join(accounts::table)
            .filter(accounts::disabled_at.is_null())
            .filter(officers::account_id.eq(assignee))
            // Moved to another agency or unit since: no longer theirs to hear of.
            .filter(officers::agency_id.eq(d.at_agency))
            .filter(officers::unit_id.eq(d.unit))
            .select(accounts::email)
            .load(conn)?
    } else {
        let role = if d.unit.is_some() { Role::UnitHead } else { Role::Reception };
        let mut query = officers::table
            .inner_join(accounts::table)
            .inner_join(officer_roles::table)
            .filter(accounts::disabled_at.is_null())
            .filter(officer_roles::role.eq(role.code()))
            .filter(officers::agency_id.eq(d.at_agency))
            .select(accounts::email)
            .distinct()
            .into_boxed();
        if let Some(unit) = d.unit {
            query = query.filter(officers::unit_id.eq(unit));
        }
        query.load(conn)?
    };
    Ok(addresses.into_iter().flatten().collect())
}

/// Mails the officers handling dossier `s` that its applicant wrote, with the link to it.
pub(super) fn tell_officers(conn: &mut DbConn, s: &Scoped, base: &url::Url, now: NaiveDateTime) -> Result<(), DbError> {
    let code: Option<String> = dossiers::table.filter(dossiers::id.eq(s.id)).select(dossiers::code).first(conn)?;
    let code = code.unwrap_or_default();
    let link = base.join(&format!("/ho-so/{}#trao-doi", s.id)).map(|u| u.to_string()).unwrap_or_default();
    let (subject, body) =
        mail::compose_in(&mail::MESSAGE_FOR_OFFICE, |_| vec![("code", code.clone()), ("link", link.clone())]);
    for to in handling(conn, s)? {
        notify::enqueue(conn, now, notify::Mail { to: &to, subject: &subject, body: &body })?;
    }
    Ok(())
}
