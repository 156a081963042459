//! Official forms printed as PDF (Circular 01/2018, Circular 03/2025 Appendix I): Mẫu 01, the
//! receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), issued when reception
//! accepts a dossier, with a QR code to the public status lookup; Mẫu 02, the supplement request
//! (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ); Mẫu 03, the refusal (Phiếu từ chối tiếp nhận).

pub mod letters;
pub mod pdf;
pub mod register;

use crate::db::schema::{accounts, dossier_documents, dossier_events};
use crate::db::{Db, DbConn, DbError};
use crate::services::signatures::{Paper, Signatures};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use pdf::Line;
use shared::access::{Action, Actor, decide};
use shared::dossier::Status;
use shared::time::formal;
use std::sync::Arc;

/// The official forms and letters as files, each for an actor who may see it (the functions below
/// and in `letters` and `register` decide); their QR codes link to `base_url`.
pub struct Records {
    db: Db,
    base_url: url::Url,
    /// Every paper about one dossier leaves signed by its agency.
    signatures: Arc<Signatures>,
}

impl Records {
    pub fn new(db: Db, base_url: url::Url, signatures: Arc<Signatures>) -> Self {
        Self { db, base_url, signatures }
    }

    /// The receipt and appointment slip (Mẫu 01) of dossier `id`; `None` if none for `actor`.
    pub async fn receipt(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::Receipt, receipt).await
    }

    /// The e-receipt of dossier `id`'s paid fee (`payments::receipt`).
    pub async fn fee_receipt(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::FeeReceipt, crate::services::payments::receipt::receipt).await
    }

    /// The receipts (Mẫu 01) of those of `ids` that have one for `actor`, in one file (the others
    /// named on its last page); none when no dossier has one.
    pub async fn receipts(&self, actor: &Actor, ids: Vec<i64>) -> Result<Option<Vec<u8>>, DbError> {
        let (actor, base) = (actor.clone(), self.base_url.clone());
        self.db.run(move |conn| receipts(conn, &actor, &ids, &base)).await
    }

    /// The latest supplement request (Mẫu 02) or refusal (Mẫu 03) of dossier `id`.
    pub async fn slip(&self, actor: &Actor, id: i64, kind: Slip) -> Result<Option<Vec<u8>>, DbError> {
        let paper = match kind {
            Slip::Supplement => Paper::Supplement,
            Slip::Refusal => Paper::Refusal,
        };
        self.printed(actor, id, paper, move |conn, actor, id, base| slip(conn, actor, id, kind, base)).await
    }

    /// The apology with the new appointment (Mẫu 04) of dossier `id`.
    pub async fn apology_letter(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::Apology, letters::apology_letter).await
    }

    /// The notice that processing of dossier `id` stopped (Mẫu 05).
    pub async fn stop_notice(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::StopNotice, letters::stop_notice).await
    }

    /// The processing-control sheet (Mẫu 06) of dossier `id`.
    pub async fn control_sheet(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::ControlSheet, letters::control_sheet).await
    }

    /// The cover page of dossier `id`'s result.
    pub async fn result_cover(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::ResultCover, letters::result_cover).await
    }

    /// The register (Mẫu 07) of `actor`'s agency for reception days `from..=to`, as a PDF.
    pub async fn register_pdf(
        &self,
        actor: &Actor,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Result<Vec<u8>, register::RegisterProblem>, DbError> {
        self.register(actor, from, to, register::pdf).await
    }

    /// The register (Mẫu 07) lines of dossiers `ids` of `actor`'s agency (the ones ticked on the
    /// queue), as a PDF.
    pub async fn register_ticked(
        &self,
        actor: &Actor,
        ids: Vec<i64>,
    ) -> Result<Result<Vec<u8>, register::RegisterProblem>, DbError> {
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                Ok(match register::load_ticked(conn, &actor, ids)? {
                    Ok(r) => Ok(register::pdf(&r)?),
                    Err(problem) => Err(problem),
                })
            })
            .await
    }

    /// The same register as an XLSX spreadsheet.
    pub async fn register_xlsx(
        &self,
        actor: &Actor,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Result<Vec<u8>, register::RegisterProblem>, DbError> {
        self.register(actor, from, to, register::xlsx).await
    }

    /// Paper `paper` of dossier `id` as `print` renders it for `actor`, signed.
    async fn printed(
        &self,
        actor: &Actor,
        id: i64,
        paper: Paper,
        print: impl FnOnce(&mut DbConn, &Actor, i64, &url::Url) -> Result<Option<Vec<u8>>, DbError> + Send + 'static,
    ) -> Result<Option<Vec<u8>>, DbError> {
        let (actor, base, signatures) = (actor.clone(), self.base_url.clone(), self.signatures.clone());
        self.db
            .run(move |conn| match print(conn, &actor, id, &base)? {
                Some(pdf) => Ok(Some(signatures.sign(conn, id, paper, pdf)?)),
                None => Ok(None),
            })
            .await
    }

    async fn register(
        &self,
        actor: &Actor,
        from: NaiveDate,
        to: NaiveDate,
        write: fn(&register::Register) -> Result<Vec<u8>, DbError>,
    ) -> Result<Result<Vec<u8>, register::RegisterProblem>, DbError> {
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                Ok(match register::load(conn, &actor, from, to)? {
                    Ok(r) => Ok(write(&r)?),
                    Err(problem) => Err(problem),
                })
            })
            .await
    }
}

/// The heading every form starts with: the agency, the issuing office, the national motto.
pub(crate) fn heading(agency: &str, office: &str) -> Vec<Line> {
    vec![
        Line::new(agency.to_uppercase(), true, 11.0),
        Line::new(office, true, 10.0),
        Line::new(text::MOTTO, false, 10.0),
        Line::new("", false, 8.0),
    ]
}

/// A rendered PDF, or the renderer's failure as a database-layer error (the callers' type).
pub(crate) fn pdf_bytes(sheet: pdf::Sheet<'_>, lines: &[Line], qr: Option<&str>) -> Result<Vec<u8>, DbError> {
    pdf::render_on(sheet, lines, qr).map_err(|e| crate::db::decode(format!("{} PDF: {e:#}", sheet.title)))
}

fn lookup_link(base: &url::Url, code: &str) -> String {
    base.join(&format!("/tra-cuu?ma={code}")).map(|u| u.to_string()).unwrap_or_default()
}

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
    use crate::db::schema::dossiers;
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    if decide(actor, Action::ViewDossier(found.scope)).is_err() {
        return Ok(None);
    }
    Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first::<Option<String>>(conn)?)
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
    let (code, procedure, agency, owner, id_number, phone, procedure_id, received, due) = (
        h.code,
        h.procedure,
        h.agency,
        h.owner,
        h.owner_id_number,
        h.owner_phone,
        h.procedure_id,
        h.received_at,
        h.due_at,
    );
    let (Some(code), Some(received)) = (code, received) else { return Ok(None) };
    // A reprint shows the appointment as issued at reception, not where an extension moved it.
    let issued: Option<NaiveDateTime> = {
        use crate::db::schema::dossiers;
        dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::issued_due_at).first(conn)?
    };
    let due = issued.or(due);
    // The officer who received it: the actor of the event that moved it to "received".
    let receiver: Option<String> = dossier_events::table
        .inner_join(accounts::table.on(accounts::id.nullable().eq(dossier_events::actor_account_id)))
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(Status::Received.code()))
        // The move itself, not an internal line written while it stood there (a waiver, an opinion).
        .filter(dossier_events::public.eq(true))
        .order(dossier_events::id.desc())
        .select(accounts::full_name)
        .first(conn)
        .optional()?;
    let case = crate::services::dossier::case::case_of(conn, id)?;
    let requirements = crate::services::dossier::case::requirements(conn, procedure_id, case.as_deref())?;
    let given: Vec<i32> = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select(dossier_documents::requirement)
        .load(conn)?;

    let mut lines = heading(&agency, text::COUNTER);
    lines.extend([
        Line::new(text::RECEIPT_TITLE, true, 14.0),
        Line::new(fill(text::CODE, &[("code", &code)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::RECEIPT_FROM, &[("agency", &agency), ("owner", &owner)]), false, 11.0),
    ]);
    if let Some(n) = &id_number {
        lines.push(Line::new(fill(text::ID_NUMBER, &[("number", n)]), false, 11.0));
    }
    if let Some(p) = &phone {
        lines.push(Line::new(fill(text::PHONE, &[("phone", p)]), false, 11.0));
    }
    lines.push(Line::new(fill(text::RECEIPT_REQUEST, &[("procedure", &procedure)]), false, 11.0));
    lines.push(Line::new(text::RECEIPT_DOCUMENTS, true, 11.0));
    lines.push(Line::new(text::RECEIPT_DOCUMENTS_HEAD, true, 10.0));
    lines.push(Line::new(text::RECEIPT_FORM_ROW, false, 10.0));
    for r in requirements {
        let files = given.iter().filter(|g| **g == r.ordinal).count();
        if files == 0 {
            continue;
        }
        let name = &r.name;
        let kind = if r.originals > 0 {
            text::RECEIPT_ORIGINAL
        } else if r.copies > 0 {
            text::RECEIPT_COPY
        } else {
            text::RECEIPT_PLAIN
        };
        let files = format!("{files:02}");
        let row = fill(text::RECEIPT_FILE_ROW, &[("name", name), ("files", &files), ("kind", kind)]);
        lines.push(Line::new(row, false, 10.0));
    }
    lines.push(Line::new(text::RECEIPT_SETS, false, 11.0));
    lines.push(Line::new(fill(text::RECEIPT_RECEIVED_AT, &[("at", &formal(received))]), false, 11.0));
    if let Some(due) = due {
        lines.push(Line::new(fill(text::RECEIPT_DUE, &[("at", &formal(due))]), true, 11.0));
    }
    lines.push(Line::new(text::RECEIPT_WHERE, false, 11.0));
    lines.push(Line::new("", false, 8.0));
    lines.push(Line::new(text::RECEIPT_LOOKUP, false, 9.0));
    lines.push(Line::new(fill(text::RECEIPT_RECEIVER, &[("name", &receiver.unwrap_or_default())]), false, 11.0));
    Ok(Some((lines, lookup_link(base, &code))))
}

/// The statuses a refusal by the counter comes from (`shared::dossier::refused_at_reception`).
fn reception_refusal_from() -> Vec<&'static str> {
    Status::ALL.iter().filter(|s| shared::dossier::refused_at_reception(**s)).map(|s| s.code()).collect()
}

/// Whether dossier `id` was refused by the counter (so it has a refusal slip, Mẫu 03).
pub fn refused_at_reception(conn: &mut DbConn, id: i64) -> Result<bool, DbError> {
    let found: i64 = dossier_events::table
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(Status::Refused.code()))
        .filter(dossier_events::from_status.eq_any(reception_refusal_from()))
        .filter(dossier_events::public.eq(true))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Which slip made from an officer's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// Mẫu 02: the items to supplement, with their reasons.
    Supplement,
    /// Mẫu 03: the reason of the refusal.
    Refusal,
}

/// The latest slip of that kind for dossier `id`, for `actor`; `None` if there is none for them.
pub fn slip(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    kind: Slip,
    base: &url::Url,
) -> Result<Option<Vec<u8>>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    if decide(actor, Action::ViewDossier(found.scope)).is_err() {
        return Ok(None);
    }
    let status = match kind {
        Slip::Supplement => Status::SupplementRequested,
        Slip::Refusal => Status::Refused,
    };
    let mut events = dossier_events::table
        .left_join(accounts::table.on(accounts::id.nullable().eq(dossier_events::actor_account_id)))
        .into_boxed();
    if kind == Slip::Refusal {
        // Only the counter's refusal: one on the merits is answered in writing, not by this slip.
        events = events.filter(dossier_events::from_status.eq_any(reception_refusal_from()));
    }
    let event: Option<(NaiveDateTime, Option<String>, Option<String>)> = events
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(status.code()))
        // The decision itself: never an internal line written while the dossier waited (an
        // opinion asked or answered, a note), which the applicant must not read.
        .filter(dossier_events::public.eq(true))
        .order(dossier_events::id.desc())
        .select((dossier_events::at, dossier_events::note, accounts::full_name.nullable()))
        .first(conn)
        .optional()?;
    let Some((when, note, officer)) = event else { return Ok(None) };
    let h = crate::services::dossier::header::header(conn, id)?;
    let (code, procedure, agency, owner) = (h.code, h.procedure, h.agency, h.owner);
    let code = code.unwrap_or_default();
    let title = match kind {
        Slip::Supplement => text::SUPPLEMENT_TITLE,
        Slip::Refusal => text::REFUSAL_TITLE,
    };
    let mut lines = heading(&agency, text::COUNTER);
    lines.extend([
        Line::new(title, true, 14.0),
        Line::new(fill(text::CODE, &[("code", &code)]), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(fill(text::DEAR, &[("owner", &owner)]), false, 11.0),
        Line::new(fill(text::REQUESTED, &[("procedure", &procedure)]), false, 11.0),
    ]);
    match kind {
        Slip::Supplement => {
            lines.push(Line::new(text::SUPPLEMENT_ASK, true, 11.0));
            lines.push(Line::new(text::SUPPLEMENT_HEAD, true, 10.0));
            for item in note.as_deref().unwrap_or_default().lines().filter(|l| !l.trim().is_empty()) {
                lines.push(Line::new(format!("{}\t", item.trim()), false, 10.0));
            }
        }
        Slip::Refusal => {
            lines.push(Line::new(text::REFUSAL_BECAUSE, true, 11.0));
            lines.push(Line::new(note.unwrap_or_default(), false, 11.0));
        }
    }
    lines.push(Line::new("", false, 8.0));
    lines.push(Line::new(fill(text::SLIP_AT, &[("at", &formal(when))]), false, 11.0));
    lines.push(Line::new(fill(text::SLIP_BY, &[("name", &officer.unwrap_or_default())]), false, 11.0));
    let sheet = pdf::Sheet { title, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &code)))?))
}
