//! The e-receipt (biên lai điện tử) of a paid fee, for the applicant and the officers who see
//! the dossier. It carries what an electronic receipt of a fee must: the collecting agency, the
//! template and series symbols of its receipt book (`receipt_books`) and the receipt's number, the
//! payer, each fee by its own name, the total in figures and in words, how and when it was paid.

use super::layout::{self, heading, signatures, title};
use super::pdf::{Line, Sheet};
use crate::db::schema::{agencies, dossiers, payments, receipt_books};
use crate::db::{DbConn, DbError};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::money::Vnd;
use shared::payment::PaymentState;

/// The paid payment a receipt is for.
struct Paid {
    id: i64,
    reference: String,
    amount: i64,
    gateway_txn: Option<String>,
    bank: Option<String>,
    pay_date: Option<String>,
    confirmed: NaiveDateTime,
    refunded: i64,
}

pub fn receipt(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    let home = shared::access::DossierScope { at_agency: found.scope.agency, ..found.scope };
    let may = decide(actor, Action::ViewDossier(found.scope)).is_ok()
        || decide(actor, Action::ReceiveDossier(home)).is_ok()
        || decide(actor, Action::DecideDossier(home)).is_ok();
    if !may {
        return Ok(None);
    }
    let Some(paid) = paid(conn, id)? else { return Ok(None) };
    let h = crate::services::dossier::header::header(conn, id)?;
    let code = h.code.clone().unwrap_or_default();
    let (agency, address): (i64, Option<String>) = dossiers::table
        .inner_join(agencies::table)
        .filter(dossiers::id.eq(id))
        .select((agencies::id, agencies::address))
        .first(conn)?;
    let paid_at = paid
        .pay_date
        .as_deref()
        // The gateway's stamp is a time in Vietnam.
        .and_then(|d| chrono::NaiveDateTime::parse_from_str(d, "%Y%m%d%H%M%S").ok())
        .map(shared::time::utc)
        .unwrap_or(paid.confirmed);

    let mut lines = heading(&layout::issuer_of_agency(conn, agency)?, "", paid_at);
    lines.extend([title(text::FEE_TITLE), Line::center(text::FEE_KIND, false, 10.0)]);
    lines.extend(book_lines(conn, agency, &paid, paid_at)?);
    lines.push(Line::new("", false, 6.0));
    lines.push(Line::new(fill(text::FEE_COLLECTOR, &[("agency", &h.agency)]), false, 11.0));
    if let Some(address) = address {
        lines.push(Line::new(fill(text::FEE_COLLECTOR_ADDRESS, &[("address", &address)]), false, 11.0));
    }
    lines.push(Line::new(fill(text::FEE_PAYER, &[("owner", &h.owner)]), false, 11.0));
    if let Some(n) = &h.owner_id_number {
        lines.push(Line::new(fill(text::ID_NUMBER, &[("number", n)]), false, 11.0));
    }
    lines.push(Line::new(fill(text::FEE_DOSSIER, &[("code", &code), ("procedure", &h.procedure)]), false, 11.0));
    lines.extend(fee_table(conn, id, paid.amount)?);
    lines.push(Line::new(fill(text::FEE_IN_WORDS, &[("words", &Vnd(paid.amount).in_words())]), true, 11.0));
    let reference = paid.reference.as_str();
    let txn = paid.gateway_txn.as_deref().unwrap_or_default();
    lines.extend([
        Line::new(text::FEE_CHANNEL, false, 11.0),
        Line::new(fill(text::FEE_GATEWAY_TXN, &[("number", txn), ("reference", reference)]), false, 11.0),
        Line::new(fill(text::FEE_BANK, &[("bank", paid.bank.as_deref().unwrap_or_default())]), false, 11.0),
        Line::new(fill(text::FEE_PAID_AT, &[("at", &shared::time::minute_in_words(paid_at))]), false, 11.0),
    ]);
    if paid.refunded > 0 {
        lines.push(Line::new(fill(text::FEE_REFUNDED, &[("amount", &Vnd(paid.refunded).display())]), true, 11.0));
    }
    lines.extend(signatures(Some((text::SIGNER_PAYER, &h.owner)), (text::SIGNER_COLLECTOR, &h.agency)));
    let lookup = super::lookup_link(base, &code);
    let sheet = Sheet { title: text::FEE_SHEET, landscape: false };
    Ok(Some(super::pdf_bytes(sheet, &lines, Some(&lookup))?))
}

/// Dossier `id`'s latest paid payment.
fn paid(conn: &mut DbConn, id: i64) -> Result<Option<Paid>, DbError> {
    #[allow(clippy::type_complexity)]
    let row: Option<(i64, String, i64, Option<String>, Option<String>, Option<String>, NaiveDateTime, i64)> =
        payments::table
            .filter(payments::dossier_id.eq(id))
            .filter(payments::state.eq(PaymentState::Paid.code()))
            .order(payments::id.desc())
            .select((
                payments::id,
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
    Ok(row.map(|(id, reference, amount, gateway_txn, bank, pay_date, confirmed, refunded)| Paid {
        id,
        reference,
        amount,
        gateway_txn,
        bank,
        pay_date,
        confirmed,
        refunded,
    }))
}

/// The receipt book's symbols (the newest the agency had when it was paid) and the receipt's
/// number: its rank among the agency's paid payments, seven digits.
fn book_lines(conn: &mut DbConn, agency: i64, paid: &Paid, paid_at: NaiveDateTime) -> Result<Vec<Line>, DbError> {
    let book: Option<(String, String)> = receipt_books::table
        .filter(receipt_books::agency_id.eq(agency))
        .filter(receipt_books::created_at.le(paid_at.max(paid.confirmed)))
        .order(receipt_books::id.desc())
        .select((receipt_books::template_symbol, receipt_books::series_symbol))
        .first(conn)
        .optional()?;
    let rank: i64 = payments::table
        .inner_join(dossiers::table)
        .filter(dossiers::agency_id.eq(agency))
        .filter(payments::state.eq(PaymentState::Paid.code()))
        .filter(payments::id.le(paid.id))
        .count()
        .get_result(conn)?;
    let number = Line::center(fill(text::FEE_NUMBER, &[("number", &format!("{rank:07}"))]), true, 11.0);
    Ok(match book {
        Some((template, series)) => vec![
            Line::right(fill(text::FEE_TEMPLATE, &[("symbol", &template)]), false, 10.0),
            Line::right(fill(text::FEE_SERIES, &[("symbol", &series)]), false, 10.0),
            number,
        ],
        None => vec![Line::right(text::FEE_NO_BOOK, false, 10.0), number],
    })
}

/// The fees by their own names (the catalog's items; one line for the total paid).
fn fee_table(conn: &mut DbConn, id: i64, amount: i64) -> Result<Vec<Line>, DbError> {
    const WIDTHS: [f32; 3] = [0.1, 0.62, 0.28];
    let names = crate::services::payments::fee_names(conn, id)?;
    let name = if names.is_empty() { text::FEE_GENERIC.to_owned() } else { names.join("; ") };
    let money = Vnd(amount).display();
    Ok(vec![
        Line::row(&text::FEE_HEAD, &WIDTHS, true, 10.0),
        Line::row(&["1", &name, &money], &WIDTHS, false, 10.0),
        Line::row(&["", text::FEE_TOTAL, &money], &WIDTHS, true, 10.0),
    ])
}
