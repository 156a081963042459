//! The applicant's satisfaction rating of a dossier (domain brief §5.3): the three-level scale,
//! the twelve criteria the provincial portals ask about (the first is the overall rating), once
//! per dossier after its outcome, editable for a week. Decision 766 counts a dossier rated
//! "dissatisfied" against indicator 5.4. Pure: the server stores, this module checks.

use crate::dossier::Status;
use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Days a rating may be changed after it was first given.
pub const EDIT_DAYS: i64 = 7;
/// How many criteria the form asks about; criterion 1 is the overall rating.
pub const CRITERIA: u8 = 12;
/// Longest free comment kept, in characters.
pub const COMMENT_MAX: usize = 1000;

/// The posted names: the overall level, each further criterion's, the comment.
pub const OVERALL_FIELD: &str = "muc_do";
pub const COMMENT_FIELD: &str = "y_kien";

/// The posted name of criterion `n` (2 to 12).
pub fn criterion_field(n: u8) -> String {
    format!("tieu_chi_{n}")
}

crate::code::coded_enum! {
    /// Rất hài lòng / Hài lòng / Không hài lòng.
    Level {
        VerySatisfied => "rat_hai_long",
        Satisfied => "hai_long",
        Dissatisfied => "khong_hai_long",
    }
}

/// A rating as given: the overall level, the levels of the further criteria answered (by
/// number), and a comment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub overall: Option<Level>,
    pub criteria: Vec<(u8, Level)>,
    pub comment: String,
}

/// Why a rating was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RatingProblem {
    /// The overall level is required.
    NoOverall,
    CommentTooLong,
}

impl Rating {
    /// From posted fields; unknown levels are left out (as not answered).
    pub fn from_fields(get: impl Fn(&str) -> String) -> Rating {
        let criteria =
            (2..=CRITERIA).filter_map(|n| Level::parse(get(&criterion_field(n)).trim()).map(|l| (n, l))).collect();
        Rating {
            overall: Level::parse(get(OVERALL_FIELD).trim()),
            criteria,
            comment: crate::text::nfc(get(COMMENT_FIELD).trim()),
        }
    }

    /// What stops it from being kept.
    pub fn problems(&self) -> Vec<RatingProblem> {
        let mut problems = Vec::new();
        if self.overall.is_none() {
            problems.push(RatingProblem::NoOverall);
        }
        if self.comment.chars().count() > COMMENT_MAX {
            problems.push(RatingProblem::CommentTooLong);
        }
        problems
    }

    /// The level given for criterion `n` (1: the overall).
    pub fn level_of(&self, n: u8) -> Option<Level> {
        if n == 1 { self.overall } else { self.criteria.iter().find(|(c, _)| *c == n).map(|(_, l)| *l) }
    }
}

/// A dossier may be rated once its outcome is known: its result returned, or refused or stopped
/// (a refusal is exactly what an applicant may be unhappy with). Not a withdrawn one.
pub fn may_rate(status: Status) -> bool {
    matches!(status, Status::ResultReturned | Status::Refused | Status::Stopped)
}

/// Whether a rating first given at `given` may still be changed at `now`.
pub fn editable(given: NaiveDateTime, now: NaiveDateTime) -> bool {
    now < given + Duration::days(EDIT_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rating_needs_its_overall_level_and_keeps_the_criteria_answered() {
        let posted = |k: &str| match k {
            "muc_do" => "hai_long".to_owned(),
            "tieu_chi_4" => "khong_hai_long".to_owned(),
            "tieu_chi_5" => "nonsense".to_owned(),
            "y_kien" => "  Cán bộ nhiệt tình  ".to_owned(),
            _ => String::new(),
        };
        let r = Rating::from_fields(posted);
        assert_eq!(r.overall, Some(Level::Satisfied));
        assert_eq!(r.criteria, [(4, Level::Dissatisfied)], "an unknown level is not an answer");
        assert_eq!(
            (r.level_of(1), r.level_of(4), r.level_of(5)),
            (Some(Level::Satisfied), Some(Level::Dissatisfied), None)
        );
        assert_eq!(r.comment, "Cán bộ nhiệt tình");
        assert!(r.problems().is_empty());
        let empty = Rating::from_fields(|_| String::new());
        assert_eq!(empty.problems(), [RatingProblem::NoOverall]);
        let long =
            Rating { overall: Some(Level::Satisfied), comment: "a".repeat(COMMENT_MAX + 1), ..Rating::default() };
        assert_eq!(long.problems(), [RatingProblem::CommentTooLong]);
    }

    #[test]
    fn rated_after_the_outcome_and_changed_within_a_week() {
        assert!(may_rate(Status::ResultReturned) && may_rate(Status::Refused) && may_rate(Status::Stopped));
        assert!(!may_rate(Status::Processing) && !may_rate(Status::Withdrawn) && !may_rate(Status::Processed));
        let given = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 0, 0).unwrap();
        assert!(editable(given, given + Duration::days(7) - Duration::seconds(1)));
        assert!(!editable(given, given + Duration::days(7)));
    }
}
