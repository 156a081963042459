//! The deadline engine: from the moment a complete dossier was received, a procedure's time
//! limit (hours, working days, calendar days, months), its same-day cut-off if any, the pauses
//! while a supplement was awaited, and the province's working calendar, the moment the result is
//! due; and whether a dossier finished early, on time or late.
//!
//! Rules, in the words of the domain notes: working days are Monday to Friday except public
//! holidays and compensatory days off, plus swapped working Saturdays; a dossier received
//! outside office hours counts from the next working moment; "same day" procedures with a 15:00
//! cut-off are due the same working day if received by the cut-off, else the next; a deadline in
//! calendar days or months that falls on a day off moves to the end of the next working day
//! (Civil Code 2015, Art. 148); time spent waiting for a supplement does not count. Every time is
//! Vietnam's local time.

use crate::catalog::{TimeLimit, TimeUnit};
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One stretch of office time in a day (a morning or an afternoon session).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// An agency's office hours: one or two sessions on working days (the lunch break between them
/// does not count), and the Saturday morning some one-stop counters open for reception. A
/// Saturday session never makes Saturday a counted working day; only the calendar's swapped
/// working Saturdays count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeHours {
    pub sessions: Vec<Session>,
    pub saturday: Option<Session>,
}

/// Why office hours cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HoursProblem {
    /// One or two sessions are needed.
    SessionCount,
    /// A session must close after it opens, and the afternoon start after the morning ends.
    Order,
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

impl OfficeHours {
    /// The common hours of a Vietnamese state office: 07:30–11:30 and 13:30–17:00, Monday to
    /// Friday; no Saturday reception.
    pub fn standard() -> Self {
        OfficeHours {
            sessions: vec![
                Session { opens: hm(7, 30), closes: hm(11, 30) },
                Session { opens: hm(13, 30), closes: hm(17, 0) },
            ],
            saturday: None,
        }
    }

    pub fn check(&self) -> Result<(), HoursProblem> {
        if self.sessions.is_empty() || self.sessions.len() > 2 {
            return Err(HoursProblem::SessionCount);
        }
        let all = self.sessions.iter().chain(self.saturday.iter());
        if all.clone().any(|s| s.closes <= s.opens) || self.sessions.windows(2).any(|w| w[1].opens < w[0].closes) {
            return Err(HoursProblem::Order);
        }
        Ok(())
    }

    /// When the first session opens.
    pub fn opens(&self) -> NaiveTime {
        self.sessions.first().map_or_else(|| hm(7, 30), |s| s.opens)
    }

    /// The working time of one working day (the sessions together, the lunch break left out).
    pub fn day_length(&self) -> Duration {
        self.sessions.iter().map(|s| s.closes - s.opens).sum()
    }

    /// When the last session closes: the time of an appointment on a day.
    pub fn closes(&self) -> NaiveTime {
        self.sessions.last().map_or_else(|| hm(17, 0), |s| s.closes)
    }
}

/// A working calendar: the exceptions to "Monday to Friday" (the province's), and office hours
/// (the agency's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingCalendar {
    /// Weekdays that are not worked: public holidays, Tết, compensatory days off.
    pub days_off: BTreeSet<NaiveDate>,
    /// Weekend days that are worked (swapped to make a longer holiday).
    pub working_weekends: BTreeSet<NaiveDate>,
    pub hours: OfficeHours,
    /// A dossier received outside office hours counts from the next working moment (the
    /// common practice; configurable because no legal text was found for it).
    pub outside_hours_count_from_next_opening: bool,
}

impl WorkingCalendar {
    /// Monday to Friday in the standard office hours, no exceptions yet.
    pub fn weekdays() -> Self {
        WorkingCalendar {
            days_off: BTreeSet::new(),
            working_weekends: BTreeSet::new(),
            hours: OfficeHours::standard(),
            outside_hours_count_from_next_opening: true,
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        if self.working_weekends.contains(&day) {
            return true;
        }
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.days_off.contains(&day)
    }

    /// The first working day strictly after `day`.
    pub fn next_working_day(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day + Duration::days(1);
        // A calendar never has more than a few weeks off in a row; the bound keeps a broken one
        // from looping forever.
        for _ in 0..366 {
            if self.is_working_day(d) {
                return d;
            }
            d += Duration::days(1);
        }
        d
    }

    /// The sessions of `day` as moments (none on a day off).
    fn sessions_of(&self, day: NaiveDate) -> impl Iterator<Item = (NaiveDateTime, NaiveDateTime)> + '_ {
        let working = self.is_working_day(day);
        self.hours
            .sessions
            .iter()
            .filter(move |_| working)
            .map(move |s| (day.and_time(s.opens), day.and_time(s.closes)))
    }

    /// `at` if it is inside a session of a working day, else the next opening.
    pub fn next_working_moment(&self, at: NaiveDateTime) -> NaiveDateTime {
        if let Some((opens, _)) = self.sessions_of(at.date()).find(|(_, closes)| at < *closes) {
            return at.max(opens);
        }
        self.next_working_day(at.date()).and_time(self.hours.opens())
    }

    /// The end of office hours of `day`.
    pub fn closing(&self, day: NaiveDate) -> NaiveDateTime {
        day.and_time(self.hours.closes())
    }

    /// Working time between `from` and `to` (sessions of working days only).
    pub fn working_time_between(&self, from: NaiveDateTime, to: NaiveDateTime) -> Duration {
        let mut total = Duration::zero();
        let mut day = from.date();
        while day <= to.date() {
            for (opens, closes) in self.sessions_of(day) {
                let (start, end) = (from.max(opens), to.min(closes));
                if end > start {
                    total += end - start;
                }
            }
            day += Duration::days(1);
        }
        total
    }

    /// The moment `amount` of working time after `from`.
    pub fn add_working_time(&self, from: NaiveDateTime, amount: Duration) -> NaiveDateTime {
        let mut at = self.next_working_moment(from);
        let mut left = amount;
        loop {
            let Some((_, closes)) = self.sessions_of(at.date()).find(|(_, closes)| at < *closes) else {
                at = self.next_working_moment(at);
                continue;
            };
            let available = closes - at;
            if left <= available {
                return at + left;
            }
            left -= available;
            at = self.next_working_moment(closes);
        }
    }
}

crate::code::coded_enum! {
    /// A queue's narrowing by appointment: overdue, or due within the next day.
    DueFilter { Overdue => "qua_han", DueSoon => "sap_den_han" }
}

/// An interval during which the clock stood still (awaiting a supplement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
}

/// When the result is due.
pub fn due_at(
    calendar: &WorkingCalendar,
    received_at: NaiveDateTime,
    limit: TimeLimit,
    same_day_cutoff: Option<NaiveTime>,
    pauses: &[Pause],
) -> NaiveDateTime {
    let start = if calendar.outside_hours_count_from_next_opening {
        calendar.next_working_moment(received_at)
    } else {
        received_at
    };
    let value = i64::from(limit.value);
    let due = match limit.unit {
        TimeUnit::Hours => calendar.add_working_time(start, Duration::hours(value)),
        TimeUnit::WorkingDays if value == 0 => {
            // Same day; after the cut-off, the next working day.
            let day = start.date();
            match same_day_cutoff {
                Some(cutoff) if start.time() > cutoff => calendar.closing(calendar.next_working_day(day)),
                _ => calendar.closing(day),
            }
        }
        TimeUnit::WorkingDays => {
            let mut day = start.date();
            for _ in 0..value {
                day = calendar.next_working_day(day);
            }
            calendar.closing(day)
        }
        TimeUnit::CalendarDays => on_working_day(calendar, start.date() + Duration::days(value)),
        TimeUnit::Months => {
            let months = u32::try_from(value).unwrap_or(0);
            let day = start.date().checked_add_months(Months::new(months)).unwrap_or(start.date());
            on_working_day(calendar, day)
        }
    };
    extend_by_pauses(calendar, due, limit.unit, pauses)
}

/// A deadline on a day off moves to the end of the next working day.
fn on_working_day(calendar: &WorkingCalendar, day: NaiveDate) -> NaiveDateTime {
    let day = if calendar.is_working_day(day) { day } else { calendar.next_working_day(day) };
    calendar.closing(day)
}

/// Pushes `due` back by the time the clock stood still: the working time inside the pauses for
/// limits counted in working time, the elapsed time for limits in calendar days or months.
pub fn extend_by_pauses(
    calendar: &WorkingCalendar,
    due: NaiveDateTime,
    unit: TimeUnit,
    pauses: &[Pause],
) -> NaiveDateTime {
    if pauses.is_empty() {
        return due;
    }
    match unit {
        TimeUnit::Hours | TimeUnit::WorkingDays => {
            let paused: Duration =
                pauses.iter().filter(|p| p.to > p.from).map(|p| calendar.working_time_between(p.from, p.to)).sum();
            if paused.is_zero() { due } else { calendar.add_working_time(due, paused) }
        }
        TimeUnit::CalendarDays | TimeUnit::Months => {
            let paused: Duration = pauses.iter().filter(|p| p.to > p.from).map(|p| p.to - p.from).sum();
            let moved = due + paused;
            on_working_day(calendar, moved.date()).max(moved)
        }
    }
}

/// How a finished dossier (or step) kept its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timeliness {
    /// Finished on an earlier day than the due day.
    Early,
    /// Finished on the due day, by the due time.
    OnTime,
    Late,
}

pub fn classify(finished_at: NaiveDateTime, due: NaiveDateTime) -> Timeliness {
    if finished_at > due {
        Timeliness::Late
    } else if finished_at.date() < due.date() {
        Timeliness::Early
    } else {
        Timeliness::OnTime
    }
}

/// Where an open dossier stands against its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Progress {
    InTime,
    /// Due within the warning window.
    DueSoon,
    Overdue,
}

pub fn progress(now: NaiveDateTime, due: NaiveDateTime, warning: Duration) -> Progress {
    if now > due {
        Progress::Overdue
    } else if due - now <= warning {
        Progress::DueSoon
    } else {
        Progress::InTime
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
        d(y, m, day).and_hms_opt(h, min, 0).unwrap()
    }

    /// The 2026 calendar of these tests. Public holidays of the Labour Code 2019 (Art. 112) on
    /// their 2026 dates: 1/1; Tết from 16 to 20 February (Lunar New Year's Day is Tuesday 17/2);
    /// Hùng Kings' day 10/3 lunar = Sunday 26/4, compensated on Monday 27/4; 30/4 and 1/5; 2/9
    /// with 1/9 as the adjacent day. The swap: Friday 2/1 off, worked back on Saturday 10/1 (a
    /// swap of the kind the government announces yearly; the real 2026 swaps must be entered by
    /// the admin from the official notice).
    fn calendar_2026() -> WorkingCalendar {
        let mut c = WorkingCalendar::weekdays();
        for day in [
            d(2026, 1, 1),
            d(2026, 1, 2),
            d(2026, 2, 16),
            d(2026, 2, 17),
            d(2026, 2, 18),
            d(2026, 2, 19),
            d(2026, 2, 20),
            d(2026, 4, 27),
            d(2026, 4, 30),
            d(2026, 5, 1),
            d(2026, 9, 1),
            d(2026, 9, 2),
        ] {
            c.days_off.insert(day);
        }
        c.working_weekends.insert(d(2026, 1, 10));
        c
    }

    fn limit(value: u32, unit: TimeUnit) -> TimeLimit {
        TimeLimit { value, unit }
    }

    #[test]
    fn due_dates_across_2026_holidays() {
        let cal = calendar_2026();
        let wd = TimeUnit::WorkingDays;
        let cut = NaiveTime::from_hms_opt(15, 0, 0);
        #[rustfmt::skip]
        let cases: Vec<(&str, NaiveDateTime, TimeLimit, Option<NaiveTime>, NaiveDateTime)> = vec![
            ("3 working days over Tết",            t(2026, 2, 12, 9, 0),  limit(3, wd), None, t(2026, 2, 24, 17, 0)),
            ("received during Tết counts after it", t(2026, 2, 18, 10, 0), limit(1, wd), None, t(2026, 2, 24, 17, 0)),
            ("over 30/4 and 1/5",                  t(2026, 4, 29, 8, 0),  limit(2, wd), None, t(2026, 5, 5, 17, 0)),
            ("the compensatory Monday 27/4",       t(2026, 4, 24, 8, 0),  limit(1, wd), None, t(2026, 4, 28, 17, 0)),
            ("2/9 and the adjacent 1/9",           t(2026, 8, 31, 8, 0),  limit(1, wd), None, t(2026, 9, 3, 17, 0)),
            ("the swapped working Saturday 10/1",  t(2026, 1, 9, 8, 0),   limit(1, wd), None, t(2026, 1, 10, 17, 0)),
            ("1/1 and the swapped-off 2/1",        t(2025, 12, 31, 9, 0), limit(1, wd), None, t(2026, 1, 5, 17, 0)),
            ("same day, before the cut-off",       t(2026, 3, 10, 14, 59), limit(0, wd), cut, t(2026, 3, 10, 17, 0)),
            ("same day, after the cut-off",        t(2026, 3, 10, 15, 1), limit(0, wd), cut, t(2026, 3, 11, 17, 0)),
            ("after the cut-off on a Friday",      t(2026, 3, 13, 16, 0), limit(0, wd), cut, t(2026, 3, 16, 17, 0)),
            ("online at night counts from opening", t(2026, 3, 10, 22, 0), limit(0, wd), cut, t(2026, 3, 11, 17, 0)),
            ("a Sunday submission counts from Monday", t(2026, 3, 15, 10, 0), limit(2, wd), None, t(2026, 3, 18, 17, 0)),
            ("10 calendar days",                   t(2026, 3, 2, 9, 0),  limit(10, TimeUnit::CalendarDays), None, t(2026, 3, 12, 17, 0)),
            ("calendar days ending on a Sunday",   t(2026, 3, 5, 9, 0),  limit(10, TimeUnit::CalendarDays), None, t(2026, 3, 16, 17, 0)),
            ("calendar days ending in Tết",        t(2026, 2, 6, 9, 0),  limit(10, TimeUnit::CalendarDays), None, t(2026, 2, 23, 17, 0)),
            ("8 working hours, lunch not counted", t(2026, 3, 10, 14, 0), limit(8, TimeUnit::Hours), None, t(2026, 3, 11, 14, 30)),
            ("1 month, end of month clamps",       t(2026, 1, 30, 9, 0), limit(1, TimeUnit::Months), None, t(2026, 3, 2, 17, 0)),
        ];
        for (name, received, lim, cutoff, expected) in cases {
            assert_eq!(due_at(&cal, received, lim, cutoff, &[]), expected, "{name}");
        }
    }

    #[test]
    fn pauses_do_not_count() {
        let cal = calendar_2026();
        // 3 working days from Monday 9/3 → Thursday 12/3 17:00; paused Tuesday 10:00 to Thursday
        // 10:00 (2 working days of office time) → due two working days later, Monday 16/3.
        let pause = Pause { from: t(2026, 3, 10, 10, 0), to: t(2026, 3, 12, 10, 0) };
        let due = due_at(&cal, t(2026, 3, 9, 9, 0), limit(3, TimeUnit::WorkingDays), None, &[pause]);
        assert_eq!(due, t(2026, 3, 16, 17, 0));
        // A pause over a weekend costs no working time.
        let weekend = Pause { from: t(2026, 3, 13, 17, 30), to: t(2026, 3, 16, 7, 0) };
        let due = due_at(&cal, t(2026, 3, 9, 9, 0), limit(3, TimeUnit::WorkingDays), None, &[weekend]);
        assert_eq!(due, t(2026, 3, 12, 17, 0));
        // Calendar days move by the elapsed pause: 10 days + 3 days paused.
        let three_days = Pause { from: t(2026, 3, 3, 9, 0), to: t(2026, 3, 6, 9, 0) };
        let due = due_at(&cal, t(2026, 3, 2, 9, 0), limit(10, TimeUnit::CalendarDays), None, &[three_days]);
        assert_eq!(due, t(2026, 3, 16, 17, 0), "12/3 + 3 days is Sunday 15/3, moved to Monday");
    }

    #[test]
    fn early_on_time_late() {
        let due = t(2026, 3, 12, 17, 0);
        assert_eq!(classify(t(2026, 3, 11, 16, 0), due), Timeliness::Early);
        assert_eq!(classify(t(2026, 3, 12, 8, 0), due), Timeliness::OnTime);
        assert_eq!(classify(t(2026, 3, 12, 17, 0), due), Timeliness::OnTime);
        assert_eq!(classify(t(2026, 3, 12, 17, 1), due), Timeliness::Late);
        assert_eq!(progress(t(2026, 3, 12, 9, 0), due, Duration::hours(24)), Progress::DueSoon);
        assert_eq!(progress(t(2026, 3, 10, 9, 0), due, Duration::hours(24)), Progress::InTime);
        assert_eq!(progress(t(2026, 3, 13, 9, 0), due, Duration::hours(24)), Progress::Overdue);
    }

    #[test]
    fn working_time_is_office_hours_of_working_days() {
        let cal = calendar_2026();
        assert_eq!(cal.working_time_between(t(2026, 3, 13, 16, 0), t(2026, 3, 16, 8, 30)), Duration::hours(2));
        assert_eq!(cal.add_working_time(t(2026, 3, 13, 16, 0), Duration::hours(2)), t(2026, 3, 16, 8, 30));
        assert!(cal.is_working_day(d(2026, 1, 10)) && !cal.is_working_day(d(2026, 1, 2)));
        // The lunch break is not office time; a dossier received in it counts from 13:30.
        assert_eq!(cal.working_time_between(t(2026, 3, 10, 11, 0), t(2026, 3, 10, 14, 0)), Duration::minutes(60));
        assert_eq!(cal.next_working_moment(t(2026, 3, 10, 12, 15)), t(2026, 3, 10, 13, 30));
        assert_eq!(cal.add_working_time(t(2026, 3, 10, 11, 0), Duration::hours(1)), t(2026, 3, 10, 14, 0));
    }

    #[test]
    fn an_agencys_own_hours() {
        let mut cal = calendar_2026();
        // One continuous session 08:00–16:00, and a Saturday morning at the counter.
        cal.hours = OfficeHours {
            sessions: vec![Session { opens: hm(8, 0), closes: hm(16, 0) }],
            saturday: Some(Session { opens: hm(7, 30), closes: hm(11, 30) }),
        };
        assert_eq!(cal.hours.check(), Ok(()));
        let wd = TimeUnit::WorkingDays;
        assert_eq!(due_at(&cal, t(2026, 3, 10, 9, 0), limit(2, wd), None, &[]), t(2026, 3, 12, 16, 0));
        // Received on a Saturday morning at the counter: Saturday is not counted.
        assert_eq!(due_at(&cal, t(2026, 3, 14, 9, 0), limit(1, wd), None, &[]), t(2026, 3, 17, 16, 0));
        assert_eq!(due_at(&cal, t(2026, 3, 10, 15, 0), limit(4, TimeUnit::Hours), None, &[]), t(2026, 3, 11, 11, 0));
        let backwards = OfficeHours { sessions: vec![Session { opens: hm(13, 0), closes: hm(12, 0) }], saturday: None };
        assert_eq!(backwards.check(), Err(HoursProblem::Order));
        let overlapping = OfficeHours {
            sessions: vec![
                Session { opens: hm(7, 0), closes: hm(12, 0) },
                Session { opens: hm(11, 0), closes: hm(17, 0) },
            ],
            saturday: None,
        };
        assert_eq!(overlapping.check(), Err(HoursProblem::Order));
        assert_eq!(OfficeHours { sessions: Vec::new(), saturday: None }.check(), Err(HoursProblem::SessionCount));
    }
}
