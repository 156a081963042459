//! The public statistics' numbers (`/thong-ke`): sums of the counts each received dossier adds
//! to its day and month (the server keeps them current as dossiers change), the shares shown
//! beside them, and a procedure's honest "usually done in". Pure: the server sums, this module
//! reads the sums.

use crate::catalog::{TimeLimit, TimeUnit};
use crate::indicators::Tally;
use serde::{Deserialize, Serialize};

/// The sums of a set of received dossiers (a day, a month, an agency's year). Every field adds
/// up; each is a count of dossiers except `working_days_x100`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sums {
    pub received: i64,
    pub counter: i64,
    pub postal: i64,
    /// Online in Decision 766's sense (3.3): with an electronic result where one is on paper.
    pub online: i64,
    pub early: i64,
    /// Finished after the appointment (or with two supplement requests), or open past it.
    pub late: i64,
    pub synced: i64,
    pub with_fees: i64,
    pub paid_online: i64,
    pub paper_result: i64,
    pub electronic_result: i64,
    pub digitised: i64,
    pub reused: i64,
    pub shared: i64,
    pub vneid: i64,
    /// Rated dissatisfied.
    pub complained: i64,
    pub finished: i64,
    pub finished_late: i64,
    /// Finished with a result: the dossiers whose processing time is summed.
    pub with_result: i64,
    /// Their working days from reception to result, waits for a supplement left out, ×100.
    pub working_days_x100: i64,
    pub rated: i64,
    /// Rated satisfied or very satisfied.
    pub satisfied: i64,
}

impl std::ops::AddAssign for Sums {
    fn add_assign(&mut self, o: Sums) {
        self.received += o.received;
        self.counter += o.counter;
        self.postal += o.postal;
        self.online += o.online;
        self.early += o.early;
        self.late += o.late;
        self.synced += o.synced;
        self.with_fees += o.with_fees;
        self.paid_online += o.paid_online;
        self.paper_result += o.paper_result;
        self.electronic_result += o.electronic_result;
        self.digitised += o.digitised;
        self.reused += o.reused;
        self.shared += o.shared;
        self.vneid += o.vneid;
        self.complained += o.complained;
        self.finished += o.finished;
        self.finished_late += o.finished_late;
        self.with_result += o.with_result;
        self.working_days_x100 += o.working_days_x100;
        self.rated += o.rated;
        self.satisfied += o.satisfied;
    }
}

/// `part` of `whole` in percent, `None` when there is nothing to count.
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

impl Sums {
    /// Came in through the portal (neither at the counter nor by post).
    pub fn filed_online(&self) -> i64 {
        self.received - self.counter - self.postal
    }

    pub fn in_progress(&self) -> i64 {
        self.received - self.finished
    }

    pub fn finished_on_time(&self) -> i64 {
        self.finished - self.finished_late
    }

    /// Still open and past the appointment.
    pub fn open_late(&self) -> i64 {
        self.late - self.finished_late
    }

    /// Of the finished, the share finished on time.
    pub fn on_time_percent(&self) -> Option<f64> {
        percent(self.finished_on_time(), self.finished)
    }

    pub fn online_percent(&self) -> Option<f64> {
        percent(self.filed_online(), self.received)
    }

    /// Of the dossiers with a fee, the share paid online.
    pub fn paid_online_percent(&self) -> Option<f64> {
        percent(self.paid_online, self.with_fees)
    }

    /// Of the ratings, the share satisfied or very satisfied.
    pub fn satisfied_percent(&self) -> Option<f64> {
        percent(self.satisfied, self.rated)
    }

    /// The average working days from reception to result.
    pub fn average_working_days(&self) -> Option<f64> {
        (self.with_result > 0).then(|| self.working_days_x100 as f64 / 100.0 / self.with_result as f64)
    }

    /// What Decision 766's dossier indicators read.
    pub fn tally(&self) -> Tally {
        let n = |v: i64| u64::try_from(v).unwrap_or(0);
        Tally {
            received: n(self.received),
            counter: n(self.counter),
            postal: n(self.postal),
            online: n(self.online),
            early: n(self.early),
            late: n(self.late),
            synced: n(self.synced),
            with_fees: n(self.with_fees),
            paid_online: n(self.paid_online),
            paper_result: n(self.paper_result),
            electronic_result: n(self.electronic_result),
            digitised: n(self.digitised),
            reused: n(self.reused),
            shared: n(self.shared),
            vneid: n(self.vneid),
            complained: n(self.complained),
        }
    }
}

/// A legal time limit in working days, to set beside a measured processing time: exact for
/// working days, and at five working days a week, 22 a month, 7.5 working hours a day (the
/// standard office hours) for the other units.
pub fn limit_in_working_days(limit: TimeLimit) -> f64 {
    let v = f64::from(limit.value);
    match limit.unit {
        TimeUnit::WorkingDays => v,
        TimeUnit::Hours => v / 7.5,
        TimeUnit::CalendarDays => v * 5.0 / 7.0,
        TimeUnit::Months => v * 22.0,
    }
}

/// How long a procedure's recent dossiers took, in working days: the median and the 90th
/// percentile, of `sample` finished dossiers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsualTime {
    pub median: f64,
    pub p90: f64,
    pub sample: usize,
}

/// Fewer finished dossiers than this say nothing honest about a procedure's usual time.
pub const USUAL_TIME_MIN_SAMPLE: usize = 5;

/// The usual time of the processing times `x100` (hundredths of a working day), by the
/// nearest-rank percentile; `None` for too small a sample.
pub fn usual_time(mut x100: Vec<i64>) -> Option<UsualTime> {
    if x100.len() < USUAL_TIME_MIN_SAMPLE {
        return None;
    }
    x100.sort_unstable();
    let rank = |p: f64| {
        let i = ((p / 100.0) * x100.len() as f64).ceil() as usize;
        x100[i.clamp(1, x100.len()) - 1] as f64 / 100.0
    };
    Some(UsualTime { median: rank(50.0), p90: rank(90.0), sample: x100.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_of_the_right_whole() {
        let s = Sums {
            received: 10,
            counter: 3,
            postal: 1,
            finished: 8,
            finished_late: 2,
            late: 3,
            with_fees: 4,
            paid_online: 1,
            rated: 5,
            satisfied: 4,
            with_result: 4,
            working_days_x100: 1_050,
            ..Sums::default()
        };
        assert_eq!(s.filed_online(), 6);
        assert_eq!(s.in_progress(), 2);
        assert_eq!(s.open_late(), 1);
        assert_eq!(s.on_time_percent(), Some(75.0));
        assert_eq!(s.online_percent(), Some(60.0));
        assert_eq!(s.paid_online_percent(), Some(25.0));
        assert_eq!(s.satisfied_percent(), Some(80.0));
        assert_eq!(s.average_working_days(), Some(2.625));
        assert_eq!(Sums::default().on_time_percent(), None);
        let mut twice = s;
        twice += s;
        assert_eq!((twice.received, twice.working_days_x100), (20, 2_100));
    }

    #[test]
    fn the_usual_time_is_the_median_and_the_ninetieth_percentile() {
        assert_eq!(usual_time(vec![100, 200, 300, 400]), None);
        // Ten dossiers: 1 to 10 working days, given out of order.
        let days: Vec<i64> = vec![700, 100, 1_000, 300, 200, 900, 400, 800, 600, 500];
        assert_eq!(usual_time(days), Some(UsualTime { median: 5.0, p90: 9.0, sample: 10 }));
        let five = vec![150, 150, 150, 150, 2_000];
        assert_eq!(usual_time(five), Some(UsualTime { median: 1.5, p90: 20.0, sample: 5 }));
    }

    #[test]
    fn limits_are_set_in_working_days() {
        let limit = |value, unit| TimeLimit { value, unit };
        assert_eq!(limit_in_working_days(limit(15, TimeUnit::WorkingDays)), 15.0);
        assert_eq!(limit_in_working_days(limit(15, TimeUnit::Hours)), 2.0);
        assert_eq!(limit_in_working_days(limit(14, TimeUnit::CalendarDays)), 10.0);
        assert_eq!(limit_in_working_days(limit(1, TimeUnit::Months)), 22.0);
    }
}
