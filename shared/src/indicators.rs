//! The Decision 766 indicators a province is scored on (issue #18, docs/PLAN-18.md), computed from
//! per-dossier facts. Pure: the server reads the facts, this module counts.
//!
//! First slice: the scoring rule, each dossier's timeliness, and the dossier-level indicators
//! 2.1 (on time), 3.3 (online share) and 5.4 (satisfaction with procedures). The rest of §5.2 of
//! the domain brief follows with the per-dossier facts it needs.

use chrono::NaiveDateTime;

/// How many of how many: the numerator and denominator of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Ratio {
    pub met: u64,
    pub of: u64,
}

impl Ratio {
    /// In percent; `None` when there is nothing to count.
    pub fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| self.met as f64 * 100.0 / self.of as f64)
    }
}

/// Decision 766's scoring rule: reaching `full_at` percent or more earns `max` points; below it,
/// points = rate × max ÷ full_at. `None` when the ratio has nothing to count.
pub fn points(ratio: Ratio, max: f64, full_at: f64) -> Option<f64> {
    let rate = ratio.percent()?;
    Some(if rate >= full_at { max } else { rate * max / full_at })
}

/// The channel a dossier came in by (`KenhThucHien`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// 1: at the counter (also when the national portal has no value).
    Counter,
    /// 2: online.
    Online,
    /// 3: by post.
    Postal,
}

/// Finished (or measured) before, on or after its appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeliness {
    Early,
    OnTime,
    Late,
}

/// A dossier's timeliness (domain brief §2.6): measured at its end (the end of the reporting
/// period while it is still open) against its appointment; early when it ends on an earlier day,
/// on time on the appointment's day up to its hour, late after it. More than one supplement
/// request makes it late whatever the dates ("supplement once").
pub fn timeliness(end: NaiveDateTime, due: NaiveDateTime, supplement_requests: u32) -> Timeliness {
    if supplement_requests > 1 || end > due {
        Timeliness::Late
    } else if end.date() < due.date() {
        Timeliness::Early
    } else {
        Timeliness::OnTime
    }
}

/// What the dossier-level indicators read of one dossier received or processed in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct DossierFacts {
    pub channel: Channel,
    pub timeliness: Timeliness,
    /// The procedure returns a result on paper (then an online dossier counts as online only
    /// with an electronic result, §5.2 3.3).
    pub paper_result: bool,
    /// An electronic result was issued (result code and file).
    pub electronic_result: bool,
    /// Rated "dissatisfied", or complained about.
    pub complained: bool,
}

/// 2.1: dossiers finished or in progress within their deadline ÷ dossiers received or
/// processed in the period.
pub fn on_time(dossiers: &[DossierFacts]) -> Ratio {
    let met = dossiers.iter().filter(|d| d.timeliness != Timeliness::Late).count();
    Ratio { met: met as u64, of: dossiers.len() as u64 }
}

/// 3.3: online dossiers ÷ dossiers received, times the share synced to the national portal
/// (`synced`, 1.4). An online dossier of a procedure with a paper result counts only once its
/// electronic result is issued.
pub fn online_share(dossiers: &[DossierFacts], synced: Ratio) -> Option<f64> {
    let online =
        dossiers.iter().filter(|d| d.channel == Channel::Online && (!d.paper_result || d.electronic_result)).count();
    let share = Ratio { met: online as u64, of: dossiers.len() as u64 }.percent()?;
    Some(share * synced.percent()? / 100.0)
}

/// 5.4: 100 % − (the late share + the share rated dissatisfied or complained about).
pub fn satisfaction_with_procedures(dossiers: &[DossierFacts]) -> Option<f64> {
    let of = dossiers.len() as u64;
    let late = dossiers.iter().filter(|d| d.timeliness == Timeliness::Late).count() as u64;
    let complained = dossiers.iter().filter(|d| d.complained).count() as u64;
    let late = Ratio { met: late, of }.percent()?;
    let complained = Ratio { met: complained, of }.percent()?;
    Some((100.0 - late - complained).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Channel::*;
    use Timeliness::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn the_scoring_rule_gives_full_points_from_the_threshold_and_a_share_below_it() {
        assert_eq!(points(Ratio { met: 80, of: 100 }, 4.0, 80.0), Some(4.0));
        assert_eq!(points(Ratio { met: 95, of: 100 }, 4.0, 80.0), Some(4.0));
        // 40 % of a full-at-80 % indicator worth 4 points: 40 × 4 ÷ 80 = 2.
        assert_eq!(points(Ratio { met: 2, of: 5 }, 4.0, 80.0), Some(2.0));
        assert_eq!(points(Ratio { met: 0, of: 0 }, 4.0, 80.0), None);
    }

    #[test]
    fn timeliness_by_day_hour_and_supplements() {
        let due = at(10, 16);
        assert_eq!(timeliness(at(9, 17), due, 0), Early, "an earlier day");
        assert_eq!(timeliness(at(10, 8), due, 1), OnTime, "the appointment's day, one supplement");
        assert_eq!(timeliness(at(10, 16), due, 0), OnTime, "at the appointment");
        assert_eq!(timeliness(at(10, 17), due, 0), Late, "an hour after it");
        assert_eq!(timeliness(at(2, 9), due, 2), Late, "a second supplement request");
    }

    /// Eight dossiers made by hand; every expected value is worked out in the comments.
    #[test]
    fn dossier_indicators_for_a_hand_made_period() {
        let d = |channel, timeliness, paper_result, electronic_result, complained| DossierFacts {
            channel,
            timeliness,
            paper_result,
            electronic_result,
            complained,
        };
        let dossiers = [
            d(Online, Early, false, false, false),  // online (no paper result)
            d(Online, OnTime, true, true, false),   // online (electronic result issued)
            d(Online, Late, true, false, true),     // not online: paper result, none electronic
            d(Counter, OnTime, true, false, false), //
            d(Counter, Early, false, false, false), //
            d(Postal, Late, true, false, false),    //
            d(Online, OnTime, false, false, true),  // online
            d(Counter, Early, true, false, false),  //
        ];
        // 2.1: late = 2 (3rd, 6th) → 6 of 8 within the deadline.
        assert_eq!(on_time(&dossiers), Ratio { met: 6, of: 8 });
        // 3.3: online = 3 of 8 = 37.5 %, times 80 % synced = 30 %.
        assert_eq!(online_share(&dossiers, Ratio { met: 4, of: 5 }), Some(30.0));
        // 5.4: 100 − (2/8 late = 25 %) − (2/8 complained = 25 %) = 50 %.
        assert_eq!(satisfaction_with_procedures(&dossiers), Some(50.0));
        assert_eq!(satisfaction_with_procedures(&[]), None);
    }
}
