//! The province's working calendar, from `calendar_days` (exceptions to Monday–Friday), each
//! agency's office hours (`office_hours`), and the calendar's
//! seed: public holidays of 2025–2027 as announced, marked for checking against each year's
//! official notice (the admin edits them; compensatory days and swaps change yearly).

use crate::db::schema::{calendar_days, dossiers, office_hours};
use crate::db::{DbConn, DbError};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::deadline::{OfficeHours, Session, WorkingCalendar};
use std::collections::HashMap;

pub const KIND_OFF: &str = "off";
pub const KIND_WORKING: &str = "working";

/// The province's calendar in the standard office hours.
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

/// The province's calendar in the office hours of the agency that handles dossier `id`: what
/// its appointment, step budgets and pauses are counted in.
pub fn calendar_of_dossier(conn: &mut DbConn, id: i64) -> Result<WorkingCalendar, DbError> {
    let agency: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::agency_id).first(conn)?;
    let mut calendar = load_calendar(conn)?;
    calendar.hours = hours_of(conn, agency)?;
    Ok(calendar)
}

type HoursRow = (i64, String, String, Option<String>, Option<String>, Option<String>, Option<String>);

/// `agency`'s office hours (the standard ones until an admin sets them).
pub fn hours_of(conn: &mut DbConn, agency: i64) -> Result<OfficeHours, DbError> {
    let mut set = set_hours_of(conn, Some(agency))?;
    Ok(set.remove(&agency).unwrap_or_else(OfficeHours::standard))
}

/// The office hours set by an admin, by agency (of one agency, or of all).
pub fn set_hours_of(conn: &mut DbConn, agency: Option<i64>) -> Result<HashMap<i64, OfficeHours>, DbError> {
    let mut query = office_hours::table.into_boxed();
    if let Some(agency) = agency {
        query = query.filter(office_hours::agency_id.eq(agency));
    }
    let rows: Vec<HoursRow> = query
        .select((
            office_hours::agency_id,
            office_hours::morning_opens,
            office_hours::morning_closes,
            office_hours::afternoon_opens,
            office_hours::afternoon_closes,
            office_hours::saturday_opens,
            office_hours::saturday_closes,
        ))
        .load(conn)?;
    rows.into_iter().map(|row| Ok((row.0, hours_from_row(row)?))).collect()
}

fn hours_from_row((_, mo, mc, ao, ac, so, sc): HoursRow) -> Result<OfficeHours, DbError> {
    let time = |t: &str| {
        NaiveTime::parse_from_str(t, "%H:%M").map_err(|e| crate::db::decode(format!("invalid office_hours: {e:?}")))
    };
    let session = |opens: &str, closes: &str| Ok::<_, DbError>(Session { opens: time(opens)?, closes: time(closes)? });
    let mut sessions = vec![session(&mo, &mc)?];
    if let (Some(ao), Some(ac)) = (ao, ac) {
        sessions.push(session(&ao, &ac)?);
    }
    let saturday = match (so, sc) {
        (Some(so), Some(sc)) => Some(session(&so, &sc)?),
        _ => None,
    };
    Ok(OfficeHours { sessions, saturday })
}

/// Sets `agency`'s office hours (checked by the caller with `OfficeHours::check`) if `actor` may
/// (`ManageOfficeHours`); recorded in the audit log.
pub fn set_hours(
    conn: &mut DbConn,
    actor: &Actor,
    agency: i64,
    hours: &OfficeHours,
    now: NaiveDateTime,
) -> Result<Result<(), Denial>, DbError> {
    if let Err(denial) = decide(actor, Action::ManageOfficeHours { agency }) {
        return Ok(Err(denial));
    }
    let actor = actor.account().unwrap_or_default();
    let text = |t: NaiveTime| t.format("%H:%M").to_string();
    let afternoon = hours.sessions.get(1);
    let values = (
        office_hours::morning_opens.eq(text(hours.opens())),
        office_hours::morning_closes
            .eq(hours.sessions.first().map_or_else(|| text(hours.closes()), |s| text(s.closes))),
        office_hours::afternoon_opens.eq(afternoon.map(|s| text(s.opens))),
        office_hours::afternoon_closes.eq(afternoon.map(|s| text(s.closes))),
        office_hours::saturday_opens.eq(hours.saturday.map(|s| text(s.opens))),
        office_hours::saturday_closes.eq(hours.saturday.map(|s| text(s.closes))),
        office_hours::updated_by.eq(Some(actor)),
        office_hours::updated_at.eq(now),
    );
    let saved = crate::db::transaction(conn, |conn| {
        let updated = diesel::update(office_hours::table.filter(office_hours::agency_id.eq(agency)))
            .set(values.clone())
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(office_hours::table)
                .values((office_hours::agency_id.eq(agency), values))
                .execute(conn)?;
        }
        audit_change(conn, actor, &format!("giờ làm việc cơ quan {agency}: {}", describe_hours(hours)), now)
    });
    saved.map(Ok)
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

/// The exceptions of `year`, in date order: (day, kind, note).
pub fn days_of_year(conn: &mut DbConn, year: i32) -> Result<Vec<(NaiveDate, String, String)>, DbError> {
    let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return Ok(Vec::new());
    };
    Ok(calendar_days::table
        .filter(calendar_days::day.ge(first))
        .filter(calendar_days::day.le(last))
        .order(calendar_days::day)
        .select((calendar_days::day, calendar_days::kind, calendar_days::note))
        .load(conn)?)
}

/// Why a calendar change is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum CalendarProblem {
    /// A day off must fall on a weekday, a worked day on a weekend (else it changes nothing).
    KindDoesNotFitTheDay,
    /// The note (the basis or reason) is required, at most 200 characters.
    Note,
    /// Not the system administrator (`ManageCalendar`).
    Denied(Denial),
}

/// Adds `day` as an exception of `kind`, or changes it; recorded in the audit log.
pub fn set_day(
    conn: &mut DbConn,
    actor: &Actor,
    day: NaiveDate,
    kind: &str,
    note: &str,
    now: chrono::NaiveDateTime,
) -> Result<Result<(), CalendarProblem>, DbError> {
    if let Err(denial) = decide(actor, Action::ManageCalendar) {
        return Ok(Err(CalendarProblem::Denied(denial)));
    }
    let actor = actor.account().unwrap_or_default();
    use chrono::Datelike;
    let weekday = day.weekday().num_days_from_monday() < 5;
    let kind = match kind {
        KIND_OFF if weekday => KIND_OFF,
        KIND_WORKING if !weekday => KIND_WORKING,
        _ => return Ok(Err(CalendarProblem::KindDoesNotFitTheDay)),
    };
    let note = shared::text::nfc(note.trim());
    if note.is_empty() || note.chars().count() > 200 {
        return Ok(Err(CalendarProblem::Note));
    }
    crate::db::transaction(conn, |conn| {
        diesel::delete(calendar_days::table.filter(calendar_days::day.eq(day))).execute(conn)?;
        diesel::insert_into(calendar_days::table)
            .values((calendar_days::day.eq(day), calendar_days::kind.eq(kind), calendar_days::note.eq(&note)))
            .execute(conn)?;
        audit_change(conn, actor, &format!("{day} {kind}: {note}"), now)
    })?;
    Ok(Ok(()))
}

/// Removes the exception of `day` (it becomes an ordinary day again); `false` if there was none.
pub fn remove_day(
    conn: &mut DbConn,
    actor: &Actor,
    day: NaiveDate,
    now: chrono::NaiveDateTime,
) -> Result<Result<bool, Denial>, DbError> {
    if let Err(denial) = decide(actor, Action::ManageCalendar) {
        return Ok(Err(denial));
    }
    let actor = actor.account().unwrap_or_default();
    crate::db::transaction(conn, |conn| {
        let removed = diesel::delete(calendar_days::table.filter(calendar_days::day.eq(day))).execute(conn)?;
        if removed == 0 {
            return Ok(Ok(false));
        }
        audit_change(conn, actor, &format!("{day} removed"), now)?;
        Ok(Ok(true))
    })
}

/// A session as people read it: `07:30–11:30`.
pub fn span(s: &Session) -> String {
    format!("{}–{}", s.opens.format("%H:%M"), s.closes.format("%H:%M"))
}

/// `07:30–11:30, 13:30–17:00; thứ Bảy 07:30–11:30`.
pub fn describe_hours(hours: &OfficeHours) -> String {
    let days = hours.sessions.iter().map(span).collect::<Vec<_>>().join(", ");
    match &hours.saturday {
        Some(s) => format!("{days}; thứ Bảy {}", span(s)),
        None => days,
    }
}

fn audit_change(conn: &mut DbConn, actor: i64, detail: &str, now: chrono::NaiveDateTime) -> Result<(), DbError> {
    use crate::services::audit::{Entry, Event, record};
    let entry =
        Entry { event: Event::CalendarChanged, actor: Some(actor), subject: None, ip: None, detail: Some(detail) };
    record(conn, now, entry)
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
