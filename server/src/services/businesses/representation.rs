//! Who represents a business. A registration that the national provider could not vouch for
//! (the registrant is not the representative it names, or did not sign in with VNeID) waits for
//! the business registry's counter, who checks the papers and approves or rejects it. Anyone
//! signed in may claim that a tax code was registered by someone who does not represent the
//! business; the counter decides, and an upheld claim hands the business to the claimant alone.

use super::super::accounts::OwnedMail;
use super::super::audit::{self, Entry, Event};
use super::super::notify;
use super::{Businesses, VERIFIED_BY_OFFICER};
use crate::db::schema::{accounts, business_claims, business_invitations, business_members, businesses};
use crate::db::{DbConn, DbError};
use app::api::business::{ClaimRow, PendingBusinessRow, RegistryQueue};
use app::i18n::mail;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::identity::BusinessRole;
use shared::time::now;

/// Longest reason kept with a claim.
pub const REASON_CHARS: usize = 2_000;

#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    #[error("not allowed")]
    Denied(Denial),
    /// No business with that tax code.
    #[error("unknown tax code")]
    Unknown,
    /// The claimant already has an open claim on it, or is one of its members.
    #[error("already claimed or member")]
    Pointless,
    #[error("reason missing")]
    NoReason,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("not allowed")]
    Denied(Denial),
    /// Already decided, or gone.
    #[error("nothing to decide")]
    NotFound,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl Businesses {
    /// The registry agency's id, and whether `actor` is its counter.
    async fn registry_of(&self, actor: &Actor) -> Result<i64, Denial> {
        let code = self.registry.clone();
        let registry = self.db.run(move |conn| crate::services::organisation::agency_id(conn, &code)).await;
        let registry = registry.map_err(|e| {
            tracing::error!(error = %e, "cannot read the business registry agency");
            Denial::Forbidden
        })?;
        let Some(registry) = registry else {
            tracing::warn!(code = %self.registry, "PORTAL_BUSINESS_REGISTRY names no agency: nobody can verify businesses");
            return Err(Denial::Forbidden);
        };
        decide(actor, Action::VerifyBusinesses { registry })?;
        Ok(registry)
    }

    /// A claim that `tax_code` was registered by someone who does not represent the business.
    pub async fn claim(
        &self,
        actor: &Actor,
        tax_code: &str,
        reason: &str,
        ip: Option<String>,
    ) -> Result<(), ClaimError> {
        decide(actor, Action::RegisterBusiness).map_err(ClaimError::Denied)?;
        let claimant = actor.account().ok_or(ClaimError::Denied(Denial::SignInRequired))?;
        let tax_code = shared::identity::TaxCode::parse(tax_code).map_err(|_| ClaimError::Unknown)?.display();
        let reason: String = shared::text::nfc(reason.trim()).chars().take(REASON_CHARS).collect();
        if reason.is_empty() {
            return Err(ClaimError::NoReason);
        }
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let business: Option<i64> = businesses::table
                        .filter(businesses::tax_code.eq(&tax_code))
                        .select(businesses::id)
                        .first(conn)
                        .optional()?;
                    let Some(business) = business else { return Ok(Err(ClaimError::Unknown)) };
                    let member: i64 = business_members::table
                        .filter(business_members::business_id.eq(business))
                        .filter(business_members::account_id.eq(claimant))
                        .count()
                        .get_result(conn)?;
                    let open: i64 = business_claims::table
                        .filter(business_claims::business_id.eq(business))
                        .filter(business_claims::claimant_account_id.eq(claimant))
                        .filter(business_claims::decided_at.is_null())
                        .count()
                        .get_result(conn)?;
                    if member + open > 0 {
                        return Ok(Err(ClaimError::Pointless));
                    }
                    diesel::insert_into(business_claims::table)
                        .values((
                            business_claims::business_id.eq(business),
                            business_claims::claimant_account_id.eq(claimant),
                            business_claims::reason.eq(&reason),
                            business_claims::created_at.eq(now),
                        ))
                        .execute(conn)?;
                    let entry = Entry {
                        event: Event::BusinessContested,
                        actor: Some(claimant),
                        subject: Some(format!("business:{business}")),
                        ip: ip.as_deref(),
                        detail: None,
                    };
                    audit::record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }

    /// What the registry's counter has to decide: registrations waiting, open claims.
    pub async fn registry_queue(&self, actor: &Actor) -> Result<RegistryQueue, Denial> {
        self.registry_of(actor).await?;
        self.db.run(load_queue).await.map_err(|e| {
            tracing::error!(error = %e, "cannot load the business registry's queue");
            Denial::Forbidden
        })
    }

    /// The counter approves or rejects (deletes) a registration waiting for verification.
    pub async fn verify(
        &self,
        actor: &Actor,
        business: i64,
        approve: bool,
        ip: Option<String>,
    ) -> Result<(), DecideError> {
        self.registry_of(actor).await.map_err(DecideError::Denied)?;
        let officer = actor.account().ok_or(DecideError::Denied(Denial::SignInRequired))?;
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let waiting: Option<(String, i64)> = businesses::table
                        .filter(businesses::id.eq(business))
                        .filter(businesses::verified_at.is_null())
                        .select((businesses::name, businesses::created_by))
                        .first(conn)
                        .optional()?;
                    let Some((name, registrant)) = waiting else { return Ok(Err(DecideError::NotFound)) };
                    if approve {
                        mark_verified(conn, business, officer, now)?;
                    } else {
                        diesel::delete(businesses::table.filter(businesses::id.eq(business))).execute(conn)?;
                    }
                    let entry = Entry {
                        event: Event::BusinessVerified,
                        actor: Some(officer),
                        subject: Some(format!("business:{business}")),
                        ip: ip.as_deref(),
                        detail: Some(if approve { "approved" } else { "rejected" }),
                    };
                    audit::record(conn, now, entry)?;
                    tell(conn, registrant, &verdict_mail(&name, approve, &base), now)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }

    /// The counter decides a claim. Upheld: every member is removed, pending invitations are
    /// withdrawn, and the claimant becomes the business's sole owner, verified by the officer.
    pub async fn decide_claim(
        &self,
        actor: &Actor,
        claim: i64,
        uphold: bool,
        ip: Option<String>,
    ) -> Result<(), DecideError> {
        self.registry_of(actor).await.map_err(DecideError::Denied)?;
        let officer = actor.account().ok_or(DecideError::Denied(Denial::SignInRequired))?;
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let decided = diesel::update(
                        business_claims::table
                            .filter(business_claims::id.eq(claim))
                            .filter(business_claims::decided_at.is_null()),
                    )
                    .set((
                        business_claims::decided_at.eq(now),
                        business_claims::decided_by.eq(officer),
                        business_claims::outcome.eq(if uphold { "upheld" } else { "dismissed" }),
                    ))
                    .execute(conn)?;
                    if decided != 1 {
                        return Ok(Err(DecideError::NotFound));
                    }
                    let (business, claimant): (i64, i64) = business_claims::table
                        .filter(business_claims::id.eq(claim))
                        .select((business_claims::business_id, business_claims::claimant_account_id))
                        .first(conn)?;
                    let name: String =
                        businesses::table.filter(businesses::id.eq(business)).select(businesses::name).first(conn)?;
                    if uphold {
                        hand_over(conn, business, claimant, officer, now, &name, &base)?;
                    }
                    let entry = Entry {
                        event: Event::BusinessContested,
                        actor: Some(officer),
                        subject: Some(format!("business:{business}")),
                        ip: ip.as_deref(),
                        detail: Some(if uphold { "upheld" } else { "dismissed" }),
                    };
                    audit::record(conn, now, entry)?;
                    tell(conn, claimant, &claim_mail(&name, uphold, &base), now)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }
}

fn mark_verified(conn: &mut DbConn, business: i64, officer: i64, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(businesses::table.filter(businesses::id.eq(business)))
        .set((
            businesses::verified_at.eq(now),
            businesses::verified_how.eq(VERIFIED_BY_OFFICER),
            businesses::verified_by.eq(officer),
        ))
        .execute(conn)?;
    Ok(())
}

/// The business to the claimant alone: the squatters lose it (and are told), invitations die.
fn hand_over(
    conn: &mut DbConn,
    business: i64,
    claimant: i64,
    officer: i64,
    now: NaiveDateTime,
    name: &str,
    base: &url::Url,
) -> Result<(), DbError> {
    let removed: Vec<i64> = business_members::table
        .filter(business_members::business_id.eq(business))
        .select(business_members::account_id)
        .load(conn)?;
    diesel::delete(business_members::table.filter(business_members::business_id.eq(business))).execute(conn)?;
    diesel::delete(
        business_invitations::table
            .filter(business_invitations::business_id.eq(business))
            .filter(business_invitations::accepted_at.is_null()),
    )
    .execute(conn)?;
    diesel::insert_into(business_members::table)
        .values((
            business_members::business_id.eq(business),
            business_members::account_id.eq(claimant),
            business_members::joined_at.eq(now),
            business_members::role.eq(BusinessRole::Owner),
        ))
        .execute(conn)?;
    mark_verified(conn, business, officer, now)?;
    for account in removed {
        let entry = Entry {
            event: Event::MemberRemoved,
            actor: Some(officer),
            subject: Some(format!("business:{business}:account:{account}")),
            ip: None,
            detail: Some("claim_upheld"),
        };
        audit::record(conn, now, entry)?;
        tell(conn, account, &removed_mail(name, base), now)?;
    }
    Ok(())
}

fn load_queue(conn: &mut DbConn) -> Result<RegistryQueue, DbError> {
    let shown = shared::time::minute;
    type Waiting =
        (i64, String, String, String, Option<String>, NaiveDateTime, String, Option<String>, bool, Option<String>);
    let waiting: Vec<Waiting> = businesses::table
        .inner_join(accounts::table.on(accounts::id.eq(businesses::created_by)))
        .filter(businesses::verified_at.is_null())
        .order(businesses::created_at)
        .limit(200)
        .select((
            businesses::id,
            businesses::tax_code,
            businesses::name,
            businesses::representative,
            businesses::representative_id,
            businesses::created_at,
            accounts::full_name,
            accounts::email,
            accounts::identity_verified,
            accounts::citizen_id,
        ))
        .load(conn)?;
    type Claim = (i64, String, String, String, NaiveDateTime, String, Option<String>, bool);
    let claims: Vec<Claim> = business_claims::table
        .inner_join(businesses::table)
        .inner_join(accounts::table.on(accounts::id.eq(business_claims::claimant_account_id)))
        .filter(business_claims::decided_at.is_null())
        .order(business_claims::created_at)
        .limit(200)
        .select((
            business_claims::id,
            businesses::tax_code,
            businesses::name,
            business_claims::reason,
            business_claims::created_at,
            accounts::full_name,
            accounts::email,
            accounts::identity_verified,
        ))
        .load(conn)?;
    Ok(RegistryQueue {
        waiting: waiting
            .into_iter()
            .map(|(id, tax_code, name, representative, representative_id, at, by, email, vouched, own_id)| {
                let registrant_is_representative =
                    vouched && own_id.is_some() && own_id.as_deref() == representative_id.as_deref();
                PendingBusinessRow {
                    id,
                    tax_code,
                    name,
                    representative,
                    representative_id: representative_id.unwrap_or_default(),
                    registered_at: shown(at),
                    registrant: by,
                    registrant_email: email.unwrap_or_default(),
                    registrant_verified: vouched,
                    registrant_is_representative,
                }
            })
            .collect(),
        claims: claims
            .into_iter()
            .map(|(id, tax_code, name, reason, at, by, email, vouched)| ClaimRow {
                id,
                tax_code,
                business_name: name,
                reason,
                claimed_at: shown(at),
                claimant: by,
                claimant_email: email.unwrap_or_default(),
                claimant_verified: vouched,
            })
            .collect(),
    })
}

fn tell(conn: &mut DbConn, account: i64, mail: &OwnedMail, now: NaiveDateTime) -> Result<(), DbError> {
    let to: Option<String> = accounts::table.filter(accounts::id.eq(account)).select(accounts::email).first(conn)?;
    if let Some(to) = to {
        notify::enqueue(conn, now, notify::Mail { to: &to, subject: &mail.subject, body: &mail.body })?;
    }
    Ok(())
}

fn page(base: &url::Url) -> String {
    base.join("/doanh-nghiep").map(|u| u.to_string()).unwrap_or_default()
}

fn verdict_mail(name: &str, approved: bool, base: &url::Url) -> OwnedMail {
    let text = if approved { &mail::BUSINESS_VERIFIED } else { &mail::BUSINESS_NOT_VERIFIED };
    OwnedMail::new("", text, &[("business", name), ("page", &page(base))])
}

fn claim_mail(name: &str, upheld: bool, base: &url::Url) -> OwnedMail {
    let text = if upheld { &mail::CLAIM_UPHELD } else { &mail::CLAIM_DISMISSED };
    OwnedMail::new("", text, &[("business", name), ("page", &page(base))])
}

fn removed_mail(name: &str, base: &url::Url) -> OwnedMail {
    OwnedMail::new("", &mail::MEMBER_REMOVED, &[("business", name), ("page", &page(base))])
}
