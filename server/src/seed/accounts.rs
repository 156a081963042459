//! Demo accounts of the embedded default, so a newcomer can try every role at once: two
//! citizens who are both members of a demo business, and one officer of each role in the demo
//! agency (UBND phường Tô Hiệu, which handles the demo's birth registrations, household
//! businesses and construction permits). Never for production: the password is published in the README and
//! printed by `portal seed`. Officers enrol their authenticator at their first sign-in.

use crate::db::schema::{accounts, business_members, businesses, officer_roles, officers};
use crate::db::{Db, DbConn, DbError};
use crate::services::accounts::{KIND_CITIZEN, KIND_OFFICER, passwords};
use crate::services::organisation;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Role;

/// The one password of every demo account.
pub const DEMO_PASSWORD: &str = "hoa ban nở trắng núi rừng Tây Bắc";

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
    password: DEMO_PASSWORD,
};

/// The second member of the demo business.
pub const DEMO_MEMBER: DemoAccount = DemoAccount {
    full_name: "Quàng Văn Demo",
    email: "thanhvien@demo.sonla.vn",
    citizen_id: "014090000002",
    birth: (1990, 8, 2),
    password: DEMO_PASSWORD,
};

pub struct DemoBusiness {
    pub tax_code: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    pub representative: &'static str,
}

pub const DEMO_BUSINESS: DemoBusiness = DemoBusiness {
    tax_code: "5500123457",
    name: "Hợp tác xã Chè Demo Mộc Châu",
    address: "Tiểu khu Demo, phường Mộc Châu, tỉnh Sơn La",
    representative: "Lò Thị Demo",
};

/// The demo agency (its units, and those of the other agencies in the demo workflows, are in
/// `seed::workflows::UNITS`).
pub const DEMO_AGENCY: &str = "000.01.50.H52";
/// Công an phường Tô Hiệu: the liên thông step of the demo birth registration.
pub const DEMO_POLICE: &str = "000.01.13.H52";
/// Sở Tài chính, which registers businesses (since the 2025 merger with Planning and
/// Investment): its counter verifies businesses' representation (`PORTAL_BUSINESS_REGISTRY`).
pub const DEMO_BUSINESS_REGISTRY: &str = "000.00.11.H52";
/// Trung tâm Phục vụ hành chính công tỉnh: receives dossiers that departments decide.
pub const DEMO_CENTRE: &str = "000.00.01.H52";
/// Công an tỉnh: the criminal record certificate, the demo's paid (level 4) procedure.
pub const DEMO_PROVINCIAL_POLICE: &str = "000.00.13.H52";

pub struct DemoOfficer {
    pub full_name: &'static str,
    pub email: &'static str,
    pub agency: &'static str,
    pub unit: Option<&'static str>,
    pub role: Role,
}

const fn officer(
    full_name: &'static str,
    email: &'static str,
    agency: &'static str,
    unit: Option<&'static str>,
    role: Role,
) -> DemoOfficer {
    DemoOfficer { full_name, email, agency, unit, role }
}

pub const DEMO_OFFICERS: [DemoOfficer; 14] = [
    officer("Cầm Thị Một Cửa", "motcua@demo.sonla.vn", DEMO_AGENCY, Some("BPMC"), Role::Reception),
    officer("Lường Văn Chuyên Viên", "chuyenvien@demo.sonla.vn", DEMO_AGENCY, Some("TPHT"), Role::Specialist),
    officer("Điêu Thị Trưởng Phòng", "truongphong@demo.sonla.vn", DEMO_AGENCY, Some("TPHT"), Role::UnitHead),
    officer("Sầm Văn Công An", "congan@demo.sonla.vn", DEMO_POLICE, Some("QLHC"), Role::Specialist),
    officer("Lò Văn Tiếp Nhận", "tiepnhan.catinh@demo.sonla.vn", DEMO_PROVINCIAL_POLICE, Some("TN"), Role::Reception),
    officer("Bạc Thị Hồ Sơ", "chuyenvien.catinh@demo.sonla.vn", DEMO_PROVINCIAL_POLICE, Some("HSNV"), Role::Specialist),
    officer("Quàng Văn Phê Duyệt", "lanhdao.catinh@demo.sonla.vn", DEMO_PROVINCIAL_POLICE, None, Role::Leader),
    officer("Hà Văn Lãnh Đạo", "lanhdao@demo.sonla.vn", DEMO_AGENCY, None, Role::Leader),
    officer("Vì Thị Quản Trị Cơ Quan", "quantricoquan@demo.sonla.vn", DEMO_AGENCY, None, Role::AgencyAdmin),
    officer("Tòng Văn Quản Trị", "quantri@demo.sonla.vn", DEMO_AGENCY, None, Role::SystemAdmin),
    // The provincial police's administrator: keeps its procedures in the catalog.
    officer("Lò Thị Quản Trị Công An", "quantri.catinh@demo.sonla.vn", DEMO_PROVINCIAL_POLICE, None, Role::AgencyAdmin),
    // The business registry's counter: verifies who represents a business, decides claims.
    officer("Lường Thị Đăng Ký", "dangkykinhdoanh@demo.sonla.vn", DEMO_BUSINESS_REGISTRY, None, Role::Reception),
    // The provincial public-service centre's counter: receives for the departments.
    officer("Cầm Văn Trung Tâm", "tiepnhan.ttphcc@demo.sonla.vn", DEMO_CENTRE, Some("TN"), Role::Reception),
    // The province's feedback desk (phản ánh, kiến nghị), at the public-service centre.
    officer("Quàng Thị Phản Ánh", "phananh@demo.sonla.vn", DEMO_CENTRE, None, Role::FeedbackDesk),
];

/// Creates the demo accounts that do not exist yet; returns how many accounts were created.
pub async fn seed_demo_accounts(db: &Db) -> anyhow::Result<usize> {
    let hash = passwords::hash(DEMO_PASSWORD.to_owned()).await?;
    let created = db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = shared::time::now();
                let mut created = 0;
                let mut people = Vec::new();
                for person in [&DEMO_CITIZEN, &DEMO_MEMBER] {
                    let (id, new) = ensure_citizen(conn, person, &hash, now)?;
                    created += usize::from(new);
                    people.push(id);
                }
                ensure_business(conn, &people, now)?;
                super::workflows::ensure_units(conn)?;
                for officer in &DEMO_OFFICERS {
                    let Some(agency) = organisation::agency_id(conn, officer.agency)? else { continue };
                    created += usize::from(ensure_officer(conn, officer, agency, &hash, now)?);
                }
                Ok::<_, DbError>(created)
            })
        })
        .await?;
    Ok(created)
}

fn account_by_email(conn: &mut DbConn, email: &str) -> Result<Option<i64>, DbError> {
    Ok(accounts::table.filter(accounts::email.eq(email)).select(accounts::id).first(conn).optional()?)
}

fn ensure_citizen(conn: &mut DbConn, a: &DemoAccount, hash: &str, now: NaiveDateTime) -> Result<(i64, bool), DbError> {
    if let Some(id) = account_by_email(conn, a.email)? {
        return Ok((id, false));
    }
    let (y, m, d) = a.birth;
    let id = diesel::insert_into(accounts::table)
        .values((
            accounts::kind.eq(KIND_CITIZEN),
            accounts::email.eq(a.email),
            accounts::email_verified_at.eq(now),
            accounts::citizen_id.eq(a.citizen_id),
            accounts::full_name.eq(a.full_name),
            accounts::date_of_birth.eq(chrono::NaiveDate::from_ymd_opt(y, m, d)),
            accounts::password_hash.eq(hash),
            accounts::identity_verified.eq(false),
            accounts::created_at.eq(now),
        ))
        .returning(accounts::id)
        .get_result(conn)?;
    Ok((id, true))
}

fn ensure_business(conn: &mut DbConn, members: &[i64], now: NaiveDateTime) -> Result<(), DbError> {
    let existing: Option<i64> = businesses::table
        .filter(businesses::tax_code.eq(DEMO_BUSINESS.tax_code))
        .select(businesses::id)
        .first(conn)
        .optional()?;
    if existing.is_some() {
        return Ok(());
    }
    let id: i64 = diesel::insert_into(businesses::table)
        .values((
            businesses::tax_code.eq(DEMO_BUSINESS.tax_code),
            businesses::name.eq(DEMO_BUSINESS.name),
            businesses::address.eq(DEMO_BUSINESS.address),
            businesses::representative.eq(DEMO_BUSINESS.representative),
            businesses::created_by.eq(members[0]),
            businesses::created_at.eq(now),
            businesses::representative_id.eq(DEMO_CITIZEN.citizen_id),
            // As if the registry's counter had checked the demo's papers.
            businesses::verified_at.eq(now),
            businesses::verified_how.eq(crate::services::businesses::VERIFIED_BY_OFFICER),
        ))
        .returning(businesses::id)
        .get_result(conn)?;
    for (i, member) in members.iter().enumerate() {
        let role = if i == 0 { shared::identity::BusinessRole::Owner } else { shared::identity::BusinessRole::Member };
        diesel::insert_into(business_members::table)
            .values((
                business_members::business_id.eq(id),
                business_members::account_id.eq(member),
                business_members::joined_at.eq(now),
                business_members::role.eq(role),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn ensure_officer(
    conn: &mut DbConn,
    o: &DemoOfficer,
    agency: i64,
    hash: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    if account_by_email(conn, o.email)?.is_some() {
        return Ok(false);
    }
    let unit = match o.unit {
        Some(code) => organisation::unit_id(conn, agency, code)?,
        None => None,
    };
    let id: i64 = diesel::insert_into(accounts::table)
        .values((
            accounts::kind.eq(KIND_OFFICER),
            accounts::email.eq(o.email),
            accounts::email_verified_at.eq(now),
            accounts::full_name.eq(o.full_name),
            accounts::password_hash.eq(hash),
            accounts::identity_verified.eq(false),
            accounts::created_at.eq(now),
        ))
        .returning(accounts::id)
        .get_result(conn)?;
    diesel::insert_into(officers::table)
        .values((officers::account_id.eq(id), officers::agency_id.eq(agency), officers::unit_id.eq(unit)))
        .execute(conn)?;
    diesel::insert_into(officer_roles::table)
        .values((
            officer_roles::account_id.eq(id),
            officer_roles::role.eq(o.role.code()),
            officer_roles::granted_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// What `portal seed` prints about the demo accounts.
pub fn summary() -> String {
    let mut s = format!(
        "demo accounts (password for all: {DEMO_PASSWORD}):\n  citizen: {} (or ID {})\n  business member: {} (or ID {}), both in {} (tax code {})\n",
        DEMO_CITIZEN.email,
        DEMO_CITIZEN.citizen_id,
        DEMO_MEMBER.email,
        DEMO_MEMBER.citizen_id,
        DEMO_BUSINESS.name,
        DEMO_BUSINESS.tax_code
    );
    for o in &DEMO_OFFICERS {
        s.push_str(&format!("  officer ({}, {}): {}\n", o.role.code(), o.agency, o.email));
    }
    s.push_str("  officers set up an authenticator app (TOTP) at their first sign-in\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::identity::{CitizenId, TaxCode, check_password};

    #[test]
    fn the_demo_accounts_pass_the_rules_they_demonstrate() {
        for a in [&DEMO_CITIZEN, &DEMO_MEMBER] {
            assert!(CitizenId::parse_for_birth_year(a.citizen_id, a.birth.0).is_ok(), "{}", a.email);
            assert!(check_password(a.password, &[a.email, a.citizen_id]).is_empty());
        }
        assert_eq!(TaxCode::parse(DEMO_BUSINESS.tax_code).unwrap().check_digit_matches(), Some(true));
        let roles: std::collections::BTreeSet<Role> = DEMO_OFFICERS.iter().map(|o| o.role).collect();
        assert_eq!(roles.len(), Role::ALL.len(), "one officer of each role");
    }
}
