//! The e-receipt (biên lai điện tử) of a paid fee, for the applicant and the officers who see
//! the dossier: what was paid, for which dossier, through which gateway transaction.

use crate::db::schema::payments;
use crate::db::{DbConn, DbError};
use crate::services::records::pdf::{Line, Sheet};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::payment::PaymentState;

pub fn receipt(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    let home = shared::access::DossierScope { at_agency: found.scope.agency, ..found.scope };
    let may = decide(actor, Action::ViewDossier(found.scope)).is_ok()
        || decide(actor, Action::ReceiveDossier(home)).is_ok()
        || decide(actor, Action::DecideDossier(home)).is_ok();
    if !may {
        return Ok(None);
    }
    #[allow(clippy::type_complexity)]
    let paid: Option<(String, i64, Option<String>, Option<String>, Option<String>, NaiveDateTime, i64)> =
        payments::table
            .filter(payments::dossier_id.eq(id))
            .filter(payments::state.eq(PaymentState::Paid.code()))
            .order(payments::id.desc())
            .select((
                payments::txn_ref,
                payments::amount,
                payments::gateway_txn_no,
                payments::bank_code,
                payments::pay_date,
                payments::updated_at,
                payments::refunded_amount,
            ))
            .first(conn)
            .optional()?;
    let Some((txn_ref, amount, txn_no, bank, pay_date, confirmed, refunded)) = paid else { return Ok(None) };
    let h = crate::services::dossier::header::header(conn, id)?;
    let (code, procedure, agency, owner, id_number) = (h.code, h.procedure, h.agency, h.owner, h.owner_id_number);
    let code = code.unwrap_or_default();
    let money = |v: i64| shared::money::Vnd(v).display();
    let paid_at = pay_date
        // The gateway's stamp is a time in Vietnam.
        .and_then(|d| chrono::NaiveDateTime::parse_from_str(&d, "%Y%m%d%H%M%S").ok())
        .map(shared::time::utc)
        .map_or_else(|| shared::time::minute_in_words(confirmed), shared::time::minute_in_words);
    let mut lines = crate::services::records::heading(&agency, "");
    lines.extend([
        Line::new(text::FEE_TITLE, true, 14.0),
        Line::new(fill(text::FEE_NUMBER, &[("number", &txn_ref)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::FEE_PAYER, &[("owner", &owner)]), false, 11.0),
    ]);
    if let Some(n) = id_number {
        lines.push(Line::new(fill(text::ID_NUMBER, &[("number", &n)]), false, 11.0));
    }
    lines.extend([
        Line::new(fill(text::FEE_DOSSIER, &[("code", &code), ("procedure", &procedure)]), false, 11.0),
        Line::new(text::FEE_HEAD, true, 10.0),
        Line::new(fill(text::FEE_ROW, &[("amount", &money(amount))]), false, 10.0),
        Line::new(fill(text::FEE_TOTAL, &[("amount", &money(amount))]), true, 10.0),
        Line::new(text::FEE_CHANNEL, false, 11.0),
        Line::new(fill(text::FEE_GATEWAY_TXN, &[("number", &txn_no.unwrap_or_default())]), false, 11.0),
        Line::new(fill(text::FEE_BANK, &[("bank", &bank.unwrap_or_default())]), false, 11.0),
        Line::new(fill(text::FEE_PAID_AT, &[("at", &paid_at)]), false, 11.0),
    ]);
    if refunded > 0 {
        lines.push(Line::new(fill(text::FEE_REFUNDED, &[("amount", &money(refunded))]), true, 11.0));
    }
    let lookup = base.join(&format!("/tra-cuu?ma={code}")).map(|u| u.to_string()).unwrap_or_default();
    let sheet = Sheet { title: text::FEE_SHEET, landscape: false };
    Ok(Some(crate::services::records::pdf_bytes(sheet, &lines, Some(&lookup))?))
}
