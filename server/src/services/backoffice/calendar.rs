//! The province's working calendar, from `calendar_days` (exceptions to Monday–Friday), and its
//! seed: public holidays of 2025–2027 as announced, marked for checking against each year's
//! official notice (the admin edits them; compensatory days and swaps change yearly).

use crate::db::schema::calendar_days;
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::deadline::WorkingCalendar;

pub const KIND_OFF: &str = "off";
pub const KIND_WORKING: &str = "working";

pub fn load_calendar(conn: &mut DbConn) -> Result<WorkingCalendar, DbError> {
    let rows: Vec<(NaiveDate, String)> =
        calendar_days::table.select((calendar_days::day, calendar_days::kind)).load(conn)?;
    let mut calendar = WorkingCalendar::weekdays();
    for (day, kind) in rows {
        if kind == KIND_WORKING {
            calendar.working_weekends.insert(day);
        } else {
            calendar.days_off.insert(day);
        }
    }
    Ok(calendar)
}

/// (date, kind, note). Fixed-date holidays of the Labour Code 2019 Art. 112, and the lunar ones
/// on their solar dates; compensatory days where a holiday falls on a weekend.
pub const SEED_DAYS: &[(&str, &str, &str)] = &[
    ("2025-01-01", KIND_OFF, "Tết Dương lịch"),
    ("2025-01-27", KIND_OFF, "Tết Nguyên đán (nghỉ trước Tết)"),
    ("2025-01-28", KIND_OFF, "Tết Nguyên đán"),
    ("2025-01-29", KIND_OFF, "Tết Nguyên đán (mùng 1)"),
    ("2025-01-30", KIND_OFF, "Tết Nguyên đán"),
    ("2025-01-31", KIND_OFF, "Tết Nguyên đán"),
    ("2025-04-07", KIND_OFF, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    ("2025-04-30", KIND_OFF, "Ngày Giải phóng miền Nam"),
    ("2025-05-01", KIND_OFF, "Quốc tế Lao động"),
    ("2025-05-02", KIND_OFF, "Nghỉ hoán đổi, làm bù thứ Bảy 26/4"),
    ("2025-04-26", KIND_WORKING, "Làm bù cho ngày nghỉ 2/5"),
    ("2025-09-01", KIND_OFF, "Quốc khánh (ngày liền kề)"),
    ("2025-09-02", KIND_OFF, "Quốc khánh"),
    ("2026-01-01", KIND_OFF, "Tết Dương lịch"),
    ("2026-02-16", KIND_OFF, "Tết Nguyên đán"),
    ("2026-02-17", KIND_OFF, "Tết Nguyên đán (mùng 1)"),
    ("2026-02-18", KIND_OFF, "Tết Nguyên đán"),
    ("2026-02-19", KIND_OFF, "Tết Nguyên đán"),
    ("2026-02-20", KIND_OFF, "Tết Nguyên đán"),
    ("2026-04-27", KIND_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)"),
    ("2026-04-30", KIND_OFF, "Ngày Giải phóng miền Nam"),
    ("2026-05-01", KIND_OFF, "Quốc tế Lao động"),
    ("2026-09-01", KIND_OFF, "Quốc khánh (ngày liền kề, cần đối chiếu)"),
    ("2026-09-02", KIND_OFF, "Quốc khánh"),
    ("2027-01-01", KIND_OFF, "Tết Dương lịch"),
    ("2027-02-05", KIND_OFF, "Tết Nguyên đán (cần đối chiếu)"),
    ("2027-02-08", KIND_OFF, "Tết Nguyên đán (cần đối chiếu)"),
    ("2027-02-09", KIND_OFF, "Tết Nguyên đán (cần đối chiếu)"),
    ("2027-02-10", KIND_OFF, "Tết Nguyên đán (cần đối chiếu)"),
    ("2027-02-11", KIND_OFF, "Tết Nguyên đán (cần đối chiếu)"),
    ("2027-04-16", KIND_OFF, "Giỗ Tổ Hùng Vương (10/3 âm lịch, cần đối chiếu)"),
    ("2027-04-30", KIND_OFF, "Ngày Giải phóng miền Nam"),
    ("2027-05-03", KIND_OFF, "Nghỉ bù Quốc tế Lao động (1/5 là thứ Bảy)"),
    ("2027-09-02", KIND_OFF, "Quốc khánh"),
    ("2027-09-03", KIND_OFF, "Quốc khánh (ngày liền kề, cần đối chiếu)"),
];

/// Inserts the seed days not there yet (an admin's edits are kept).
pub fn seed(conn: &mut DbConn) -> Result<usize, DbError> {
    let mut inserted = 0;
    for (day, kind, note) in SEED_DAYS {
        let Ok(day) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else { continue };
        let exists: Option<NaiveDate> = calendar_days::table
            .filter(calendar_days::day.eq(day))
            .select(calendar_days::day)
            .first(conn)
            .optional()?;
        if exists.is_none() {
            diesel::insert_into(calendar_days::table)
                .values((calendar_days::day.eq(day), calendar_days::kind.eq(*kind), calendar_days::note.eq(*note)))
                .execute(conn)?;
            inserted += 1;
        }
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn seed_days_are_dates_and_days_off_fall_on_weekdays() {
        for (day, kind, _) in SEED_DAYS {
            let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
            let weekday = d.weekday().num_days_from_monday() < 5;
            // An exception is a day off on a weekday, or a worked weekend day.
            assert_eq!(weekday, *kind == KIND_OFF, "{day}");
        }
    }
}
