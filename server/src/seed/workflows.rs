//! The demo workflows (one version per procedure, `workflows.json`) and the units they name:
//! the one-stop counter and the specialist units of the demo ward, and those of the other
//! agencies that take part (the ward police for the liên thông birth registration, the
//! provincial police, the provincial finance department). Applied idempotently.

use crate::db::schema::workflows;
use crate::db::{DbConn, DbError};
use crate::services::organisation;
use diesel::prelude::*;
use shared::workflow::Workflow;

const DEMO_WORKFLOWS: &str = include_str!("workflows.json");

/// (agency code, unit code, unit name).
pub const UNITS: [(&str, &str, &str); 16] = [
    ("000.01.50.H52", "BPMC", "Bộ phận Một cửa"),
    ("000.01.50.H52", "TPHT", "Tư pháp – Hộ tịch"),
    ("000.01.50.H52", "KTHT", "Kinh tế, Hạ tầng và Đô thị"),
    ("000.01.13.H52", "TN", "Bộ phận tiếp nhận và trả kết quả"),
    ("000.01.13.H52", "QLHC", "Quản lý hành chính về trật tự xã hội"),
    ("000.00.13.H52", "TN", "Bộ phận tiếp nhận và trả kết quả"),
    ("000.00.13.H52", "HSNV", "Phòng Hồ sơ nghiệp vụ"),
    ("000.00.11.H52", "TN", "Bộ phận tiếp nhận và trả kết quả"),
    ("000.00.11.H52", "DKKD", "Phòng Đăng ký kinh doanh"),
    // The provincial centre receives for the departments (business registration in the demo).
    ("000.00.01.H52", "TN", "Bộ phận tiếp nhận và trả kết quả"),
    // Units of the other departments and communes the demo's procedures name (illustrative).
    ("000.00.14.H52", "VLATLD", "Phòng Việc làm – An toàn lao động"),
    ("000.00.16.H52", "DKCG", "Phòng Đăng ký và cấp Giấy chứng nhận"),
    ("000.00.17.H52", "ATTP", "Phòng Quản lý an toàn thực phẩm"),
    ("000.00.18.H52", "VP", "Văn phòng Sở"),
    ("000.08.50.H52", "BPMC", "Bộ phận Một cửa"),
    ("000.08.50.H52", "KTHT", "Kinh tế, Hạ tầng và Đô thị"),
];

#[derive(serde::Deserialize)]
pub struct SeedWorkflow {
    pub procedure: String,
    pub workflow: Workflow,
}

pub fn demo_workflows() -> Vec<SeedWorkflow> {
    serde_json::from_str(DEMO_WORKFLOWS).expect("workflows.json matches shared::workflow (checked by a unit test)")
}

pub fn ensure_units(conn: &mut DbConn) -> Result<(), DbError> {
    for (agency, code, name) in UNITS {
        if let Some(agency) = organisation::agency_id(conn, agency)? {
            organisation::ensure_unit(conn, agency, code, name)?;
        }
    }
    Ok(())
}

/// Inserts version 1 of each demo workflow whose procedure has none yet; returns how many.
pub fn apply(conn: &mut DbConn) -> Result<usize, DbError> {
    ensure_units(conn)?;
    let mut inserted = 0;
    for seed in demo_workflows() {
        let Some(procedure_id) = super::forms::procedure_in_force(conn, &seed.procedure)? else { continue };
        let exists: i64 = workflows::table.filter(workflows::procedure_id.eq(procedure_id)).count().get_result(conn)?;
        if exists > 0 {
            continue;
        }
        let json = serde_json::to_string(&seed.workflow).map_err(|e| crate::db::decode(e.to_string()))?;
        diesel::insert_into(workflows::table)
            .values((
                workflows::procedure_id.eq(procedure_id),
                workflows::version.eq(1),
                workflows::steps_json.eq(json),
                workflows::created_at.eq(shared::time::now()),
            ))
            .execute(conn)?;
        inserted += 1;
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shared::deadline::{WorkingCalendar, due_at};

    /// Every workflow is well formed, names units and agencies that exist, and fits its
    /// procedure's legal time limit: with every step using exactly its budget from the opening
    /// of a plain Monday, the result is ready no later than the procedure's own due time.
    #[test]
    fn demo_workflows_fit_their_procedures() {
        let catalog = super::super::demo_catalog();
        let calendar = WorkingCalendar::weekdays();
        let monday = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap().and_time(calendar.hours.opens());
        let workflows = demo_workflows();
        // The others follow the generic workflow (reception, a unit of the deciding agency
        // picked at the counter, approval, result), which needs the agency to have units.
        for p in &catalog.procedures {
            assert!(UNITS.iter().any(|(a, ..)| *a == p.agency.as_str()), "{}: {} has no unit", p.code, p.agency);
        }
        for seed in &workflows {
            let w = &seed.workflow;
            w.check().unwrap_or_else(|e| panic!("{}: {e:?}", seed.procedure));
            let p = catalog.procedures.iter().find(|p| p.code.as_str() == seed.procedure).expect("procedure exists");
            for step in &w.steps {
                let agency = step.agency.as_deref().unwrap_or(p.agency.as_str());
                assert!(
                    catalog.agencies.iter().any(|a| a.code.as_str() == agency),
                    "{}: agency {agency}",
                    seed.procedure
                );
                if let Some(unit) = &step.unit {
                    assert!(UNITS.iter().any(|(a, u, _)| *a == agency && u == unit), "{}: unit {unit}", seed.procedure);
                }
                assert!(step.budget.is_some(), "{}: {} has a budget", seed.procedure, step.name);
            }
            // The strictest offer: online if the procedure has one, else its first channel.
            let offer = p
                .channels
                .iter()
                .filter(|c| c.channel == shared::catalog::Channel::Online)
                .chain(p.channels.iter())
                .next()
                .expect("a channel");
            let cutoff =
                offer.same_day_cutoff.as_deref().and_then(|c| chrono::NaiveTime::parse_from_str(c, "%H:%M").ok());
            let legal = due_at(&calendar, monday, offer.time_limit, cutoff, &[]);
            let planned = w.planned_end(&calendar, monday).expect("budgets");
            assert!(planned <= legal, "{}: steps end {planned}, the law says {legal}", seed.procedure);
        }
    }
}
