//! What an agency's administrator changes about its papers (`ManagePapers`): a new signing key and
//! certificate, checked (a PEM certificate, a PKCS#8 key that is the certificate's, not expired)
//! and stored with the key sealed; new e-receipt book symbols. Each change is a new row, recorded
//! in the audit log; the page (`/quan-tri/chu-ky-so`) reads what is in use.

use super::cms::{Certificate, PrivateKey};
use super::{Signatures, pem, pem_body};
use crate::db::schema::{accounts, agencies, receipt_books, signing_keys};
use crate::db::{DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use app::api::ServiceError;
use app::api::papers::{AgencyPapers, BookView, KeyView, PapersAdmin, PapersService};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::papers::{PEM_MAX, PaperProblem, book_problems};
use shared::time::now;

/// A change refused before anything was stored: the actor may not, or what was typed is wrong.
pub enum Refused {
    Denied(Denial),
    Problems(Vec<PaperProblem>),
}

/// Who made a change and when: an administrator, or the seed (`by` none, `demo`).
#[derive(Clone, Copy)]
pub(super) struct Made {
    pub at: NaiveDateTime,
    pub by: Option<i64>,
    pub demo: bool,
}

impl Signatures {
    /// Installs `certificate` and `key` (both PEM) as agency `agency`'s signing key, in use from
    /// now on; the earlier ones stay to name who signed older papers.
    pub fn install_key(
        &self,
        conn: &mut DbConn,
        actor: &Actor,
        agency: i64,
        certificate: &str,
        key: &str,
    ) -> Result<Result<(), Refused>, DbError> {
        if let Err(denial) = decide(actor, Action::ManagePapers { agency }) {
            return Ok(Err(Refused::Denied(denial)));
        }
        let (certificate, pkcs8) = match checked(certificate, key) {
            Ok(pair) => pair,
            Err(problems) => return Ok(Err(Refused::Problems(problems))),
        };
        let made = Made { at: now(), by: actor.account(), demo: false };
        let detail = format!("chứng thư số cơ quan {agency}: {} ({})", certificate.subject, certificate.fingerprint());
        crate::db::transaction(conn, |conn| {
            self.store_key(conn, agency, &certificate, &pkcs8, made)?;
            audited(conn, made, &detail)
        })?;
        Ok(Ok(()))
    }

    /// Sets agency `agency`'s e-receipt book to `template` and `series` from now on.
    pub fn set_book(
        &self,
        conn: &mut DbConn,
        actor: &Actor,
        agency: i64,
        template: &str,
        series: &str,
    ) -> Result<Result<(), Refused>, DbError> {
        if let Err(denial) = decide(actor, Action::ManagePapers { agency }) {
            return Ok(Err(Refused::Denied(denial)));
        }
        let problems = book_problems(template, series);
        if !problems.is_empty() {
            return Ok(Err(Refused::Problems(problems)));
        }
        let (template, series) = (template.trim(), series.trim());
        let made = Made { at: now(), by: actor.account(), demo: false };
        let detail = format!("ký hiệu biên lai cơ quan {agency}: {template} / {series}");
        crate::db::transaction(conn, |conn| {
            store_book(conn, agency, template, series, made)?;
            audited(conn, made, &detail)
        })?;
        Ok(Ok(()))
    }

    /// Stores `certificate` and its key `pkcs8` (sealed) as agency `agency`'s newest key.
    pub(super) fn store_key(
        &self,
        conn: &mut DbConn,
        agency: i64,
        certificate: &Certificate,
        pkcs8: &[u8],
        made: Made,
    ) -> Result<(), DbError> {
        diesel::insert_into(signing_keys::table)
            .values((
                signing_keys::agency_id.eq(agency),
                signing_keys::certificate.eq(pem("CERTIFICATE", &certificate.der)),
                signing_keys::sealed_key.eq(self.key.seal_signing_key(agency, pkcs8)),
                signing_keys::subject.eq(&certificate.subject),
                signing_keys::fingerprint.eq(certificate.fingerprint()),
                signing_keys::not_after.eq(certificate.not_after),
                signing_keys::demo.eq(made.demo),
                signing_keys::created_at.eq(made.at),
                signing_keys::created_by.eq(made.by),
            ))
            .execute(conn)?;
        Ok(())
    }
}

/// Stores `template` and `series` as agency `agency`'s newest e-receipt book.
pub(super) fn store_book(
    conn: &mut DbConn,
    agency: i64,
    template: &str,
    series: &str,
    made: Made,
) -> Result<(), DbError> {
    diesel::insert_into(receipt_books::table)
        .values((
            receipt_books::agency_id.eq(agency),
            receipt_books::template_symbol.eq(template),
            receipt_books::series_symbol.eq(series),
            receipt_books::demo.eq(made.demo),
            receipt_books::created_at.eq(made.at),
            receipt_books::created_by.eq(made.by),
        ))
        .execute(conn)?;
    Ok(())
}

/// The change in the audit log.
fn audited(conn: &mut DbConn, made: Made, detail: &str) -> Result<(), DbError> {
    let entry = Entry { event: Event::PapersChanged, actor: made.by, subject: None, ip: None, detail: Some(detail) };
    record(conn, made.at, entry)
}

/// The certificate and the key's PKCS#8 bytes, if they are well formed, belong together and the
/// certificate is still valid; else every problem found.
fn checked(certificate: &str, key: &str) -> Result<(Certificate, Vec<u8>), Vec<PaperProblem>> {
    let mut problems = Vec::new();
    let certificate = Some(certificate)
        .filter(|c| c.len() <= PEM_MAX)
        .and_then(|c| pem_body(c, "CERTIFICATE"))
        .and_then(|der| Certificate::parse(&der))
        // The signer's name is what a reader and the public check show: none is no signer.
        .filter(|c| !c.subject.trim().is_empty());
    if certificate.is_none() {
        problems.push(PaperProblem::Certificate);
    }
    let pkcs8 = Some(key).filter(|k| k.len() <= PEM_MAX).and_then(|k| pem_body(k, "PRIVATE KEY"));
    let opened = pkcs8.as_deref().and_then(PrivateKey::from_pkcs8);
    if opened.is_none() {
        problems.push(if key.contains("ENCRYPTED PRIVATE KEY") {
            PaperProblem::EncryptedKey
        } else {
            PaperProblem::Key
        });
    }
    match (certificate, opened, pkcs8) {
        (Some(certificate), Some(opened), Some(pkcs8)) => {
            if !certificate.holds(&opened) {
                problems.push(PaperProblem::Mismatch);
            }
            if certificate.not_after <= now() {
                problems.push(PaperProblem::Expired);
            }
            if certificate.not_before > now() {
                problems.push(PaperProblem::NotYetValid);
            }
            if problems.is_empty() && !super::pades::fits(&opened, &certificate) {
                problems.push(PaperProblem::Unusable);
            }
            if problems.is_empty() { Ok((certificate, pkcs8)) } else { Err(problems) }
        }
        _ => Err(problems),
    }
}

#[async_trait::async_trait]
impl PapersService for Signatures {
    async fn papers_admin(&self, actor: &Actor) -> Result<PapersAdmin, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let all: Vec<(i64, String)> =
                    agencies::table.order(agencies::name).select((agencies::id, agencies::name)).load(conn)?;
                let mine: Vec<(i64, String)> = all
                    .into_iter()
                    .filter(|(id, _)| decide(&actor, Action::ManagePapers { agency: *id }).is_ok())
                    .collect();
                let mut out = Vec::with_capacity(mine.len());
                for (id, name) in mine {
                    out.push(agency_papers(conn, id, name)?);
                }
                Ok::<_, DbError>(out)
            })
            .await
            .map_err(crate::services::unexpected)
            .and_then(|agencies| {
                // Someone who manages no agency's papers is told so, not shown an empty page.
                if agencies.is_empty() {
                    Err(ServiceError::Denied(Denial::Forbidden))
                } else {
                    Ok(PapersAdmin { agencies })
                }
            })
    }
}

/// What agency `id` uses now.
fn agency_papers(conn: &mut DbConn, id: i64, name: String) -> Result<AgencyPapers, DbError> {
    #[allow(clippy::type_complexity)]
    let keys: Vec<(String, String, chrono::NaiveDateTime, bool, chrono::NaiveDateTime, Option<String>)> =
        signing_keys::table
            .left_join(accounts::table.on(accounts::id.nullable().eq(signing_keys::created_by)))
            .filter(signing_keys::agency_id.eq(id))
            .order(signing_keys::id.desc())
            .select((
                signing_keys::subject,
                signing_keys::fingerprint,
                signing_keys::not_after,
                signing_keys::demo,
                signing_keys::created_at,
                accounts::full_name.nullable(),
            ))
            .load(conn)?;
    let older_keys = keys.len().saturating_sub(1);
    let key = keys.into_iter().next().map(|(subject, fingerprint, not_after, demo, at, by)| KeyView {
        subject,
        fingerprint,
        valid_until: shared::time::minute(not_after),
        demo,
        installed: by.map_or_else(|| shared::time::minute(at), |by| format!("{} — {by}", shared::time::minute(at))),
    });
    let book = receipt_books::table
        .filter(receipt_books::agency_id.eq(id))
        .order(receipt_books::id.desc())
        .select((
            receipt_books::template_symbol,
            receipt_books::series_symbol,
            receipt_books::demo,
            receipt_books::created_at,
        ))
        .first::<(String, String, bool, chrono::NaiveDateTime)>(conn)
        .optional()?
        .map(|(template, series, demo, at)| BookView { template, series, demo, since: shared::time::minute(at) });
    Ok(AgencyPapers { id, name, key, older_keys, book })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(name: &str) -> (String, String) {
        let pkcs8 = PrivateKey::generate();
        let key = PrivateKey::from_pkcs8(&pkcs8).unwrap();
        let der = super::super::cms::demo_certificate(&key, name, "Test", now());
        (pem("CERTIFICATE", &der), pem("PRIVATE KEY", &pkcs8))
    }

    #[test]
    fn a_key_must_be_the_certificates_and_readable() {
        let (cert, key) = pair("Sở A");
        assert!(checked(&cert, &key).is_ok());
        let (_, other) = pair("Sở B");
        assert_eq!(checked(&cert, &other).err(), Some(vec![PaperProblem::Mismatch]));
        assert_eq!(checked("not a certificate", &key).err(), Some(vec![PaperProblem::Certificate]));
        assert_eq!(
            checked(&cert, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----").err(),
            Some(vec![PaperProblem::EncryptedKey])
        );
        assert_eq!(checked("", "").err(), Some(vec![PaperProblem::Certificate, PaperProblem::Key]));
    }
}
