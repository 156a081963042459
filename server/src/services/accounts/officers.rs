//! Officers: accounts created by an administrator (never self-registered), belonging to one
//! agency and optionally a unit in it, holding roles. A new officer gets a link to set their
//! password; at the first sign-in they enrol the second factor.
//!
//! Every change is authorized here through `shared::access` with the acting admin, so the web
//! page and any later API share the same rule; the command line acts as the system itself.

use super::audit::{self, Entry, Event};
use super::{Accounts, KIND_OFFICER, OwnedMail, insert_token, sessions, tokens};
use crate::db::schema::{accounts, agencies, agency_units, officer_roles, officers};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Role, decide};
use shared::identity::{OfficerProblem, ValidOfficer};
use shared::time::now;

/// How long the "set your password" link of a new officer stays valid.
pub const SET_PASSWORD_FOR: Duration = Duration::hours(72);

/// Who is making an administrative change.
#[derive(Clone, Debug)]
pub enum Admin {
    /// The `portal admin` command, run by whoever operates the server.
    System,
    /// An officer through the web page; checked against `shared::access`.
    Officer(Actor),
}

impl Admin {
    fn account(&self) -> Option<i64> {
        match self {
            Admin::System => None,
            Admin::Officer(actor) => actor.account(),
        }
    }

    fn may(&self, action: Action) -> bool {
        match self {
            Admin::System => true,
            Admin::Officer(actor) => decide(actor, action).is_ok(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OfficerError {
    #[error("refused: {0:?}")]
    Refused(Vec<OfficerProblem>),
    #[error("no such officer")]
    NotFound,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

pub struct CreatedOfficer {
    pub account_id: i64,
    /// The single-use link to set a password (also mailed).
    pub set_password_link: String,
}

impl Accounts {
    /// Creates an officer and mails them a link to set their password.
    pub async fn create_officer(
        &self,
        admin: Admin,
        officer: ValidOfficer,
        ip: Option<String>,
    ) -> Result<CreatedOfficer, OfficerError> {
        let mut refused = Vec::new();
        let grants_all =
            officer.roles.iter().all(|&role| admin.may(Action::GrantRole { agency: officer.agency_id, role }));
        if !admin.may(Action::ManageOfficers { agency: officer.agency_id }) || !grants_all {
            refused.push(OfficerProblem::NotAllowed);
        }
        if !refused.is_empty() {
            return Err(OfficerError::Refused(refused));
        }
        let base = self.base_url.clone();
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let mut problems = Vec::new();
                    let agency: Option<i64> = agencies::table
                        .filter(agencies::id.eq(officer.agency_id))
                        .select(agencies::id)
                        .first(conn)
                        .optional()?;
                    if agency.is_none() {
                        problems.push(OfficerProblem::AgencyMissing);
                    }
                    if let Some(unit) = officer.unit_id {
                        let in_agency: Option<i64> = agency_units::table
                            .filter(agency_units::id.eq(unit))
                            .filter(agency_units::agency_id.eq(officer.agency_id))
                            .select(agency_units::id)
                            .first(conn)
                            .optional()?;
                        if in_agency.is_none() {
                            problems.push(OfficerProblem::UnitInvalid);
                        }
                    }
                    let taken: Option<i64> = accounts::table
                        .filter(accounts::email.eq(officer.email.as_str()))
                        .select(accounts::id)
                        .first(conn)
                        .optional()?;
                    if taken.is_some() {
                        problems.push(OfficerProblem::EmailTaken);
                    }
                    if !problems.is_empty() {
                        return Ok(Err(problems));
                    }
                    diesel::insert_into(accounts::table)
                        .values((
                            accounts::kind.eq(KIND_OFFICER),
                            accounts::email.eq(officer.email.as_str()),
                            // The administrator vouches for the work address.
                            accounts::email_verified_at.eq(now),
                            accounts::full_name.eq(&officer.full_name),
                            accounts::identity_verified.eq(false),
                            accounts::created_at.eq(now),
                        ))
                        .execute(conn)?;
                    let account_id: i64 = accounts::table
                        .filter(accounts::email.eq(officer.email.as_str()))
                        .select(accounts::id)
                        .first(conn)?;
                    diesel::insert_into(officers::table)
                        .values((
                            officers::account_id.eq(account_id),
                            officers::agency_id.eq(officer.agency_id),
                            officers::unit_id.eq(officer.unit_id),
                            officers::title.eq(&officer.title),
                        ))
                        .execute(conn)?;
                    insert_roles(conn, account_id, &officer.roles, admin.account(), now)?;
                    let token = tokens::new_secret();
                    insert_token(conn, account_id, super::PURPOSE_RESET_PASSWORD, &token, now, SET_PASSWORD_FOR)?;
                    let link =
                        base.join(&format!("/dat-lai-mat-khau?ma={token}")).map(|u| u.to_string()).unwrap_or_default();
                    let mail = welcome_mail(officer.email.as_str(), &officer.full_name, &link);
                    super::notify::enqueue_with_link(conn, now, mail.as_mail())?;
                    let roles = role_list(&officer.roles);
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::OfficerCreated,
                            actor: admin.account(),
                            subject: Some(account_id.to_string()),
                            ip: ip.as_deref(),
                            detail: Some(&roles),
                        },
                    )?;
                    Ok::<_, DbError>(Ok(CreatedOfficer { account_id, set_password_link: link }))
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        outcome.map_err(OfficerError::Refused)
    }

    /// Replaces an officer's roles. A privilege change: the officer's sessions end, so the new
    /// roles apply from a fresh sign-in.
    pub async fn set_roles(
        &self,
        admin: Admin,
        officer_id: i64,
        roles: Vec<Role>,
        ip: Option<String>,
    ) -> Result<(), OfficerError> {
        let agency = self.may_change(&admin, officer_id).await?;
        // Granting a role needs the right to grant it (removing one is covered: the admin may
        // grant every role the officer holds, or `may_change` refused).
        if roles.iter().any(|&role| !admin.may(Action::GrantRole { agency, role })) {
            return Err(OfficerError::Refused(vec![OfficerProblem::NotAllowed]));
        }
        if roles.is_empty() {
            return Err(OfficerError::Refused(vec![OfficerProblem::NoRole]));
        }
        let by = admin.account();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    diesel::delete(officer_roles::table.filter(officer_roles::account_id.eq(officer_id)))
                        .execute(conn)?;
                    insert_roles(conn, officer_id, &roles, by, now)?;
                    sessions::end_all(conn, officer_id, now)?;
                    let detail = role_list(&roles);
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::RolesChanged,
                            actor: by,
                            subject: Some(officer_id.to_string()),
                            ip: ip.as_deref(),
                            detail: Some(&detail),
                        },
                    )
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        Ok(())
    }

    /// Resets an officer's second factor on an admin's behalf (lost phone).
    pub async fn admin_reset_second_factor(
        &self,
        admin: Admin,
        officer_id: i64,
        ip: Option<String>,
    ) -> Result<(), OfficerError> {
        self.may_change(&admin, officer_id).await?;
        let by = admin.account().unwrap_or(officer_id);
        self.reset_second_factor(officer_id, by, ip).await?;
        Ok(())
    }

    /// The officer's agency, if `admin` may change them at all: manage the agency's officers, and
    /// grant every role the officer holds. An agency admin therefore can neither reset the second
    /// factor of, nor sign out, nor change the roles of a system admin (nor of another agency
    /// admin's peer with a role they could not grant).
    async fn may_change(&self, admin: &Admin, officer_id: i64) -> Result<i64, OfficerError> {
        let agency = self.officer_agency(officer_id).await?.ok_or(OfficerError::NotFound)?;
        let held = self.officer_roles(officer_id).await?;
        let allowed = admin.may(Action::ManageOfficers { agency })
            && held.iter().all(|&role| admin.may(Action::GrantRole { agency, role }));
        if allowed { Ok(agency) } else { Err(OfficerError::Refused(vec![OfficerProblem::NotAllowed])) }
    }

    async fn officer_agency(&self, officer_id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .db
            .run(move |conn| {
                Ok(officers::table
                    .filter(officers::account_id.eq(officer_id))
                    .select(officers::agency_id)
                    .first(conn)
                    .optional()?)
            })
            .await?)
    }

    async fn officer_roles(&self, officer_id: i64) -> anyhow::Result<Vec<Role>> {
        Ok(self
            .db
            .run(move |conn| {
                Ok(officer_roles::table
                    .filter(officer_roles::account_id.eq(officer_id))
                    .select(officer_roles::role)
                    .load(conn)?)
            })
            .await?)
    }
}

fn insert_roles(
    conn: &mut DbConn,
    account_id: i64,
    roles: &[Role],
    by: Option<i64>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    for role in roles {
        diesel::insert_into(officer_roles::table)
            .values((
                officer_roles::account_id.eq(account_id),
                officer_roles::role.eq(role.code()),
                officer_roles::granted_at.eq(now),
                officer_roles::granted_by.eq(by),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn role_list(roles: &[Role]) -> String {
    roles.iter().map(|r| r.code()).collect::<Vec<_>>().join(",")
}

fn welcome_mail(to: &str, name: &str, link: &str) -> OwnedMail {
    OwnedMail::new(to, &app::i18n::mail::OFFICER_WELCOME, &[("name", name), ("link", link)])
}
