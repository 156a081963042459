//! Members leave a business, and owners remove them. Access ends with the row: the actor is
//! read again on every request (`businesses::person`), so a removed member sees nothing more
//! of the business or its dossiers from their next click.

use super::super::audit::{self, Entry, Event};
use super::Businesses;
use crate::db::schema::business_members;
use crate::db::{DbConn, DbError};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::identity::BusinessRole;
use shared::time::now;

#[derive(Debug, thiserror::Error)]
pub enum MemberError {
    #[error("not allowed")]
    Denied(Denial),
    /// Not a member (any more).
    #[error("not a member")]
    NotFound,
    /// The last owner cannot leave or be removed while others remain: nobody could manage them.
    #[error("the last owner")]
    LastOwner,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl Businesses {
    /// An owner removes `member` (or a member removes themselves: leaving).
    pub async fn remove_member(
        &self,
        actor: &Actor,
        business: i64,
        member: i64,
        ip: Option<String>,
    ) -> Result<(), MemberError> {
        let me = actor.account().ok_or(MemberError::Denied(Denial::SignInRequired))?;
        if me != member {
            decide(actor, Action::ManageBusinessMembers { business }).map_err(MemberError::Denied)?;
        }
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some(role) = role_of(conn, business, member)? else { return Ok(Err(MemberError::NotFound)) };
                    let others: i64 = business_members::table
                        .filter(business_members::business_id.eq(business))
                        .filter(business_members::account_id.ne(member))
                        .count()
                        .get_result(conn)?;
                    let other_owners: i64 = business_members::table
                        .filter(business_members::business_id.eq(business))
                        .filter(business_members::account_id.ne(member))
                        .filter(business_members::role.eq(BusinessRole::Owner))
                        .count()
                        .get_result(conn)?;
                    if role == BusinessRole::Owner && others > 0 && other_owners == 0 {
                        return Ok(Err(MemberError::LastOwner));
                    }
                    diesel::delete(
                        business_members::table
                            .filter(business_members::business_id.eq(business))
                            .filter(business_members::account_id.eq(member)),
                    )
                    .execute(conn)?;
                    let entry = Entry {
                        event: Event::MemberRemoved,
                        actor: Some(me),
                        subject: Some(format!("business:{business}:account:{member}")),
                        ip: ip.as_deref(),
                        detail: Some(if me == member { "left" } else { "removed" }),
                    };
                    audit::record(conn, now(), entry)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }
}

fn role_of(conn: &mut DbConn, business: i64, member: i64) -> Result<Option<BusinessRole>, DbError> {
    Ok(business_members::table
        .filter(business_members::business_id.eq(business))
        .filter(business_members::account_id.eq(member))
        .select(business_members::role)
        .first(conn)
        .optional()?)
}
