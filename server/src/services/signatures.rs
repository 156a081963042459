//! Electronic signatures on the papers an agency issues (issue #19): the receipt (Mẫu 01), the
//! slips and letters (Mẫu 02–06), the result's cover page and the fee's e-receipt leave the
//! portal as PDF files signed with the agency's certificate (PAdES), and every signed file is
//! remembered by its hash so the public check (`/xac-thuc/{code}`) recognises it.
//!
//! Each agency has its own key and certificate (`signing_keys`, the newest row in use). The demo
//! seed makes a self-signed one per agency (its organisation says it is a test certificate); a
//! province installs its CA-issued ones. Without a key an agency's papers go out unsigned, and
//! the log says so. An agency's administrator installs its key and certificate, and sets its
//! e-receipt book, on `/quan-tri/chu-ky-so` (`admin`).

pub mod admin;
pub mod cms;
pub mod der;
pub mod pades;

use crate::db::schema::{admin_units, agencies, dossiers, signed_papers, signing_keys};
use crate::db::{Db, DbConn, DbError};
use crate::services::accounts::server_key::ServerKey;
use cms::{Certificate, PrivateKey};
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use shared::time::now;
use std::sync::Arc;

/// What a demo certificate's organisation says, so no reader takes it for a real one.
pub const DEMO_ORGANISATION: &str = "Chứng thư thử nghiệm – không có giá trị pháp lý";

/// Which paper a signature is on (`signed_papers.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    Receipt,
    Supplement,
    Refusal,
    RefusalAnswer,
    Apology,
    StopNotice,
    ControlSheet,
    ResultCover,
    FeeReceipt,
}

impl Paper {
    pub fn code(self) -> &'static str {
        match self {
            Self::Receipt => "receipt",
            Self::Supplement => "supplement",
            Self::Refusal => "refusal",
            Self::RefusalAnswer => "refusal_answer",
            Self::Apology => "apology",
            Self::StopNotice => "stop_notice",
            Self::ControlSheet => "control_sheet",
            Self::ResultCover => "result_cover",
            Self::FeeReceipt => "fee_receipt",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::Receipt,
            Self::Supplement,
            Self::Refusal,
            Self::RefusalAnswer,
            Self::Apology,
            Self::StopNotice,
            Self::ControlSheet,
            Self::ResultCover,
            Self::FeeReceipt,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }
}

/// Signs papers with the agencies' keys, which it opens with the server key.
pub struct Signatures {
    db: Db,
    key: Arc<ServerKey>,
}

/// A key opened to sign with.
struct Seal {
    id: i64,
    key: PrivateKey,
    certificate: Certificate,
    location: String,
}

impl Signatures {
    pub fn new(db: Db, key: Arc<ServerKey>) -> Self {
        Self { db, key }
    }

    /// `pdf`, a paper of dossier `dossier`, signed by the agency the dossier was filed with, and
    /// remembered by its hash; unsigned if that agency has no usable key.
    pub fn sign(&self, conn: &mut DbConn, dossier: i64, paper: Paper, pdf: Vec<u8>) -> Result<Vec<u8>, DbError> {
        let agency: i64 = dossiers::table.filter(dossiers::id.eq(dossier)).select(dossiers::agency_id).first(conn)?;
        let Some(seal) = self.seal_of(conn, agency)? else {
            tracing::warn!(agency, paper = paper.code(), "no signing key for this agency: the paper goes out unsigned");
            return Ok(pdf);
        };
        let at = now();
        let signer = pades::Signer {
            key: &seal.key,
            certificate: &seal.certificate,
            reason: app::i18n::records::SIGNED_REASON,
            location: &seal.location,
            at,
        };
        let signed = match pades::sign(&pdf, &signer) {
            Ok(signed) => signed,
            // The paper is still the agency's and the applicant needs it: unsigned, and said.
            Err(e) => {
                tracing::error!(agency, paper = paper.code(), error = %e, "signing a paper failed: it goes out unsigned");
                return Ok(pdf);
            }
        };
        diesel::insert_into(signed_papers::table)
            .values((
                signed_papers::sha256.eq(hex::encode(Sha256::digest(&signed))),
                signed_papers::dossier_id.eq(dossier),
                signed_papers::signing_key_id.eq(seal.id),
                signed_papers::kind.eq(paper.code()),
                signed_papers::signed_at.eq(at),
            ))
            .execute(conn)?;
        Ok(signed)
    }

    /// A detached CMS signature (DER) by agency `agency`'s key over content whose SHA-256 is
    /// `digest` (the audit export's); `None` if the agency has no usable key.
    pub fn sign_detached(&self, conn: &mut DbConn, agency: i64, digest: &[u8]) -> Result<Option<Vec<u8>>, DbError> {
        Ok(self.seal_of(conn, agency)?.map(|seal| cms::signed_data(&seal.key, &seal.certificate, digest)))
    }

    /// Agency `agency`'s newest key, opened; `None` if it has none or it does not open (sealed
    /// under another server key: logged, for the operator to install it again).
    fn seal_of(&self, conn: &mut DbConn, agency: i64) -> Result<Option<Seal>, DbError> {
        let row: Option<(i64, String, String, String, chrono::NaiveDateTime)> = signing_keys::table
            .inner_join(agencies::table.inner_join(admin_units::table))
            .filter(signing_keys::agency_id.eq(agency))
            .order(signing_keys::id.desc())
            .select((
                signing_keys::id,
                signing_keys::certificate,
                signing_keys::sealed_key,
                admin_units::name,
                signing_keys::not_after,
            ))
            .first(conn)
            .optional()?;
        let Some((id, pem, sealed, location, not_after)) = row else { return Ok(None) };
        if not_after <= now() {
            // A reader would show an expired signature as invalid: better none, and the log says so.
            tracing::error!(agency, key = id, "the agency's certificate has expired: install a new one");
            return Ok(None);
        }
        let opened = self.key.open_signing_key(agency, &sealed).and_then(|der| PrivateKey::from_pkcs8(&der));
        let certificate = pem_body(&pem, "CERTIFICATE").and_then(|der| Certificate::parse(&der));
        match (opened, certificate) {
            (Some(key), Some(certificate)) if certificate.holds(&key) => {
                Ok(Some(Seal { id, key, certificate, location }))
            }
            _ => {
                tracing::error!(agency, key = id, "the agency's signing key does not open with this server key");
                Ok(None)
            }
        }
    }

    /// Gives every agency without a key a demo one (a fresh ECDSA key and a self-signed
    /// certificate naming the agency); the number made.
    pub fn ensure_demo_keys(&self, conn: &mut DbConn) -> Result<usize, DbError> {
        let without: Vec<(i64, String)> = agencies::table
            .filter(diesel::dsl::not(diesel::dsl::exists(
                signing_keys::table.filter(signing_keys::agency_id.eq(agencies::id)),
            )))
            .select((agencies::id, agencies::name))
            .load(conn)?;
        let made = admin::Made { at: now(), by: None, demo: true };
        for (agency, name) in &without {
            let pkcs8 = PrivateKey::generate();
            let key = PrivateKey::from_pkcs8(&pkcs8).unwrap_or_else(|| unreachable!("a key just made opens"));
            let der = cms::demo_certificate(&key, name, DEMO_ORGANISATION, made.at);
            let certificate = Certificate::parse(&der).unwrap_or_else(|| unreachable!("a certificate just made reads"));
            self.store_key(conn, *agency, &certificate, &pkcs8, made)?;
        }
        Ok(without.len())
    }
}

/// The demo seed's receipt-book symbols (a province enters those it registered).
pub const DEMO_TEMPLATE: &str = "01BLP0-001";
pub const DEMO_SERIES: &str = "DEMO-26E";

/// Gives every agency without a receipt book the demo's symbols; the number of books made.
pub fn ensure_demo_books(conn: &mut DbConn) -> Result<usize, DbError> {
    use crate::db::schema::receipt_books;
    let without: Vec<i64> = agencies::table
        .filter(diesel::dsl::not(diesel::dsl::exists(
            receipt_books::table.filter(receipt_books::agency_id.eq(agencies::id)),
        )))
        .select(agencies::id)
        .load(conn)?;
    // Dated at the start of the year, so payments made before the seed ran find their book.
    let year = chrono::Datelike::year(&shared::time::today());
    let start = shared::time::start_of(chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default());
    let made = admin::Made { at: start, by: None, demo: true };
    for agency in &without {
        admin::store_book(conn, *agency, DEMO_TEMPLATE, DEMO_SERIES, made)?;
    }
    Ok(without.len())
}

/// A signed paper recognised by its hash.
pub struct Recognised {
    pub paper: Paper,
    /// The signing certificate's subject and fingerprint, and the agency whose key it is.
    pub subject: String,
    pub fingerprint: String,
    pub agency: String,
    /// A demo's self-signed test certificate.
    pub demo: bool,
    pub signed_at: chrono::NaiveDateTime,
}

/// The signed paper of dossier `dossier` whose bytes hash to `sha256`, if the portal issued one.
pub fn recognised(conn: &mut DbConn, dossier: i64, sha256: &str) -> Result<Option<Recognised>, DbError> {
    #[allow(clippy::type_complexity)]
    let row: Option<(String, String, String, String, bool, chrono::NaiveDateTime)> = signed_papers::table
        .inner_join(signing_keys::table.inner_join(agencies::table))
        .filter(signed_papers::dossier_id.eq(dossier))
        .filter(signed_papers::sha256.eq(sha256))
        .select((
            signed_papers::kind,
            signing_keys::subject,
            signing_keys::fingerprint,
            agencies::name,
            signing_keys::demo,
            signed_papers::signed_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(kind, subject, fingerprint, agency, demo, signed_at)| {
        Some(Recognised { paper: Paper::from_code(&kind)?, subject, fingerprint, agency, demo, signed_at })
    }))
}

/// `der` as PEM under `label`.
pub fn pem(label: &str, der: &[u8]) -> String {
    use base64::Engine;
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = body.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    format!("-----BEGIN {label}-----\n{}\n-----END {label}-----\n", lines.join("\n"))
}

/// The DER inside the first PEM block labelled `label` in `text`.
pub fn pem_body(text: &str, label: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    let body: String = text[start..stop].chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(body).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_round_trips() {
        let der: Vec<u8> = (0..=255).collect();
        let text = pem("CERTIFICATE", &der);
        assert!(text.lines().all(|l| l.len() <= 64));
        assert_eq!(pem_body(&text, "CERTIFICATE"), Some(der));
        assert_eq!(pem_body(&text, "PRIVATE KEY"), None);
    }

    #[test]
    fn paper_codes_round_trip() {
        for paper in [Paper::Receipt, Paper::Refusal, Paper::ResultCover, Paper::FeeReceipt] {
            assert_eq!(Paper::from_code(paper.code()), Some(paper));
        }
    }
}
