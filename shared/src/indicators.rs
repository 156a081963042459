//! The Decision 766 indicators a province is scored on (domain brief §5), computed from counts.
//! Pure: the server reads the facts and adds up the counts, this module turns them into rates,
//! points and scores.
//!
//! Dossier-level indicators read a [`Tally`]: counts that add up, so one dossier, a day's
//! aggregate row and a year of them are the same type and a report never scans every dossier.
//! Procedure-level ones read [`ProcedureFacts`], the feedback ones a [`FeedbackTally`].
//!
//! Which indicators: every one of §5.2 the portal's data can compute (1.3, 1.4, 2.1, 2.2,
//! 3.1–3.3, 3.5, 3.6, 4.1–4.5, 5.2–5.4). Not measured here: 1.1 and 1.2 (they need the dates of
//! the publishing decisions and of the legal bases) and 5.1 (a classification, not a rate). A
//! score is therefore given as points earned of the points measurable.
//!
//! Points: the brief gives the five groups' maxima, 1.2's 4 points, 5.4's 6 points and some
//! thresholds; the other indicators' maxima in [`INDICATORS`] are this portal's split of each
//! group (whole numbers, the heavier weight on the headline rates), to be confirmed against the
//! Decision's appendix (docs/INDICATORS.md). Groups are numbered as §5.2 numbers the indicators
//! (3 = online service, 4 = digitisation).

pub use crate::deadline::Timeliness;
use crate::deadline::classify;
use crate::dossier::{Channel, PaidOnline};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// How many of how many: the numerator and denominator of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
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
/// points = rate × max ÷ full_at.
pub fn points(percent: f64, max: f64, full_at: f64) -> f64 {
    if percent >= full_at { max } else { percent.max(0.0) * max / full_at }
}

/// A dossier's timeliness for Decision 766 (domain brief §2.6): the deadline's own
/// classification at its end (the end of the reporting period while it is still open), except
/// that more than one supplement request makes it late whatever the dates ("supplement once").
pub fn timeliness(end: NaiveDateTime, due: NaiveDateTime, supplement_requests: u32) -> Timeliness {
    if supplement_requests > 1 { Timeliness::Late } else { classify(end, due) }
}

/// What the indicators read of one dossier received or processed in the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DossierFacts {
    pub channel: Channel,
    pub timeliness: Timeliness,
    /// Its procedure (case) charges a fee: it counts in 3.6's denominator.
    pub fees: bool,
    pub paid_online: PaidOnline,
    /// The procedure returns a result on paper (4.1's denominator; and an online dossier counts
    /// as online only with an electronic result, 3.3).
    pub paper_result: bool,
    /// An electronic result was issued (a result code and its file).
    pub electronic_result: bool,
    /// At least one component is held as a file (uploaded, or scanned at the counter).
    pub digitised: bool,
    /// At least one component reused a file the applicant's store already held.
    pub reused: bool,
    /// The electronic result was put into the applicant's document store.
    pub result_in_store: bool,
    /// Filed from an account whose identity VNeID vouched for.
    pub vneid: bool,
    /// Delivered to the national portal.
    pub synced: bool,
    /// Rated "dissatisfied", or complained about.
    pub complained: bool,
}

/// Counts of dossiers. Every field adds up, so tallies of days add up to a month's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub received: u64,
    pub counter: u64,
    pub postal: u64,
    /// Came in online and, for a procedure with a paper result, got an electronic one (3.3).
    pub online: u64,
    pub early: u64,
    pub late: u64,
    pub synced: u64,
    pub with_fees: u64,
    /// Of those with fees, paid online (3.6).
    pub paid_online: u64,
    pub paper_result: u64,
    /// Of those with a paper result, given an electronic one too (4.1).
    pub electronic_result: u64,
    /// Digitised components and an electronic result (4.2).
    pub digitised: u64,
    pub reused: u64,
    /// A reused component, or the result put into the applicant's store (4.4).
    pub shared: u64,
    pub vneid: u64,
    pub complained: u64,
}

impl Tally {
    /// The tally of one dossier.
    pub fn of(d: &DossierFacts) -> Tally {
        let n = |b: bool| u64::from(b);
        Tally {
            received: 1,
            counter: n(d.channel == Channel::Counter),
            postal: n(d.channel == Channel::Postal),
            online: n(d.channel == Channel::Online && (!d.paper_result || d.electronic_result)),
            early: n(d.timeliness == Timeliness::Early),
            late: n(d.timeliness == Timeliness::Late),
            synced: n(d.synced),
            with_fees: n(d.fees),
            paid_online: n(d.fees && d.paid_online.is_online()),
            paper_result: n(d.paper_result),
            electronic_result: n(d.paper_result && d.electronic_result),
            digitised: n(d.digitised && d.electronic_result),
            reused: n(d.reused),
            shared: n(d.reused || d.result_in_store),
            vneid: n(d.vneid),
            complained: n(d.complained),
        }
    }

    fn share(self, met: u64) -> Ratio {
        Ratio { met, of: self.received }
    }
}

/// Field by field: the tally of both.
impl std::ops::Add for Tally {
    type Output = Tally;

    fn add(self, o: Tally) -> Tally {
        Tally {
            received: self.received + o.received,
            counter: self.counter + o.counter,
            postal: self.postal + o.postal,
            online: self.online + o.online,
            early: self.early + o.early,
            late: self.late + o.late,
            synced: self.synced + o.synced,
            with_fees: self.with_fees + o.with_fees,
            paid_online: self.paid_online + o.paid_online,
            paper_result: self.paper_result + o.paper_result,
            electronic_result: self.electronic_result + o.electronic_result,
            digitised: self.digitised + o.digitised,
            reused: self.reused + o.reused,
            shared: self.shared + o.shared,
            vneid: self.vneid + o.vneid,
            complained: self.complained + o.complained,
        }
    }
}

impl std::iter::Sum for Tally {
    fn sum<I: Iterator<Item = Tally>>(iter: I) -> Tally {
        iter.fold(Tally::default(), |a, b| a + b)
    }
}

/// How far a procedure is offered online (Decree 42/2022's two levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OnlineLevel {
    NotOnline,
    Partial,
    Full,
}

/// What the procedure-level indicators read of one procedure under the province's competence.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureFacts {
    /// All its constituent parts are published (1.3).
    pub parts_complete: bool,
    pub online: OnlineLevel,
    /// Online dossiers it received in the period (3.2).
    pub online_dossiers: u64,
    /// It charges a fee (3.5).
    pub fees: bool,
    /// At least one of its dossiers was synced with its fee data (3.5).
    pub fee_data_synced: bool,
    /// Dossiers finished in the period, and the sum of their resolution times and the legal
    /// limit, both in the procedure's own unit (2.2).
    pub finished: u64,
    pub total_time: f64,
    pub limit: f64,
}

impl ProcedureFacts {
    /// 2.2 per procedure: the average resolution time, in its unit.
    pub fn average_time(&self) -> Option<f64> {
        (self.finished > 0).then(|| self.total_time / self.finished as f64)
    }
}

/// What one feedback (phản ánh, kiến nghị) contributes to 5.2 and 5.3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FeedbackTally {
    pub received: u64,
    /// Handled within its time limits.
    pub on_time: u64,
    /// Rated dissatisfied, complained about again, or overdue.
    pub unsatisfied: u64,
}

impl FeedbackTally {
    pub fn of(on_time: bool, rated_dissatisfied: bool, complained_again: bool) -> FeedbackTally {
        let unsatisfied = rated_dissatisfied || complained_again || !on_time;
        FeedbackTally { received: 1, on_time: u64::from(on_time), unsatisfied: u64::from(unsatisfied) }
    }
}

impl std::ops::Add for FeedbackTally {
    type Output = FeedbackTally;

    fn add(self, o: FeedbackTally) -> FeedbackTally {
        FeedbackTally {
            received: self.received + o.received,
            on_time: self.on_time + o.on_time,
            unsatisfied: self.unsatisfied + o.unsatisfied,
        }
    }
}

/// The five groups of §5.1, with their maximum points (100 together).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    Transparency,
    Progress,
    OnlineService,
    Digitisation,
    Satisfaction,
}

impl Group {
    pub const ALL: [Group; 5] =
        [Group::Transparency, Group::Progress, Group::OnlineService, Group::Digitisation, Group::Satisfaction];

    pub fn max(self) -> f64 {
        match self {
            Group::Transparency | Group::Satisfaction => 18.0,
            Group::Progress => 20.0,
            Group::OnlineService | Group::Digitisation => 22.0,
        }
    }
}

/// One indicator: its code in §5.2, its group, its maximum points and the rate that earns them.
/// Sent as its code alone (the rest is in [`INDICATORS`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Indicator {
    pub code: &'static str,
    pub group: Group,
    pub max: f64,
    pub full_at: f64,
    /// Whether the portal's data computes it.
    pub measured: bool,
}

impl Serialize for Indicator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        INDICATORS
            .iter()
            .find(|i| i.code == code)
            .copied()
            .ok_or_else(|| serde::de::Error::custom(format!("unknown indicator {code}")))
    }
}

const fn ind(code: &'static str, group: Group, max: f64, full_at: f64, measured: bool) -> Indicator {
    Indicator { code, group, max, full_at, measured }
}

/// Every indicator of the five groups; each group's maxima add up to the group's.
pub const INDICATORS: [Indicator; 20] = {
    use Group::*;
    [
        ind("1.1", Transparency, 5.0, 100.0, false),
        ind("1.2", Transparency, 4.0, 100.0, false),
        ind("1.3", Transparency, 4.0, 100.0, true),
        ind("1.4", Transparency, 5.0, 100.0, true),
        ind("2.1", Progress, 14.0, 100.0, true),
        ind("2.2", Progress, 6.0, 100.0, true),
        ind("3.1", OnlineService, 4.0, 80.0, true),
        ind("3.2", OnlineService, 4.0, 100.0, true),
        ind("3.3", OnlineService, 6.0, 50.0, true),
        ind("3.5", OnlineService, 4.0, 80.0, true),
        ind("3.6", OnlineService, 4.0, 100.0, true),
        ind("4.1", Digitisation, 4.0, 100.0, true),
        ind("4.2", Digitisation, 6.0, 80.0, true),
        ind("4.3", Digitisation, 4.0, 80.0, true),
        ind("4.4", Digitisation, 4.0, 100.0, true),
        ind("4.5", Digitisation, 4.0, 100.0, true),
        ind("5.1", Satisfaction, 4.0, 100.0, false),
        ind("5.2", Satisfaction, 4.0, 100.0, true),
        ind("5.3", Satisfaction, 4.0, 100.0, true),
        ind("5.4", Satisfaction, 6.0, 90.0, true),
    ]
};

/// Everything a period's indicators read.
#[derive(Clone, Debug, Default)]
pub struct Period {
    pub dossiers: Tally,
    pub procedures: Vec<ProcedureFacts>,
    pub feedback: FeedbackTally,
}

/// One indicator measured: its rate in percent (with the counts behind it where it is a plain
/// ratio) and its points; `None` when there was nothing to count or it is not measured.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measured {
    pub indicator: Indicator,
    pub ratio: Option<Ratio>,
    pub percent: Option<f64>,
    pub points: Option<f64>,
}

/// Points earned of the points that could be measured.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Score {
    pub earned: f64,
    pub measurable: f64,
}

/// A period's indicators, groups and total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub indicators: Vec<Measured>,
    pub groups: Vec<(Group, Score)>,
    pub total: Score,
}

/// The rate of indicator `code` as a ratio, or as a percent computed otherwise (3.3, 5.4).
enum Rate {
    Of(Ratio),
    Percent(Option<f64>),
    None,
}

fn rate(code: &str, p: &Period) -> Rate {
    let t = p.dossiers;
    let procs = &p.procedures;
    let count = |f: &dyn Fn(&ProcedureFacts) -> bool| procs.iter().filter(|x| f(x)).count() as u64;
    let online_services = count(&|x| x.online != OnlineLevel::NotOnline);
    let with_fees = count(&|x| x.fees);
    let timed = count(&|x| x.finished > 0);
    match code {
        "1.3" => Rate::Of(Ratio { met: count(&|x| x.parts_complete), of: procs.len() as u64 }),
        "1.4" => Rate::Of(t.share(t.synced)),
        "2.1" => Rate::Of(t.share(t.received - t.late)),
        "2.2" => Rate::Of(Ratio { met: count(&|x| x.average_time().is_some_and(|a| a <= x.limit)), of: timed }),
        "3.1" => Rate::Of(Ratio { met: online_services, of: procs.len() as u64 }),
        "3.2" => Rate::Of(Ratio {
            met: count(&|x| x.online != OnlineLevel::NotOnline && x.online_dossiers > 0),
            of: online_services,
        }),
        "3.3" => Rate::Percent(online_share(t)),
        "3.5" => Rate::Of(Ratio { met: count(&|x| x.fees && x.fee_data_synced), of: with_fees }),
        "3.6" => Rate::Of(Ratio { met: t.paid_online, of: t.with_fees }),
        "4.1" => Rate::Of(Ratio { met: t.electronic_result, of: t.paper_result }),
        "4.2" => Rate::Of(t.share(t.digitised)),
        "4.3" => Rate::Of(t.share(t.reused)),
        "4.4" => Rate::Of(t.share(t.shared)),
        "4.5" => Rate::Of(t.share(t.vneid)),
        "5.2" => Rate::Of(Ratio { met: p.feedback.on_time, of: p.feedback.received }),
        "5.3" => Rate::Of(Ratio { met: p.feedback.received - p.feedback.unsatisfied, of: p.feedback.received }),
        "5.4" => Rate::Percent(satisfaction_with_procedures(t)),
        _ => Rate::None,
    }
}

/// 3.3: online dossiers ÷ dossiers received, times the share synced to the national portal (1.4).
pub fn online_share(t: Tally) -> Option<f64> {
    Some(t.share(t.online).percent()? * t.share(t.synced).percent()? / 100.0)
}

/// 5.4: 100 % − (the late share + the share rated dissatisfied or complained about).
pub fn satisfaction_with_procedures(t: Tally) -> Option<f64> {
    Some((100.0 - t.share(t.late).percent()? - t.share(t.complained).percent()?).max(0.0))
}

/// Every indicator of the period, with the groups' and the total score.
pub fn report(p: &Period) -> Report {
    let indicators: Vec<Measured> = INDICATORS
        .iter()
        .map(|&indicator| {
            let (ratio, percent) = match rate(indicator.code, p) {
                Rate::Of(r) => (Some(r), r.percent()),
                Rate::Percent(v) => (None, v),
                Rate::None => (None, None),
            };
            let points = percent.map(|v| points(v, indicator.max, indicator.full_at));
            Measured { indicator, ratio, percent, points }
        })
        .collect();
    let score_of = |in_group: &dyn Fn(&Measured) -> bool| {
        indicators.iter().filter(|m| in_group(m)).fold(Score::default(), |s, m| match m.points {
            Some(p) => Score { earned: s.earned + p, measurable: s.measurable + m.indicator.max },
            None => s,
        })
    };
    let groups = Group::ALL.iter().map(|&g| (g, score_of(&|m| m.indicator.group == g))).collect();
    let total = score_of(&|_| true);
    Report { indicators, groups, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Channel::*;
    use Timeliness::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_scoring_rule_gives_full_points_from_the_threshold_and_a_share_below_it() {
        assert_eq!(points(80.0, 4.0, 80.0), 4.0);
        assert_eq!(points(95.0, 4.0, 80.0), 4.0);
        // 40 % of a full-at-80 % indicator worth 4 points: 40 × 4 ÷ 80 = 2.
        assert_eq!(points(40.0, 4.0, 80.0), 2.0);
        assert_eq!(Ratio { met: 0, of: 0 }.percent(), None);
    }

    #[test]
    fn each_group_adds_up_to_its_maximum_and_all_to_a_hundred() {
        for g in Group::ALL {
            let sum: f64 = INDICATORS.iter().filter(|i| i.group == g).map(|i| i.max).sum();
            assert_eq!(sum, g.max(), "{g:?}");
        }
        assert_eq!(INDICATORS.iter().map(|i| i.max).sum::<f64>(), 100.0);
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

    /// Ten dossiers, four procedures and five feedbacks made by hand; every expected value is
    /// worked out in the comments.
    #[test]
    fn every_indicator_and_the_score_for_a_hand_made_period() {
        use PaidOnline::{NationalPortal as Nat, No, OwnGateway as Own};
        struct D(Channel, Timeliness, bool, PaidOnline, bool, bool, bool, bool, bool, bool, bool, bool);
        #[rustfmt::skip]
        let rows = [
            //  channel  timeliness   fees  paid  paper  e-res  digit  reused store  vneid  synced complained
            D(Online,  Early,  true,  Own, true,  true,  true,  true,  true,  true,  true,  false), // 1: VNeID, paid via the gateway
            D(Online,  OnTime, true,  No,  true,  false, true,  false, false, false, true,  false), // 2: paper result, no e-result: not online
            D(Online,  Late,   false, No,  false, true,  true,  false, true,  true,  true,  true),  // 3: two supplement requests
            D(Counter, OnTime, true,  No,  true,  false, true,  false, false, false, true,  false), // 4: walk-in, scanned, paid at the counter
            D(Counter, Early,  false, No,  true,  true,  false, false, false, false, false, false), // 5: not synced
            D(Postal,  Late,   true,  No,  true,  false, false, false, false, false, true,  false), // 6: by post, late
            D(Online,  OnTime, true,  Nat, false, false, true,  true,  false, true,  true,  false), // 7: paused, still open
            D(Counter, Early,  false, No,  false, false, true,  false, false, false, false, true),  // 8: disliked
            D(Online,  Early,  false, No,  true,  true,  true,  false, true,  true,  true,  false), // 9
            D(Postal,  OnTime, true,  No,  false, false, false, false, false, false, true,  false), // 10
        ];
        let dossiers: Tally = rows
            .iter()
            .map(
                |D(channel, timeliness, fees, paid_online, paper, eres, digit, reused, store, vneid, synced, compl)| {
                    Tally::of(&DossierFacts {
                        channel: *channel,
                        timeliness: *timeliness,
                        fees: *fees,
                        paid_online: *paid_online,
                        paper_result: *paper,
                        electronic_result: *eres,
                        digitised: *digit,
                        reused: *reused,
                        result_in_store: *store,
                        vneid: *vneid,
                        synced: *synced,
                        complained: *compl,
                    })
                },
            )
            .sum();
        let procedure =
            |parts_complete, online, online_dossiers, fees, fee_data_synced, finished, total_time, limit| {
                ProcedureFacts {
                    parts_complete,
                    online,
                    online_dossiers,
                    fees,
                    fee_data_synced,
                    finished,
                    total_time,
                    limit,
                }
            };
        let procedures = vec![
            procedure(true, OnlineLevel::Full, 3, true, true, 4, 20.0, 5.0), // average 5 ≤ 5
            procedure(true, OnlineLevel::Partial, 0, true, false, 2, 14.0, 5.0), // average 7 > 5
            procedure(false, OnlineLevel::NotOnline, 0, false, false, 0, 0.0, 10.0), // nothing finished
            procedure(true, OnlineLevel::Full, 1, true, true, 1, 2.0, 3.0),  // average 2 ≤ 3
        ];
        // Five feedbacks: four on time; one rated dissatisfied, one overdue, one complained about
        // again (each of those three unsatisfied).
        let feedback = [
            (true, false, false),
            (true, true, false),
            (false, false, false),
            (true, false, false),
            (true, false, true),
        ]
        .iter()
        .map(|&(on_time, dis, again)| FeedbackTally::of(on_time, dis, again))
        .fold(FeedbackTally::default(), |a, b| a + b);

        // The counts: late = 3, 6; online = 1, 3, 7, 9 (2 has a paper result and no e-result);
        // synced = all but 5 and 8; fees = 1, 2, 4, 6, 7, 10, paid online 1 (gateway), 7
        // (national portal); paper result = 1, 2, 4, 5, 6, 9, with an e-result 1, 5, 9;
        // digitised with an e-result = 1, 3, 9; reused = 1, 7; shared (reused or in the store) =
        // 1, 3, 7, 9; VNeID = 1, 3, 7, 9; complained = 3, 8.
        let expected_tally = Tally {
            received: 10,
            counter: 3,
            postal: 2,
            online: 4,
            early: 4,
            late: 2,
            synced: 8,
            with_fees: 6,
            paid_online: 2,
            paper_result: 6,
            electronic_result: 3,
            digitised: 3,
            reused: 2,
            shared: 4,
            vneid: 4,
            complained: 2,
        };
        assert_eq!(dossiers, expected_tally);
        assert_eq!(feedback, FeedbackTally { received: 5, on_time: 4, unsatisfied: 3 });

        let report = report(&Period { dossiers, procedures, feedback });
        // (code, percent, points), by hand:
        let third = 100.0 / 3.0;
        let expected: [(&str, Option<f64>, Option<f64>); 20] = [
            ("1.1", None, None),
            ("1.2", None, None),
            ("1.3", Some(75.0), Some(3.0)),              // 3 of 4 procedures; 75 × 4 ÷ 100
            ("1.4", Some(80.0), Some(4.0)),              // 8 of 10 synced; 80 × 5 ÷ 100
            ("2.1", Some(80.0), Some(11.2)),             // 8 of 10 not late; 80 × 14 ÷ 100
            ("2.2", Some(2.0 * third), Some(4.0)),       // 2 of the 3 timed procedures within their limit
            ("3.1", Some(75.0), Some(3.75)),             // 3 of 4 online; 75 × 4 ÷ 80
            ("3.2", Some(2.0 * third), Some(8.0 / 3.0)), // 2 of the 3 online ones got an online dossier
            ("3.3", Some(32.0), Some(3.84)),             // 4 ÷ 10 = 40 %, × 80 % synced = 32 %; 32 × 6 ÷ 50
            ("3.5", Some(2.0 * third), Some(10.0 / 3.0)), // 2 of 3 with fees synced fee data; 66.7 × 4 ÷ 80
            ("3.6", Some(third), Some(4.0 / 3.0)),       // 2 of 6 with fees paid online
            ("4.1", Some(50.0), Some(2.0)),              // 3 of 6 paper results also electronic
            ("4.2", Some(30.0), Some(2.25)),             // 3 of 10; 30 × 6 ÷ 80
            ("4.3", Some(20.0), Some(1.0)),              // 2 of 10; 20 × 4 ÷ 80
            ("4.4", Some(40.0), Some(1.6)),              // 4 of 10
            ("4.5", Some(40.0), Some(1.6)),              // 4 of 10
            ("5.1", None, None),
            ("5.2", Some(80.0), Some(3.2)), // 4 of 5 feedbacks on time
            ("5.3", Some(40.0), Some(1.6)), // (5 − 3) of 5
            ("5.4", Some(60.0), Some(4.0)), // 100 − 20 late − 20 complained; 60 × 6 ÷ 90
        ];
        for (m, (code, percent, pts)) in report.indicators.iter().zip(expected) {
            assert_eq!(m.indicator.code, code);
            assert!(m.percent.zip(percent).map_or(m.percent == percent, |(a, b)| close(a, b)), "{code}: {m:?}");
            assert!(m.points.zip(pts).map_or(m.points == pts, |(a, b)| close(a, b)), "{code}: {m:?}");
        }
        // Groups: 1: 3 + 4 = 7 of 9 (1.1, 1.2 unmeasured); 2: 11.2 + 4 = 15.2 of 20;
        // 3: 3.75 + 8/3 + 3.84 + 10/3 + 4/3 = 14.9233… of 22; 4: 2 + 2.25 + 1 + 1.6 + 1.6 = 8.45
        // of 22; 5: 3.2 + 1.6 + 4 = 8.8 of 14 (5.1 unmeasured). Total 54.3733… of 87.
        let expected_groups = [(7.0, 9.0), (15.2, 20.0), (7.59 + 22.0 / 3.0, 22.0), (8.45, 22.0), (8.8, 14.0)];
        for ((group, score), (earned, measurable)) in report.groups.iter().zip(expected_groups) {
            assert!(close(score.earned, earned) && close(score.measurable, measurable), "{group:?}: {score:?}");
        }
        assert!(close(report.total.earned, 39.45 + 7.59 + 22.0 / 3.0), "{:?}", report.total);
        assert!(close(report.total.measurable, 87.0));
    }

    #[test]
    fn an_empty_period_measures_nothing_and_scores_nothing() {
        let report = report(&Period::default());
        assert!(report.indicators.iter().all(|m| m.points.is_none()));
        assert_eq!(report.total, Score::default());
    }
}
