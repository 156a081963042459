//! The public status lookup: a dossier code and a check value (the last four digits of the
//! owner's ID number or tax code, or of the phone) give the procedure, the status, the dates and
//! the public timeline, and no personal data. An unknown code and a wrong check value get the
//! same answer. Each client address may ask a bounded number of times per minute.

use super::Filing;
use crate::db::DbError;
use crate::db::schema::{agencies, dossier_events, dossiers, procedures};
use app::api::filing::{LookupOutcome, PublicStatus, TimelineEntry};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::dossier::{DossierCode, Status, check_value_matches};
use shared::time::minute;

/// Lookups per client address per minute.
pub const LOOKUPS_PER_MINUTE: u32 = 20;
/// Wrong check values one dossier code takes an hour, from anyone, before its lookups pause.
pub const WRONG_CHECKS_PER_HOUR: u32 = 20;

/// How the rate limits name a dossier code (as typed, in any case).
pub(super) fn code_key(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

impl Filing {
    pub async fn lookup(&self, code: String, check: String, client: String) -> anyhow::Result<LookupOutcome> {
        // Per client, and per code: wrong check values for one code are counted whoever sends
        // them, so a guesser spread over many networks still gets a few tries an hour.
        let code_key = code_key(&code);
        if !self.lookups.allow(&client).await || self.wrong_checks.exhausted(&code_key).await {
            return Ok(LookupOutcome::RateLimited);
        }
        let outcome = self
            .db
            .run(move |conn| {
                let Some(code) = DossierCode::parse(&code) else { return Ok((LookupOutcome::NotFound, false)) };
                #[allow(clippy::type_complexity)]
                let row: Option<(
                    i64,
                    Status,
                    Option<String>,
                    Option<String>,
                    String,
                    String,
                    String,
                    Option<NaiveDateTime>,
                    Option<NaiveDateTime>,
                )> = dossiers::table
                    // The deciding agency (the procedure's), not the unit that received it.
                    .inner_join(procedures::table.inner_join(agencies::table))
                    .filter(dossiers::code.eq(code.as_str()))
                    .select((
                        dossiers::id,
                        dossiers::status,
                        dossiers::owner_id_number,
                        dossiers::owner_phone,
                        procedures::code,
                        procedures::name,
                        agencies::name,
                        dossiers::submitted_at,
                        dossiers::due_at,
                    ))
                    .first(conn)
                    .optional()?;
                let Some((id, status, id_number, phone, procedure_code, procedure, agency, submitted, due)) = row
                else {
                    return Ok((LookupOutcome::NotFound, false));
                };
                if !check_value_matches(&check, &[id_number.as_deref(), phone.as_deref()]) {
                    return Ok((LookupOutcome::NotFound, true));
                }
                let events: Vec<(NaiveDateTime, Status)> = dossier_events::table
                    .filter(dossier_events::dossier_id.eq(id))
                    .filter(dossier_events::public.eq(true))
                    .order(dossier_events::id)
                    .select((dossier_events::at, dossier_events::to_status))
                    .load(conn)?;
                let received = events.iter().find(|(_, s)| *s == Status::Received).map(|(t, _)| minute(*t));
                Ok::<_, DbError>((
                    LookupOutcome::Found(Box::new(PublicStatus {
                        code: code.to_string(),
                        procedure_name: procedure,
                        agency_name: agency,
                        status,
                        submitted_at: submitted.map(minute),
                        received_at: received,
                        appointment: due.map(minute),
                        // While it is open: how long this procedure's dossiers usually take.
                        usual_time: if status.is_final() {
                            None
                        } else {
                            crate::services::statistics::usual_time_of(conn, &procedure_code, shared::time::now())?
                        },
                        timeline: events
                            .into_iter()
                            .map(|(at, status)| TimelineEntry { at: minute(at), status })
                            .collect(),
                    })),
                    false,
                ))
            })
            .await?;
        let (outcome, wrong_check) = outcome;
        if wrong_check {
            self.wrong_checks.count(&code_key).await;
        }
        Ok(outcome)
    }
}

impl Filing {
    /// Whether `sha256` is the hash of a result document issued under `code`, or of a paper its
    /// agency signed for it (`signatures::recognised`). Nothing is said
    /// about a code without a well-formed hash (the form), and a hash that does not match answers
    /// the same whether or not the code exists, so codes, which follow each other, cannot be
    /// walked to learn which procedure was decided for whom on which day. Every call counts
    /// against the client's rate limit.
    pub async fn verify_result(
        &self,
        code: String,
        sha256: Option<String>,
        client: String,
    ) -> anyhow::Result<app::api::filing::VerifyOutcome> {
        use crate::db::schema::{dossier_documents, stored_files};
        use app::api::filing::{Verification, VerifyOutcome};
        if !self.verifications.allow(&client).await {
            return Ok(VerifyOutcome::RateLimited);
        }
        let Some(asked) = sha256.map(|h| h.trim().to_ascii_lowercase()).filter(|h| is_sha256(h)) else {
            return Ok(VerifyOutcome::Asking);
        };
        Ok(self
            .db
            .run(move |conn| {
                let Some(code) = DossierCode::parse(&code) else { return Ok(VerifyOutcome::NoMatch) };
                let row: Option<(i64, Status, String, String)> = dossiers::table
                    // The deciding agency (the procedure's), not the unit that received it.
                    .inner_join(procedures::table.inner_join(agencies::table))
                    .filter(dossiers::code.eq(code.as_str()))
                    .select((dossiers::id, dossiers::status, procedures::name, agencies::name))
                    .first(conn)
                    .optional()?;
                let Some((id, status, procedure_name, agency_name)) = row else { return Ok(VerifyOutcome::NoMatch) };
                let found = |agency_name: String, issued, signed| {
                    VerifyOutcome::Found(Verification {
                        code: code.as_str().to_owned(),
                        procedure_name: procedure_name.clone(),
                        agency_name,
                        issued_at: minute(issued),
                        sha256: asked.clone(),
                        signed,
                    })
                };
                // A paper an agency signed for this dossier (the receipt, a slip, the e-receipt…):
                // the agency named is the one that signed it.
                if let Some(r) = crate::services::signatures::recognised(conn, id, &asked)? {
                    let (paper, signer, fingerprint, demo) =
                        (r.paper.code().to_owned(), r.subject, r.fingerprint, r.demo);
                    let signed = app::api::filing::SignedPaper { paper, signer, fingerprint, demo };
                    return Ok(found(r.agency, r.signed_at, Some(signed)));
                }
                if !matches!(status, Status::Processed | Status::ResultReturned) {
                    return Ok(VerifyOutcome::NoMatch);
                }
                let issued: Option<NaiveDateTime> = dossier_documents::table
                    .inner_join(stored_files::table)
                    .filter(dossier_documents::dossier_id.eq(id))
                    .filter(dossier_documents::requirement.eq(crate::services::dossier::documents::RESULT_REQUIREMENT))
                    .filter(stored_files::sha256.eq(&asked))
                    .select(dossier_documents::added_at)
                    .first(conn)
                    .optional()?;
                Ok::<_, DbError>(issued.map_or(VerifyOutcome::NoMatch, |at| found(agency_name.clone(), at, None)))
            })
            .await?)
    }
}

fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}
