//! Official forms printed as PDF (Circular 01/2018, Circular 03/2025 Appendix I), each in the
//! shared layout (`layout`) and signed by its agency (`services::signatures`): Mẫu 01, the
//! receipt and appointment slip (`receipt`); Mẫu 02, the supplement request (Phiếu yêu cầu bổ
//! sung, hoàn thiện hồ sơ); Mẫu 03, the counter's refusal (Phiếu từ chối tiếp nhận); the written
//! answer to a refusal on the merits; the letters (`letters`), the register (`register`) and the
//! fee's e-receipt (`fee_receipt`).

pub mod fee_receipt;
pub mod layout;
pub mod letters;
pub mod pdf;
pub mod receipt;
pub mod register;

pub use receipt::{receipt, receipts};

use crate::db::schema::{accounts, dossier_events};
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

    /// The e-receipt of dossier `id`'s paid fee (`fee_receipt`).
    pub async fn fee_receipt(&self, actor: &Actor, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, Paper::FeeReceipt, fee_receipt::receipt).await
    }

    /// The receipts (Mẫu 01) of those of `ids` that have one for `actor`, in one file (the others
    /// named on its last page); none when no dossier has one.
    pub async fn receipts(&self, actor: &Actor, ids: Vec<i64>) -> Result<Option<Vec<u8>>, DbError> {
        let (actor, base) = (actor.clone(), self.base_url.clone());
        self.db.run(move |conn| receipts(conn, &actor, &ids, &base)).await
    }

    /// The latest supplement request (Mẫu 02) or refusal (Mẫu 03) of dossier `id`.
    pub async fn slip(&self, actor: &Actor, id: i64, kind: Slip) -> Result<Option<Vec<u8>>, DbError> {
        self.printed(actor, id, kind.paper(), move |conn, actor, id, base| slip(conn, actor, id, kind, base)).await
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

/// A rendered PDF, or the renderer's failure as a database-layer error (the callers' type).
pub(crate) fn pdf_bytes(sheet: pdf::Sheet<'_>, lines: &[Line], qr: Option<&str>) -> Result<Vec<u8>, DbError> {
    pdf::render_on(sheet, lines, qr).map_err(|e| crate::db::decode(format!("{} PDF: {e:#}", sheet.title)))
}

pub(crate) fn lookup_link(base: &url::Url, code: &str) -> String {
    base.join(&format!("/tra-cuu?ma={code}")).map(|u| u.to_string()).unwrap_or_default()
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
    /// Mẫu 03: the reason the counter refused to take the dossier in.
    Refusal,
    /// The agency's written answer to a refusal on the merits, after processing.
    Answer,
}

impl Slip {
    pub fn file_name(self) -> &'static str {
        match self {
            Slip::Supplement => "phieu-bo-sung.pdf",
            Slip::Refusal => "phieu-tu-choi.pdf",
            Slip::Answer => "van-ban-tra-loi.pdf",
        }
    }

    fn paper(self) -> Paper {
        match self {
            Slip::Supplement => Paper::Supplement,
            Slip::Refusal => Paper::Refusal,
            Slip::Answer => Paper::RefusalAnswer,
        }
    }
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
        Slip::Refusal | Slip::Answer => Status::Refused,
    };
    let mut events = dossier_events::table
        .left_join(accounts::table.on(accounts::id.nullable().eq(dossier_events::actor_account_id)))
        .into_boxed();
    // The counter's refusal gets the slip; one on the merits is answered in writing.
    match kind {
        Slip::Refusal => events = events.filter(dossier_events::from_status.eq_any(reception_refusal_from())),
        Slip::Answer => events = events.filter(dossier_events::from_status.ne_all(reception_refusal_from())),
        Slip::Supplement => {}
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
    let code = h.code.clone().unwrap_or_default();
    let issuer = layout::issuer_of_dossier(conn, id)?;
    let (heading_title, office, signer) = match kind {
        Slip::Supplement => (text::SUPPLEMENT_TITLE, text::COUNTER, text::SIGNER_RECEIVER),
        Slip::Refusal => (text::REFUSAL_TITLE, text::COUNTER, text::SIGNER_RECEIVER),
        Slip::Answer => (text::ANSWER_TITLE, "", text::APOLOGY_SIGNER),
    };
    let mut lines = layout::heading(&issuer, office, when);
    lines.push(layout::title(heading_title));
    if kind == Slip::Answer {
        lines.push(Line::center(fill(text::ANSWER_ABOUT, &[("code", &code)]), false, 11.0));
    } else {
        lines.push(Line::center(fill(text::CODE, &[("code", &code)]), true, 11.0));
    }
    lines.extend([
        Line::new("", false, 6.0),
        Line::new(fill(text::DEAR, &[("owner", &h.owner)]), false, 11.0),
        Line::new(fill(text::REQUESTED, &[("procedure", &h.procedure)]), false, 11.0),
    ]);
    let reason = note.unwrap_or_default();
    match kind {
        Slip::Supplement => {
            lines.push(Line::new(text::SUPPLEMENT_ASK, true, 11.0));
            lines.push(Line::new(text::SUPPLEMENT_HEAD, true, 10.0));
            for item in reason.lines().filter(|l| !l.trim().is_empty()) {
                lines.push(Line::new(format!("{}\t", item.trim()), false, 10.0));
            }
        }
        Slip::Refusal => {
            lines.push(Line::new(text::REFUSAL_BECAUSE, true, 11.0));
            lines.push(Line::new(reason, false, 11.0));
        }
        Slip::Answer => {
            if let Some(received) = h.received_at {
                let at = formal(received);
                let holes = [("at", at.as_str()), ("agency", &h.agency), ("code", &code), ("procedure", &h.procedure)];
                lines.push(Line::new(fill(text::APOLOGY_RECEIVED, &holes), false, 11.0));
            }
            lines.push(Line::new(text::ANSWER_BECAUSE, true, 11.0));
            lines.push(Line::new(reason, false, 11.0));
            lines.push(Line::new(text::ANSWER_RIGHTS, false, 11.0));
        }
    }
    lines.push(Line::new(fill(text::SLIP_AT, &[("at", &formal(when))]), false, 11.0));
    lines.extend(layout::signatures(None, (signer, &officer.unwrap_or_default())));
    let sheet = pdf::Sheet { title: heading_title, landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &code)))?))
}
