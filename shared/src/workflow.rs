//! Workflows as data: per procedure version, the ordered steps a dossier goes through after the
//! counter accepts it — reception, one or more processing steps (a unit of the receiving agency,
//! or of another agency for an interconnected "liên thông" procedure), the leader's approval,
//! and the return of the result — each with the role that acts and its time budget.
//!
//! `route` is the one place that says where a move takes a dossier in its workflow; the
//! lifecycle (`dossier::apply`) says whether the move exists in the status and whose it is.
//! Both must agree for the server to apply a move.

pub mod form;

use crate::access::Role;
use crate::catalog::TimeLimit;
use crate::deadline::{WorkingCalendar, due_at};
use crate::dossier::Move;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// The one-stop counter holds the accepted dossier until it hands it over.
    Reception,
    /// A specialist unit reviews it and proposes (several in a row for liên thông).
    Processing,
    /// The leader approves, refuses or sends it back.
    Approval,
    /// The counter returns the result.
    Result,
}

impl StepKind {
    /// The role that acts at this step.
    pub fn role(self) -> Role {
        match self {
            StepKind::Reception | StepKind::Result => Role::Reception,
            StepKind::Processing => Role::Specialist,
            StepKind::Approval => Role::Leader,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub name: String,
    pub kind: StepKind,
    /// Code of another agency that does this step (liên thông); none for the receiving agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Code of the unit (of that agency) that does it; none: the counter picks at hand-over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Time budget of the step; none: only the dossier's own deadline applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<TimeLimit>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workflow {
    pub name: String,
    pub steps: Vec<Step>,
}

/// Why a workflow cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkflowProblem {
    /// Reception first, then processing step(s), approval, result.
    Shape(&'static str),
    /// Step `n` (from 1) has no name.
    Unnamed(usize),
    /// The counter and the approval are the receiving agency's.
    ElsewhereAt(usize),
}

/// Where a move takes a dossier: to step `Some(i)`, or out of the workflow (`None`: closed, or
/// back before reception).
pub type Destination = Option<usize>;

impl Workflow {
    /// For a procedure without its own workflow: the counter, a unit it picks at hand-over, the
    /// leader, the counter; no step budgets (the dossier's deadline still applies).
    pub fn generic() -> Workflow {
        let step = |name: &str, kind| Step { name: name.to_owned(), kind, agency: None, unit: None, budget: None };
        Workflow {
            name: "Quy trình chung".to_owned(),
            steps: vec![
                step("Tiếp nhận hồ sơ", StepKind::Reception),
                step("Thẩm định, đề xuất", StepKind::Processing),
                step("Phê duyệt", StepKind::Approval),
                step("Trả kết quả", StepKind::Result),
            ],
        }
    }

    pub fn check(&self) -> Result<(), WorkflowProblem> {
        let kinds: Vec<StepKind> = self.steps.iter().map(|s| s.kind).collect();
        let n = kinds.len();
        if n < 4 {
            return Err(WorkflowProblem::Shape("at least reception, processing, approval, result"));
        }
        if kinds[0] != StepKind::Reception {
            return Err(WorkflowProblem::Shape("the first step is reception"));
        }
        if kinds[n - 1] != StepKind::Result || kinds[n - 2] != StepKind::Approval {
            return Err(WorkflowProblem::Shape("the last steps are approval, then result"));
        }
        if kinds[1..n - 2].iter().any(|k| *k != StepKind::Processing) {
            return Err(WorkflowProblem::Shape("between reception and approval only processing steps"));
        }
        for (i, step) in self.steps.iter().enumerate() {
            if step.name.trim().is_empty() {
                return Err(WorkflowProblem::Unnamed(i + 1));
            }
            if step.agency.is_some() && step.kind != StepKind::Processing {
                return Err(WorkflowProblem::ElsewhereAt(i + 1));
            }
        }
        Ok(())
    }

    /// Where `movement` takes a dossier standing at step `at` (`None`: not received yet, or
    /// waiting for a supplement asked before reception). `None` as the answer: the move is not
    /// possible at this step (for example approving while a unit still has the dossier).
    pub fn route(&self, at: Option<usize>, movement: Move) -> Option<Destination> {
        use Move::*;
        let kind = at.and_then(|i| self.steps.get(i)).map(|s| s.kind);
        let last = self.steps.len().checked_sub(1)?;
        match (movement, kind) {
            (Submit | Refuse, None) => Some(None),
            (Supplement, _) => Some(at),
            (Withdraw, _) => Some(None),
            (Receive, None) => Some(Some(0)),
            // Asked before reception: back out; asked by a unit: it stays with the unit, whose
            // task pauses, and the counter hands it back there once supplemented.
            (RequestSupplement, None) => Some(None),
            (RequestSupplement, Some(StepKind::Processing)) => Some(at),
            (StartProcessing, Some(StepKind::Reception)) => {
                self.steps.iter().position(|s| s.kind == StepKind::Processing).map(Some)
            }
            (StartProcessing, Some(StepKind::Processing)) => Some(at),
            (Propose, Some(StepKind::Processing)) => at.map(|i| Some(i + 1)),
            (SendBack, Some(StepKind::Approval)) => at.map(|i| Some(i - 1)),
            (Finish, Some(StepKind::Approval)) => Some(Some(last)),
            (Reject, Some(StepKind::Approval)) => Some(None),
            (Stop, Some(StepKind::Processing | StepKind::Approval)) => Some(None),
            (ReturnResult, Some(StepKind::Result)) => Some(None),
            _ => None,
        }
    }

    /// The end of the workflow when every step uses exactly its budget, from `start`; `None` if
    /// a step has no budget. A workflow is consistent with its procedure's time limit when this
    /// is never later than the procedure's own due time.
    pub fn planned_end(&self, calendar: &WorkingCalendar, start: NaiveDateTime) -> Option<NaiveDateTime> {
        self.steps.iter().try_fold(start, |at, step| Some(due_at(calendar, at, step.budget?, None, &[])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::TimeUnit;
    use chrono::NaiveDate;

    fn step(kind: StepKind, agency: Option<&str>, hours: u32) -> Step {
        Step {
            name: format!("{kind:?}"),
            kind,
            agency: agency.map(str::to_owned),
            unit: None,
            budget: Some(TimeLimit { value: hours, unit: TimeUnit::Hours }),
        }
    }

    /// Reception, a unit here, a unit of another agency (liên thông), approval, result.
    fn interconnected() -> Workflow {
        use StepKind::*;
        Workflow {
            name: "liên thông".into(),
            steps: vec![
                step(Reception, None, 1),
                step(Processing, None, 3),
                step(Processing, Some("000.01.13.H52"), 3),
                step(Approval, None, 1),
                step(Result, None, 1),
            ],
        }
    }

    #[test]
    fn a_dossier_walks_the_steps_in_order() {
        use Move::*;
        let w = interconnected();
        assert_eq!(w.check(), Ok(()));
        let mut at = None;
        for (movement, expected) in [
            (Receive, Some(0)),
            (StartProcessing, Some(1)),
            (RequestSupplement, Some(1)),
            (Supplement, Some(1)),
            (StartProcessing, Some(1)),
            (Propose, Some(2)),
            (Propose, Some(3)),
            (SendBack, Some(2)),
            (Propose, Some(3)),
            (Finish, Some(4)),
            (ReturnResult, None),
        ] {
            at = w.route(at, movement).unwrap_or_else(|| panic!("{movement:?} at {at:?}"));
            assert_eq!(at, expected, "after {movement:?}");
        }
    }

    #[test]
    fn moves_out_of_place_are_refused() {
        use Move::*;
        let w = interconnected();
        assert_eq!(w.route(None, StartProcessing), None, "hand over before accepting");
        assert_eq!(w.route(Some(1), Finish), None, "approve while a unit has it");
        assert_eq!(w.route(Some(3), Propose), None, "the leader does not propose");
        assert_eq!(w.route(Some(0), Receive), None, "accepted once");
        assert_eq!(w.route(Some(2), ReturnResult), None);
        assert_eq!(w.route(Some(0), RequestSupplement), None, "the counter asks before accepting");
        assert_eq!(w.route(Some(3), Reject), Some(None));
        assert_eq!(w.route(Some(1), Reject), None, "refused on the merits at the leader's step only");
        assert_eq!(w.route(Some(2), Stop), Some(None));
        assert_eq!(w.route(Some(4), Withdraw), Some(None));
    }

    #[test]
    fn malformed_workflows_are_refused() {
        use StepKind::*;
        let mut w = interconnected();
        w.steps.swap(0, 1);
        assert!(matches!(w.check(), Err(WorkflowProblem::Shape(_))));
        let mut w = interconnected();
        w.steps[3].agency = Some("elsewhere".into());
        assert_eq!(w.check(), Err(WorkflowProblem::ElsewhereAt(4)));
        let w = Workflow { name: "short".into(), steps: vec![step(Reception, None, 1), step(Result, None, 1)] };
        assert!(w.check().is_err());
        let mut w = interconnected();
        w.steps[1].name = " ".into();
        assert_eq!(w.check(), Err(WorkflowProblem::Unnamed(2)));
        assert_eq!(Workflow::generic().check(), Ok(()));
    }

    #[test]
    fn the_plan_adds_up_the_budgets_in_working_time() {
        let calendar = WorkingCalendar::weekdays();
        // Monday 2026-03-09, 07:30: nine working hours are Monday's seven and a half (the lunch
        // break does not count) and an hour and a half on Tuesday.
        let start = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap().and_hms_opt(7, 30, 0).unwrap();
        let end = interconnected().planned_end(&calendar, start).unwrap();
        assert_eq!(end, NaiveDate::from_ymd_opt(2026, 3, 10).unwrap().and_hms_opt(9, 0, 0).unwrap());
        assert_eq!(Workflow::generic().planned_end(&calendar, start), None);
    }
}
