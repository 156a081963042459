//! Opinions asked of other units (xin ý kiến): whoever processes a dossier asks a unit, usually
//! of another agency, a question with files and a time to answer in working days; that unit
//! answers once. What is asked and answered is internal: the applicant never sees it.

use crate::deadline::WorkingCalendar;
use crate::dossier::UploadProblem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The working days a unit may be given to answer.
pub const DAYS: RangeInclusive<u32> = 1..=30;
/// What the form proposes: the usual time for an opinion between agencies.
pub const DEFAULT_DAYS: u32 = 5;
/// Requests the asked unit's list shows at once (the rest a page further).
pub const PAGE: i64 = 50;

/// Why a request for an opinion, or its answer, was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpinionProblem {
    /// No unit chosen, or one that may not be asked (the dossier's own unit, an unknown one).
    NoUnit,
    /// The time to answer is not a whole number of working days in [`DAYS`].
    Days,
    Empty,
    TooLong,
    TooManyFiles,
    File(UploadProblem),
    /// The request was answered already (by someone else, or by this form before).
    Answered,
}

impl OpinionProblem {
    /// The form's input the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            OpinionProblem::NoUnit => "don_vi",
            OpinionProblem::Days => "so_ngay",
            OpinionProblem::Empty | OpinionProblem::TooLong | OpinionProblem::Answered => "noi_dung",
            OpinionProblem::TooManyFiles | OpinionProblem::File(_) => "tep",
        }
    }
}

/// A question's or an answer's text as it is kept (line endings made `\n`, ends trimmed), or why
/// not: both must say something, within a message's length.
pub fn text(text: &str) -> Result<String, OpinionProblem> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        Err(OpinionProblem::Empty)
    } else if text.chars().count() > super::MAX_TEXT {
        Err(OpinionProblem::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// The working days given to answer, as typed.
pub fn days(typed: &str) -> Result<u32, OpinionProblem> {
    typed.trim().parse::<u32>().ok().filter(|d| DAYS.contains(d)).ok_or(OpinionProblem::Days)
}

/// The last day to answer a request made on `asked` with `days` working days: the day asked
/// does not count (as for the other time limits), the last one counts whole.
pub fn due_on(calendar: &WorkingCalendar, asked: NaiveDate, days: u32) -> NaiveDate {
    (0..days).fold(asked, |day, _| calendar.next_working_day(day))
}

/// Where an unanswered request stands on `today`: overdue once its last day has passed.
pub fn overdue(due: NaiveDate, answered: bool, today: NaiveDate) -> bool {
    !answered && today > due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn the_time_to_answer_counts_working_days_after_the_day_asked() {
        let mut calendar = WorkingCalendar::weekdays();
        // Friday 4 December, five working days: the following Friday.
        assert_eq!(due_on(&calendar, day(4), 5), day(11));
        // A day off in between moves it one working day on.
        calendar.days_off.insert(day(8));
        assert_eq!(due_on(&calendar, day(4), 5), day(14));
        // Asked on a Saturday: Monday is the first day.
        assert_eq!(due_on(&calendar, day(5), 1), day(7));
    }

    #[test]
    fn days_and_texts_are_bounded() {
        assert_eq!(days("5"), Ok(5));
        assert_eq!(days(" 30 "), Ok(30));
        for bad in ["0", "31", "", "năm", "-1", "2.5"] {
            assert_eq!(days(bad), Err(OpinionProblem::Days), "{bad:?}");
        }
        assert_eq!(text("  \r\n "), Err(OpinionProblem::Empty));
        assert_eq!(text("a\r\nb "), Ok("a\nb".to_owned()));
        assert_eq!(text(&"ý".repeat(super::super::MAX_TEXT + 1)), Err(OpinionProblem::TooLong));
    }

    #[test]
    fn only_an_unanswered_request_past_its_last_day_is_overdue() {
        assert!(!overdue(day(11), false, day(11)));
        assert!(overdue(day(11), false, day(12)));
        assert!(!overdue(day(11), true, day(14)));
    }
}
