//! Demo accounts of the embedded default, so a newcomer can sign in at once. Never for
//! production: the password is published in the README and printed by `portal seed`.

use crate::db::schema::accounts;
use crate::db::{Db, DbError};
use crate::services::accounts::passwords;
use diesel::prelude::*;

pub struct DemoAccount {
    pub full_name: &'static str,
    pub email: &'static str,
    pub citizen_id: &'static str,
    pub birth: (i32, u32, u32),
    pub password: &'static str,
}

pub const DEMO_CITIZEN: DemoAccount = DemoAccount {
    full_name: "Lò Thị Demo",
    email: "congdan@demo.sonla.vn",
    citizen_id: "014190000001",
    birth: (1990, 5, 19),
    password: "hoa ban nở trắng núi rừng Tây Bắc",
};

/// Creates the demo accounts that do not exist yet; returns how many were created.
pub async fn seed_demo_accounts(db: &Db) -> anyhow::Result<usize> {
    let account = DEMO_CITIZEN;
    let hash = passwords::hash(account.password.to_owned()).await?;
    let created = db
        .run(move |conn| {
            let exists = accounts::table
                .filter(accounts::email.eq(account.email))
                .select(accounts::id)
                .first::<i64>(conn)
                .optional()?;
            if exists.is_some() {
                return Ok::<_, DbError>(0);
            }
            let now = chrono::Utc::now().naive_utc();
            let (y, m, d) = account.birth;
            diesel::insert_into(accounts::table)
                .values((
                    accounts::kind.eq("citizen"),
                    accounts::email.eq(account.email),
                    accounts::email_verified_at.eq(now),
                    accounts::citizen_id.eq(account.citizen_id),
                    accounts::full_name.eq(account.full_name),
                    accounts::date_of_birth.eq(chrono::NaiveDate::from_ymd_opt(y, m, d)),
                    accounts::password_hash.eq(&hash),
                    accounts::identity_verified.eq(false),
                    accounts::created_at.eq(now),
                ))
                .execute(conn)?;
            Ok(1)
        })
        .await?;
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::identity::{CitizenId, check_password};

    #[test]
    fn the_demo_citizen_passes_the_rules_it_demonstrates() {
        assert!(CitizenId::parse_for_birth_year(DEMO_CITIZEN.citizen_id, DEMO_CITIZEN.birth.0).is_ok());
        assert!(check_password(DEMO_CITIZEN.password, &[DEMO_CITIZEN.email, DEMO_CITIZEN.citizen_id]).is_empty());
    }
}
