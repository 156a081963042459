//! Who may make which move: the state machine of `status.rs` crossed with the acting role.
//! `apply` is what the server calls for every change of a dossier; it answers the next status,
//! or why the move is refused (not possible in this status, or not this actor's to make).

use super::{Move, Status, transition};
use crate::access::Role;
use serde::{Deserialize, Serialize};

/// Who is making the move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum By {
    /// The applicant (filer, or a member of the owning business).
    Applicant,
    Officer(Role),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The move does not exist from this status (someone acted first, or it is over).
    NotInThisStatus,
    /// Someone else's move.
    NotYourRole,
}

/// Whose move it is.
pub fn may_make(by: By, action: Move) -> bool {
    use Move::*;
    match by {
        By::Applicant => matches!(action, Submit | Supplement | Withdraw),
        By::Officer(Role::Reception) => {
            matches!(action, Receive | RequestSupplement | Refuse | StartProcessing | ReturnResult)
        }
        By::Officer(Role::Specialist | Role::UnitHead) => matches!(action, Propose | RequestSupplement),
        By::Officer(Role::Leader) => matches!(action, Finish | SendBack | Stop | Reject),
        By::Officer(Role::AgencyAdmin | Role::SystemAdmin | Role::FeedbackDesk) => false,
    }
}

pub fn apply(from: Status, action: Move, by: By) -> Result<Status, Refusal> {
    let next = transition(from, action).ok_or(Refusal::NotInThisStatus)?;
    if may_make(by, action) { Ok(next) } else { Err(Refusal::NotYourRole) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every status × move × actor: the expected outcome is the state machine's answer where
    /// the actor may make the move, "not your role" where the move exists but is someone
    /// else's, and "not in this status" otherwise; the table below pins who may make what.
    #[test]
    fn the_whole_matrix() {
        use Move::*;
        let actors = [
            By::Applicant,
            By::Officer(Role::Reception),
            By::Officer(Role::Specialist),
            By::Officer(Role::UnitHead),
            By::Officer(Role::Leader),
            By::Officer(Role::AgencyAdmin),
            By::Officer(Role::SystemAdmin),
        ];
        // Columns: applicant, reception, specialist, unit head, leader, agency admin, system admin.
        #[rustfmt::skip]
        let whose: [(Move, [bool; 7]); 13] = [
            (Submit,            [true,  false, false, false, false, false, false]),
            (Withdraw,          [true,  false, false, false, false, false, false]),
            (Supplement,        [true,  false, false, false, false, false, false]),
            (Receive,           [false, true,  false, false, false, false, false]),
            (RequestSupplement, [false, true,  true,  true,  false, false, false]),
            (Refuse,            [false, true,  false, false, false, false, false]),
            (StartProcessing,   [false, true,  false, false, false, false, false]),
            (Propose,           [false, false, true,  true,  false, false, false]),
            (SendBack,          [false, false, false, false, true,  false, false]),
            (Finish,            [false, false, false, false, true,  false, false]),
            (ReturnResult,      [false, true,  false, false, false, false, false]),
            (Stop,              [false, false, false, false, true,  false, false]),
            (Reject,            [false, false, false, false, true,  false, false]),
        ];
        for from in Status::ALL {
            for (action, allowed) in whose {
                for (by, may) in actors.into_iter().zip(allowed) {
                    let expected = match transition(from, action) {
                        None => Err(Refusal::NotInThisStatus),
                        Some(_) if !may => Err(Refusal::NotYourRole),
                        Some(next) => Ok(next),
                    };
                    assert_eq!(apply(from, action, by), expected, "{from:?} {action:?} {by:?}");
                }
            }
        }
        // And the lifecycle itself, by the right hands.
        let mut s = Status::Draft;
        for (action, by) in [
            (Submit, By::Applicant),
            (RequestSupplement, By::Officer(Role::Reception)),
            (Supplement, By::Applicant),
            (Receive, By::Officer(Role::Reception)),
            (StartProcessing, By::Officer(Role::Reception)),
            (Propose, By::Officer(Role::Specialist)),
            (SendBack, By::Officer(Role::Leader)),
            (Propose, By::Officer(Role::Specialist)),
            (Finish, By::Officer(Role::Leader)),
            (ReturnResult, By::Officer(Role::Reception)),
        ] {
            s = apply(s, action, by).unwrap_or_else(|e| panic!("{action:?} by {by:?} from {s:?}: {e:?}"));
        }
        assert_eq!(s, Status::ResultReturned);
        assert_eq!(apply(Status::Submitted, Move::Finish, By::Officer(Role::Leader)), Err(Refusal::NotInThisStatus));
        assert_eq!(apply(Status::Processing, Move::Finish, By::Officer(Role::Reception)), Err(Refusal::NotYourRole));
    }
}
