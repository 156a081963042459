//! Mẫu 01, the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), issued when
//! the counter accepts a dossier: who filed what, the documents taken in, the statutory time limit,
//! when it was received and when the result is due (as issued: a reprint never shows where an
//! extension moved it), where the result goes, the fee, its line in the register (volume and
//! number), and the applicant's and the receiving officer's signatures.

use super::layout::{self, heading, signatures, title};
use super::pdf::{self, Line};
use super::{lookup_link, pdf_bytes};
use crate::db::schema::{accounts, dossier_documents, dossier_events, dossiers, procedure_forms};
use crate::db::{DbConn, DbError};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::{Datelike, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::{Channel, Status};
use shared::eform::{FormSchema, FormValues, Prefill};
use shared::time::formal;

/// The receipt of dossier `id` for `actor` (the applicant or an officer who may see it);
/// `None` if there is none for them (not received yet, or not theirs).
pub fn receipt(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some((lines, qr)) = receipt_lines(conn, actor, id, base)? else { return Ok(None) };
    let sheet = pdf::Sheet { title: text::RECEIPT_SHEET, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&qr))?))
}

/// The receipts of those of `ids` that have one for `actor`, in that order, in one file to print
/// at once, the ones without named on its last page (`None` when none has one).
pub fn receipts(conn: &mut DbConn, actor: &Actor, ids: &[i64], base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let (mut printed, mut missing) = (Vec::new(), Vec::new());
    for &id in ids {
        match receipt_lines(conn, actor, id, base)? {
            Some(document) => printed.push(document),
            None => missing.push(id),
        }
    }
    if printed.is_empty() {
        return Ok(None);
    }
    let mut documents: Vec<(&[Line], Option<&str>)> =
        printed.iter().map(|(lines, qr)| (lines.as_slice(), Some(qr.as_str()))).collect();
    // What was ticked and not printed is said on a last page (by code when the officer sees it).
    let mut left = vec![Line::new(text::RECEIPTS_MISSING, true, 11.0)];
    for &id in &missing {
        left.push(Line::new(
            format!("- {}", visible_code(conn, actor, id)?.unwrap_or_else(|| format!("#{id}"))),
            false,
            11.0,
        ));
    }
    if !missing.is_empty() {
        documents.push((left.as_slice(), None));
    }
    let sheet = pdf::Sheet { title: text::RECEIPT_SHEET, landscape: false };
    let bytes = pdf::render_documents(sheet, &documents)
        .map_err(|e| crate::db::decode(format!("{} PDF: {e:#}", sheet.title)))?;
    Ok(Some(bytes))
}

/// Dossier `id`'s code, if it has one and `actor` sees it.
fn visible_code(conn: &mut DbConn, actor: &Actor, id: i64) -> Result<Option<String>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    if decide(actor, Action::ViewDossier(found.scope)).is_err() {
        return Ok(None);
    }
    Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first::<Option<String>>(conn)?)
}

/// What the receipt says beyond the header every paper shares.
struct Particulars {
    email: Option<String>,
    channel: Channel,
    return_channel: Channel,
    fee: i64,
    paid: bool,
    exemption: Option<String>,
    address: Option<String>,
    /// The receipt as issued: the appointment then, and the register's volume and number.
    issued_due: Option<NaiveDateTime>,
    register: (i32, i64),
}

fn particulars(conn: &mut DbConn, id: i64, received: NaiveDateTime) -> Result<Particulars, DbError> {
    #[allow(clippy::type_complexity)]
    let (email, channel, return_channel, fee, paid, exemption, issued_due, agency, form_data, schema): (
        Option<String>,
        i32,
        i32,
        i64,
        Option<NaiveDateTime>,
        Option<String>,
        Option<NaiveDateTime>,
        i64,
        String,
        String,
    ) = dossiers::table
        .inner_join(procedure_forms::table)
        .filter(dossiers::id.eq(id))
        .select((
            dossiers::owner_email,
            dossiers::channel,
            dossiers::return_channel,
            dossiers::fee_amount,
            dossiers::paid_at,
            dossiers::fee_exemption,
            dossiers::issued_due_at,
            dossiers::agency_id,
            dossiers::form_data,
            procedure_forms::schema_json,
        ))
        .first(conn)?;
    Ok(Particulars {
        email,
        channel: Channel::from_code(channel),
        return_channel: Channel::from_code(return_channel),
        fee,
        paid: paid.is_some(),
        exemption,
        address: address_of(&schema, &form_data),
        issued_due,
        register: register_line(conn, agency, id, received)?,
    })
}

/// The applicant's address: the answer to the form's field marked as it (`Prefill::Address`).
fn address_of(schema: &str, form_data: &str) -> Option<String> {
    let schema: FormSchema = serde_json::from_str(schema).ok()?;
    let values: FormValues = serde_json::from_str(form_data).ok()?;
    let field = schema.fields().find(|f| f.prefill == Some(Prefill::Address))?;
    Some(values.get(&field.key).to_owned()).filter(|a| !a.is_empty())
}

/// The dossier's line in its agency's register (Mẫu 07): the volume is the year of reception
/// (in Vietnam), the number its rank among the agency's dossiers received that year.
fn register_line(conn: &mut DbConn, agency: i64, id: i64, received: NaiveDateTime) -> Result<(i32, i64), DbError> {
    let year = shared::time::day_of(received).year();
    let from = shared::time::start_of(chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default());
    let before: i64 = dossiers::table
        .filter(dossiers::agency_id.eq(agency))
        .filter(dossiers::received_at.ge(from))
        .filter(dossiers::received_at.lt(received).or(dossiers::received_at.eq(received).and(dossiers::id.le(id))))
        .count()
        .get_result(conn)?;
    Ok((year, before))
}

/// The lines of dossier `id`'s receipt and its QR code's link, for `actor`.
fn receipt_lines(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    base: &url::Url,
) -> Result<Option<(Vec<Line>, String)>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    if decide(actor, Action::ViewDossier(found.scope)).is_err() {
        return Ok(None);
    }
    let h = crate::services::dossier::header::header(conn, id)?;
    let (Some(code), Some(received)) = (h.code.clone(), h.received_at) else { return Ok(None) };
    let p = particulars(conn, id, received)?;
    let due = p.issued_due.or(h.due_at);
    let issuer = layout::issuer_of_dossier(conn, id)?;

    let mut lines = heading(&issuer, text::COUNTER, received);
    lines.extend([
        title(text::RECEIPT_TITLE),
        Line::center(fill(text::CODE, &[("code", &code)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::RECEIPT_FROM, &[("agency", &h.agency), ("owner", &h.owner)]), false, 11.0),
    ]);
    let optional = [
        (text::ID_NUMBER, "number", h.owner_id_number.as_deref()),
        (text::ADDRESS, "address", p.address.as_deref()),
        (text::PHONE, "phone", h.owner_phone.as_deref()),
        (text::EMAIL, "email", p.email.as_deref()),
    ];
    for (words, hole, value) in optional {
        if let Some(value) = value {
            lines.push(Line::new(fill(words, &[(hole, value)]), false, 11.0));
        }
    }
    lines.push(Line::new(fill(text::RECEIPT_REQUEST, &[("procedure", &h.procedure)]), false, 11.0));
    lines.extend(documents(conn, id, h.procedure_id, p.channel)?);
    lines.push(Line::new(
        if p.channel == Channel::Online { text::RECEIPT_SETS } else { text::RECEIPT_SETS_PAPER },
        false,
        11.0,
    ));
    if let Some(limit) = crate::services::dossier::case::online_offer(conn, id)?.map(|o| o.limit) {
        let limit = app::i18n::time_limit_label(limit, None, app::i18n::Lang::Vi);
        lines.push(Line::new(fill(text::RECEIPT_LIMIT, &[("limit", &limit)]), false, 11.0));
    }
    lines.push(Line::new(fill(text::RECEIPT_RECEIVED_AT, &[("at", &formal(received))]), false, 11.0));
    if let Some(due) = due {
        lines.push(Line::new(fill(text::RECEIPT_DUE, &[("at", &formal(due))]), true, 11.0));
    }
    lines.push(Line::new(fill(text::RECEIPT_WHERE, &[("where", where_returned(p.return_channel))]), false, 11.0));
    lines.push(Line::new(fee_line(&p), false, 11.0));
    let (volume, number) = (p.register.0.to_string(), p.register.1.to_string());
    lines.push(Line::new(fill(text::RECEIPT_REGISTER, &[("volume", &volume), ("number", &number)]), false, 11.0));
    lines.push(Line::new(text::RECEIPT_LOOKUP, false, 9.0));
    let receiver = receiver(conn, id)?;
    lines.extend(signatures(Some((text::SIGNER_APPLICANT, &h.owner)), (text::SIGNER_RECEIVER, &receiver)));
    Ok(Some((lines, lookup_link(base, &code))))
}

/// "1. Thành phần hồ sơ": the form and each document given, numbered, original or copy.
fn documents(conn: &mut DbConn, id: i64, procedure_id: i64, channel: Channel) -> Result<Vec<Line>, DbError> {
    let case = crate::services::dossier::case::case_of(conn, id)?;
    let requirements = crate::services::dossier::case::requirements(conn, procedure_id, case.as_deref())?;
    let given: Vec<i32> = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select(dossier_documents::requirement)
        .load(conn)?;
    const WIDTHS: [f32; 4] = [0.08, 0.52, 0.18, 0.22];
    let mut lines = vec![
        Line::new(text::RECEIPT_DOCUMENTS, true, 11.0),
        Line::row(&text::RECEIPT_DOCUMENTS_HEAD, &WIDTHS, true, 10.0),
    ];
    let form = if channel == Channel::Online { text::RECEIPT_FORM_ONLINE } else { text::RECEIPT_FORM_PAPER };
    lines.push(Line::row(&["1", text::RECEIPT_FORM, form, "01"], &WIDTHS, false, 10.0));
    let mut n = 1;
    for r in requirements {
        let files = given.iter().filter(|g| **g == r.ordinal).count();
        if files == 0 {
            continue;
        }
        n += 1;
        let kind = if r.originals > 0 {
            text::RECEIPT_ORIGINAL
        } else if r.copies > 0 {
            text::RECEIPT_COPY
        } else {
            text::RECEIPT_PLAIN
        };
        let files = fill(text::RECEIPT_FILES, &[("files", &format!("{files:02}"))]);
        lines.push(Line::row(&[&n.to_string(), &r.name, kind, &files], &WIDTHS, false, 10.0));
    }
    Ok(lines)
}

fn where_returned(channel: Channel) -> &'static str {
    match channel {
        Channel::Online => text::RETURN_ONLINE,
        Channel::Counter => text::RETURN_COUNTER,
        Channel::Postal => text::RETURN_POSTAL,
    }
}

/// "6. Phí, lệ phí": none, waived (and why), or the amount and whether it was paid.
fn fee_line(p: &Particulars) -> String {
    if let Some(reason) = &p.exemption {
        return fill(text::RECEIPT_FEE_WAIVED, &[("reason", reason)]);
    }
    if p.fee == 0 {
        return text::RECEIPT_FEE_NONE.to_owned();
    }
    let amount = shared::money::Vnd(p.fee).display();
    let state = if p.paid { text::RECEIPT_FEE_PAID } else { text::RECEIPT_FEE_UNPAID };
    fill(text::RECEIPT_FEE, &[("amount", &amount), ("state", state)])
}

/// The officer who received it: the actor of the move to "received" (the move itself, never an
/// internal line written while it stood there).
fn receiver(conn: &mut DbConn, id: i64) -> Result<String, DbError> {
    Ok(dossier_events::table
        .inner_join(accounts::table.on(accounts::id.nullable().eq(dossier_events::actor_account_id)))
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(Status::Received.code()))
        .filter(dossier_events::public.eq(true))
        .order(dossier_events::id.desc())
        .select(accounts::full_name)
        .first(conn)
        .optional()?
        .unwrap_or_default())
}
