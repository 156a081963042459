//! Time in Vietnam, in one place. The database keeps UTC (`NaiveDateTime` without a zone); the
//! people, the legal deadlines and the printed forms live in Vietnam's time, UTC+7 all year (no
//! daylight saving). Everything that turns one into the other, or prints a moment for a person,
//! is here, so a page, a mail and a PDF show the same moment the same way.

use chrono::{Duration, NaiveDate, NaiveDateTime};

/// Vietnam's offset from UTC.
pub const VIETNAM: Duration = Duration::hours(7);

/// The moment `utc` on a clock in Vietnam.
pub fn local(utc: NaiveDateTime) -> NaiveDateTime {
    utc + VIETNAM
}

/// The UTC moment of `local`, a time on a clock in Vietnam.
pub fn utc(local: NaiveDateTime) -> NaiveDateTime {
    local - VIETNAM
}

/// The day it is in Vietnam at the UTC moment `utc`.
pub fn day_of(utc: NaiveDateTime) -> NaiveDate {
    local(utc).date()
}

/// The UTC moment the day `day` begins in Vietnam (00:00 there).
pub fn start_of(day: NaiveDate) -> NaiveDateTime {
    utc(day.and_time(chrono::NaiveTime::MIN))
}

/// The UTC moment the day `day` ends in Vietnam (the next day's 00:00 there): a range of days
/// `from..=to` is `start_of(from) <= t < end_of(to)`.
pub fn end_of(day: NaiveDate) -> NaiveDateTime {
    start_of(day + Duration::days(1))
}

/// Now, in UTC, as the database keeps it.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Today in Vietnam.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> NaiveDate {
    day_of(now())
}

/// "14:05 03/12/2026": a moment as lists, pages and mails show it.
pub fn minute(utc: NaiveDateTime) -> String {
    local(utc).format("%H:%M %d/%m/%Y").to_string()
}

/// "14:05 ngày 03/12/2026": a moment in a letter's sentence.
pub fn minute_in_words(utc: NaiveDateTime) -> String {
    local(utc).format("%H:%M ngày %d/%m/%Y").to_string()
}

/// "14 giờ 05 phút, ngày 03/12/2026": a moment as the official forms (Mẫu 01–07) print it.
pub fn formal(utc: NaiveDateTime) -> String {
    local(utc).format("%H giờ %M phút, ngày %d/%m/%Y").to_string()
}

/// "03/12/2026 14:05:09": a moment to the second, for the audit log.
pub fn second(utc: NaiveDateTime) -> String {
    local(utc).format("%d/%m/%Y %H:%M:%S").to_string()
}

/// "03/12/2026": the day in Vietnam of the UTC moment `utc`.
pub fn date_of(utc: NaiveDateTime) -> String {
    date(day_of(utc))
}

/// "03/12/2026": a calendar day as people write it.
pub fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

/// "2026-12-03": a calendar day as forms send it (`<input type="date">`, query strings).
pub fn iso_date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|day| day.and_hms_opt(h, min, 9)).expect("a real moment")
    }

    #[test]
    fn a_late_utc_evening_is_the_next_morning_in_vietnam() {
        let t = at(2026, 12, 3, 20, 5);
        assert_eq!(minute(t), "03:05 04/12/2026");
        assert_eq!(minute_in_words(t), "03:05 ngày 04/12/2026");
        assert_eq!(formal(t), "03 giờ 05 phút, ngày 04/12/2026");
        assert_eq!(second(t), "04/12/2026 03:05:09");
        assert_eq!(date_of(t), "04/12/2026");
        assert_eq!(iso_date(day_of(t)), "2026-12-04");
    }

    #[test]
    fn a_day_in_vietnam_starts_at_five_in_the_evening_utc() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a day");
        assert_eq!(start_of(day), at(2026, 12, 3, 17, 0) - Duration::seconds(9));
        assert_eq!(end_of(day), start_of(day) + Duration::days(1));
        assert_eq!(utc(local(at(2026, 1, 1, 0, 0))), at(2026, 1, 1, 0, 0));
    }
}
