//! Businesses (tổ chức, doanh nghiệp): registered by a signed-in person with the tax code, who
//! becomes its owner; owners invite others by e-mail and remove members. Every member sees
//! everything of the business, including its dossiers, through `shared::access`.
//!
//! A business counts (its members may file for it and see its dossiers) only once its
//! representation is verified (`representation.rs`) by an officer of the business registry. Not
//! automatically when the registrant's VNeID-verified ID number equals the representative's
//! number typed in the form: that number is the registrant's own word (nothing here reads the
//! national business registry), so anyone with VNeID could claim any company by typing their own
//! number. The counter sees that match as a hint. A tax code registered by someone else can be
//! claimed by its real representative; the registry decides.

mod members;
mod representation;

pub use members::MemberError;
pub use representation::{ClaimError, DecideError};

use super::accounts::{OwnedMail, tokens};
use super::audit::{self, Entry, Event};
use super::notify;
use crate::db::schema::{accounts, business_invitations, business_members, businesses};
use crate::db::{Db, DbError};
use app::api::ServiceError;
use app::api::business::{BusinessDossierList, BusinessView, DossierFilter, InvitationView, MemberView};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::identity::BusinessRole;
use shared::identity::{BusinessProblem, Email, ValidBusiness};
use shared::time::now;

/// How long an invitation link stays valid.
pub const INVITATION_FOR: Duration = Duration::days(7);

/// `businesses.verified_how`: an officer of the business registry approved it.
pub const VERIFIED_BY_OFFICER: &str = "officer";

#[derive(Clone)]
pub struct Businesses {
    db: Db,
    base_url: url::Url,
    /// The code of the agency that registers businesses (`PORTAL_BUSINESS_REGISTRY`).
    registry: String,
    /// Invitations sent, per inviter and per client address.
    invitations: std::sync::Arc<super::rate_limit::RateLimiter>,
}

/// Invitations one inviter (or one client address) may send an hour.
pub const INVITATIONS_PER_HOUR: u32 = 20;

#[derive(Debug, thiserror::Error)]
pub enum BusinessError {
    #[error("refused: {0:?}")]
    Refused(Vec<BusinessProblem>),
    #[error("not allowed")]
    Denied(Denial),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum InvitationError {
    #[error("invalid, used or expired invitation")]
    Invalid,
    /// The invitation was sent to another address than the signed-in account's.
    #[error("invitation for another address")]
    OtherAddress,
    #[error("not allowed")]
    Denied(Denial),
    #[error("invalid address")]
    BadAddress,
    /// Too many invitations this hour.
    #[error("too many invitations")]
    TooMany,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl Businesses {
    pub fn new(db: Db, base_url: url::Url, registry: String) -> Self {
        let invitations =
            super::rate_limit::RateLimiter::new(INVITATIONS_PER_HOUR, std::time::Duration::from_secs(3_600))
                .shared(&db, "invitations");
        Self { db, base_url, registry, invitations: std::sync::Arc::new(invitations) }
    }

    /// Registers a business; the actor becomes its owner, and it waits for the registry's
    /// verification. Returns its id.
    pub async fn register(
        &self,
        actor: &Actor,
        business: ValidBusiness,
        ip: Option<String>,
    ) -> Result<i64, BusinessError> {
        decide(actor, Action::RegisterBusiness).map_err(BusinessError::Denied)?;
        let account = actor.account().ok_or(BusinessError::Denied(Denial::SignInRequired))?;
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let tax_code = business.tax_code.display();
                    let taken: Option<i64> = businesses::table
                        .filter(businesses::tax_code.eq(&tax_code))
                        .select(businesses::id)
                        .first(conn)
                        .optional()?;
                    if taken.is_some() {
                        return Ok(Err(vec![BusinessProblem::TaxCodeTaken]));
                    }
                    let representative_id = business.representative_id.as_str();
                    let id: i64 = diesel::insert_into(businesses::table)
                        .values((
                            businesses::tax_code.eq(&tax_code),
                            businesses::name.eq(&business.name),
                            businesses::address.eq(&business.address),
                            businesses::representative.eq(&business.representative),
                            businesses::representative_id.eq(representative_id),
                            businesses::created_by.eq(account),
                            businesses::created_at.eq(now),
                        ))
                        .returning(businesses::id)
                        .get_result(conn)?;
                    diesel::insert_into(business_members::table)
                        .values((
                            business_members::business_id.eq(id),
                            business_members::account_id.eq(account),
                            business_members::joined_at.eq(now),
                            business_members::role.eq(BusinessRole::Owner),
                        ))
                        .execute(conn)?;
                    let entry = Entry {
                        event: Event::BusinessRegistered,
                        actor: Some(account),
                        subject: Some(format!("business:{id}")),
                        ip: ip.as_deref(),
                        detail: Some("pending"),
                    };
                    audit::record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(id))
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        outcome.map_err(BusinessError::Refused)
    }

    /// Mails an invitation to join `business` to `email`.
    pub async fn invite(
        &self,
        actor: &Actor,
        business: i64,
        email: &str,
        ip: Option<String>,
    ) -> Result<(), InvitationError> {
        decide(actor, Action::InviteToBusiness { business }).map_err(InvitationError::Denied)?;
        let by = actor.account().ok_or(InvitationError::Denied(Denial::SignInRequired))?;
        let email = Email::parse(email).map_err(|_| InvitationError::BadAddress)?;
        // Each invitation mails someone: a few an hour per inviter, and per client address.
        if !self.invitations.allow(&format!("account:{by}")).await
            || !self.invitations.allow(ip.as_deref().unwrap_or("unknown")).await
        {
            return Err(InvitationError::TooMany);
        }
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let name: String =
                        businesses::table.filter(businesses::id.eq(business)).select(businesses::name).first(conn)?;
                    let inviter: String =
                        accounts::table.filter(accounts::id.eq(by)).select(accounts::full_name).first(conn)?;
                    let token = tokens::new_secret();
                    diesel::insert_into(business_invitations::table)
                        .values((
                            business_invitations::token_hash.eq(tokens::hash_secret(&token)),
                            business_invitations::business_id.eq(business),
                            business_invitations::email.eq(email.as_str()),
                            business_invitations::invited_by.eq(by),
                            business_invitations::created_at.eq(now),
                            business_invitations::expires_at.eq(now + INVITATION_FOR),
                        ))
                        .execute(conn)?;
                    let link = base
                        .join(&format!("/doanh-nghiep/loi-moi?ma={token}"))
                        .map(|u| u.to_string())
                        .unwrap_or_default();
                    notify::enqueue_with_link(
                        conn,
                        now,
                        invitation_mail(email.as_str(), &name, &inviter, &link).as_mail(),
                    )?;
                    let entry = Entry {
                        event: Event::MemberInvited,
                        actor: Some(by),
                        subject: Some(format!("business:{business}")),
                        ip: ip.as_deref(),
                        detail: None,
                    };
                    audit::record(conn, now, entry)
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        Ok(())
    }

    /// Accepts an invitation as the signed-in person, whose verified address must be the one
    /// invited (the link alone could have been forwarded). Returns the business id.
    pub async fn accept(&self, actor: &Actor, token: String, ip: Option<String>) -> Result<i64, InvitationError> {
        // Members are people (citizens); an officer account cannot join a business.
        decide(actor, Action::RegisterBusiness).map_err(InvitationError::Denied)?;
        let account = actor.account().ok_or(InvitationError::Denied(Denial::SignInRequired))?;
        if !tokens::is_well_formed(&token) {
            return Err(InvitationError::Invalid);
        }

        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let hash = tokens::hash_secret(&token);
                    let Some((business, invited)) = open_invitation(conn, &hash, now)? else {
                        return Ok(Err(InvitationError::Invalid));
                    };
                    let mine: Option<String> = accounts::table
                        .filter(accounts::id.eq(account))
                        .filter(accounts::email_verified_at.is_not_null())
                        .select(accounts::email.assume_not_null())
                        .first(conn)
                        .optional()?;
                    if mine.as_deref() != Some(invited.as_str()) {
                        return Ok(Err(InvitationError::OtherAddress));
                    }
                    let spent = diesel::update(
                        business_invitations::table
                            .filter(business_invitations::token_hash.eq(&hash))
                            .filter(business_invitations::accepted_at.is_null()),
                    )
                    .set((business_invitations::accepted_at.eq(now), business_invitations::accepted_by.eq(account)))
                    .execute(conn)?;
                    if spent != 1 {
                        return Ok(Err(InvitationError::Invalid));
                    }
                    let already: Option<i64> = business_members::table
                        .filter(business_members::business_id.eq(business))
                        .filter(business_members::account_id.eq(account))
                        .select(business_members::account_id)
                        .first(conn)
                        .optional()?;
                    if already.is_none() {
                        let invited_by: i64 = business_invitations::table
                            .filter(business_invitations::token_hash.eq(&hash))
                            .select(business_invitations::invited_by)
                            .first(conn)?;
                        diesel::insert_into(business_members::table)
                            .values((
                                business_members::business_id.eq(business),
                                business_members::account_id.eq(account),
                                business_members::joined_at.eq(now),
                                business_members::invited_by.eq(invited_by),
                                business_members::role.eq(BusinessRole::Member),
                            ))
                            .execute(conn)?;
                        let entry = Entry {
                            event: Event::MemberJoined,
                            actor: Some(account),
                            subject: Some(format!("business:{business}")),
                            ip: ip.as_deref(),
                            detail: None,
                        };
                        audit::record(conn, now, entry)?;
                    }
                    Ok::<_, DbError>(Ok(business))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }
}

fn open_invitation(
    conn: &mut crate::db::DbConn,
    hash: &str,
    now: NaiveDateTime,
) -> Result<Option<(i64, String)>, DbError> {
    Ok(business_invitations::table
        .filter(business_invitations::token_hash.eq(hash))
        .filter(business_invitations::accepted_at.is_null())
        .filter(business_invitations::expires_at.gt(now))
        .select((business_invitations::business_id, business_invitations::email))
        .first(conn)
        .optional()?)
}

#[async_trait::async_trait]
impl app::api::business::BusinessService for Businesses {
    async fn mine(&self, actor: &Actor) -> Result<Vec<BusinessView>, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        let Actor::Person { account, .. } = actor.clone() else { return Ok(Vec::new()) };
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let now = now();
                // Every membership, verified or not: a pending one shows its status (and nothing
                // else the access rules keep for verified businesses).
                type Row = (i64, String, String, String, String, Option<NaiveDateTime>, BusinessRole);
                let rows: Vec<Row> = businesses::table
                    .inner_join(business_members::table)
                    .filter(business_members::account_id.eq(account))
                    .order(businesses::name)
                    .select((
                        businesses::id,
                        businesses::tax_code,
                        businesses::name,
                        businesses::address,
                        businesses::representative,
                        businesses::verified_at,
                        business_members::role,
                    ))
                    .load(conn)?;
                let mut out = Vec::with_capacity(rows.len());
                for (id, tax_code, name, address, representative, verified_at, role) in rows {
                    let members: Vec<(i64, String, Option<String>, BusinessRole)> = business_members::table
                        .inner_join(accounts::table)
                        .filter(business_members::business_id.eq(id))
                        .order(business_members::joined_at)
                        .select((accounts::id, accounts::full_name, accounts::email, business_members::role))
                        .load(conn)?;
                    let pending: Vec<String> = business_invitations::table
                        .filter(business_invitations::business_id.eq(id))
                        .filter(business_invitations::accepted_at.is_null())
                        .filter(business_invitations::expires_at.gt(now))
                        .order(business_invitations::created_at)
                        .select(business_invitations::email)
                        .load(conn)?;
                    let dossiers = if decide(&actor, Action::ViewBusiness { business: id }).is_ok() {
                        let mut rows = business_dossiers(conn, &actor, id, &DossierFilter::default(), 10)?;
                        rows.truncate(10);
                        rows
                    } else {
                        Vec::new()
                    };
                    out.push(BusinessView {
                        id,
                        tax_code,
                        name,
                        address,
                        representative,
                        verified: verified_at.is_some(),
                        owner: role == BusinessRole::Owner,
                        members: members
                            .into_iter()
                            .map(|(account_id, name, email, role)| MemberView {
                                you: account_id == account,
                                account_id,
                                name,
                                email: email.unwrap_or_default(),
                                owner: role == BusinessRole::Owner,
                            })
                            .collect(),
                        pending_invitations: pending,
                        dossiers,
                    });
                }
                Ok(out)
            })
            .await
            .map_err(super::unexpected)
    }

    async fn dossiers(
        &self,
        actor: &Actor,
        business: i64,
        filter: DossierFilter,
        limit: usize,
    ) -> Result<BusinessDossierList, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        // Not a member: the same answer as a business that does not exist.
        decide(actor, Action::ViewBusiness { business }).map_err(|_| ServiceError::NotFound)?;
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let business_name: String =
                    businesses::table.filter(businesses::id.eq(business)).select(businesses::name).first(conn)?;
                let mut rows = business_dossiers(conn, &actor, business, &filter, limit)?;
                let truncated = rows.len() > limit;
                rows.truncate(limit);
                Ok(BusinessDossierList { business_name, rows, truncated })
            })
            .await
            .map_err(super::unexpected)
    }

    async fn registry_queue(&self, actor: &Actor) -> Result<app::api::business::RegistryQueue, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        Businesses::registry_queue(self, actor).await.map_err(ServiceError::Denied)
    }

    async fn invitation(&self, token: String) -> Result<Option<InvitationView>, ServiceError> {
        if !tokens::is_well_formed(&token) {
            return Ok(None);
        }
        self.db
            .run(move |conn| {
                let Some((business, email)) = open_invitation(conn, &tokens::hash_secret(&token), now())? else {
                    return Ok(None);
                };
                let name: String =
                    businesses::table.filter(businesses::id.eq(business)).select(businesses::name).first(conn)?;
                Ok(Some(InvitationView { business_name: name, email }))
            })
            .await
            .map_err(super::unexpected)
    }
}

/// The business's submitted dossiers matching `filter`, newest first (a member's drafts stay
/// theirs); `limit + 1` are read so the caller knows whether there are more.
fn business_dossiers(
    conn: &mut crate::db::DbConn,
    reader: &Actor,
    business: i64,
    filter: &DossierFilter,
    limit: usize,
) -> Result<Vec<app::api::filing::DossierRow>, DbError> {
    use crate::db::schema::{dossiers, procedures};
    let mut q = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::business_id.eq(business))
        .filter(dossiers::status.ne(shared::dossier::Status::Draft.code()))
        .into_boxed();
    if let Some(status) = &filter.status {
        q = q.filter(dossiers::status.eq(status.clone()));
    }
    if let Some(p) = &filter.procedure {
        let folded = format!("%{}%", shared::text::search_key(p).replace(['%', '_'], ""));
        let code = format!("%{}%", p.replace(['%', '_'], ""));
        q = q.filter(procedures::name_key.like(folded).or(procedures::code.like(code)));
    }
    let day = |s: &Option<String>| s.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    if let Some(from) = day(&filter.from) {
        q = q.filter(dossiers::submitted_at.ge(shared::time::start_of(from)));
    }
    if let Some(to) = day(&filter.to) {
        let end = shared::time::end_of(to);
        q = q.filter(dossiers::submitted_at.lt(end));
    }
    let rows: Vec<(i64, Option<String>, String, shared::dossier::Status, NaiveDateTime)> = q
        .order((dossiers::updated_at.desc(), dossiers::id.desc()))
        .limit(i64::try_from(limit).unwrap_or(i64::MAX).saturating_add(1))
        .select((dossiers::id, dossiers::code, procedures::name, dossiers::status, dossiers::updated_at))
        .load(conn)?;
    let mut rows: Vec<_> = rows
        .into_iter()
        .map(|(id, code, procedure_name, status, updated)| app::api::filing::DossierRow {
            id,
            code,
            procedure_name,
            status,
            updated: shared::time::minute(updated),
            unread: 0,
        })
        .collect();
    crate::services::dossier::unread::count_rows(conn, reader.account().unwrap_or(0), &mut rows)?;
    Ok(rows)
}

fn invitation_mail(to: &str, business: &str, inviter: &str, link: &str) -> OwnedMail {
    let holes = [("business", business), ("inviter", inviter), ("link", link)];
    OwnedMail::new(to, &app::i18n::mail::BUSINESS_INVITATION, &holes)
}
