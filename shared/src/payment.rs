//! Online fee payment: the states of a payment and of a refund, and the one function that says
//! which gateway report moves a payment where. Only reports the server verified itself — the
//! gateway's signed server-to-server notification (IPN) or its answer to a query — reach this
//! function; a browser coming back from the gateway only ever reads the state.

use serde::{Deserialize, Serialize};

/// When a procedure's fee is paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum FeeDue {
    /// Before reception: the counter receives the dossier once it is paid.
    #[default]
    AtSubmission,
    /// After approval: the result is released once it is paid.
    BeforeResult,
}

impl FeeDue {
    pub fn code(self) -> &'static str {
        match self {
            FeeDue::AtSubmission => "submission",
            FeeDue::BeforeResult => "result",
        }
    }

    pub fn parse(code: &str) -> Option<FeeDue> {
        [FeeDue::AtSubmission, FeeDue::BeforeResult].into_iter().find(|f| f.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum PaymentState {
    /// Made, the payer not yet sent to the gateway.
    Created,
    /// The payer was sent to the gateway; no verified answer yet.
    Pending,
    Paid,
    /// The gateway reported a failure (insufficient funds, wrong OTP, timeout, …).
    Failed,
    /// No verified answer before the payment window closed, and the gateway knows no payment.
    Expired,
    /// The payer cancelled at the gateway.
    Cancelled,
}

impl PaymentState {
    pub const ALL: [PaymentState; 6] = [
        PaymentState::Created,
        PaymentState::Pending,
        PaymentState::Paid,
        PaymentState::Failed,
        PaymentState::Expired,
        PaymentState::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PaymentState::Created => "created",
            PaymentState::Pending => "pending",
            PaymentState::Paid => "paid",
            PaymentState::Failed => "failed",
            PaymentState::Expired => "expired",
            PaymentState::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<PaymentState> {
        PaymentState::ALL.into_iter().find(|s| s.code() == code)
    }

    /// No report changes it any more (a paid payment is never downgraded).
    pub fn is_final(self) -> bool {
        !matches!(self, PaymentState::Created | PaymentState::Pending)
    }
}

/// A verified report from the gateway about a payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// Response code `00` and transaction status `00`.
    Success,
    /// The payer cancelled (`24`).
    Cancelled,
    /// Any other failure code.
    Failure,
    /// The gateway has no completed payment and the window has closed.
    NotFoundAfterExpiry,
}

/// The state after `report`, or `None` when the report changes nothing (the payment is settled:
/// a replayed or late report is acknowledged and ignored).
pub fn after(state: PaymentState, report: Report) -> Option<PaymentState> {
    // A success reported after the window closed still moved the payer's money: the gateway is
    // the authority, so an expired payment becomes paid (and never the other way round).
    if state == PaymentState::Expired && report == Report::Success {
        return Some(PaymentState::Paid);
    }
    if state.is_final() {
        return None;
    }
    Some(match report {
        Report::Success => PaymentState::Paid,
        Report::Cancelled => PaymentState::Cancelled,
        Report::Failure => PaymentState::Failed,
        Report::NotFoundAfterExpiry => PaymentState::Expired,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum RefundState {
    /// Above the approval threshold: waiting for a second officer (its amount reserved).
    AwaitingApproval,
    /// Declined (or withdrawn) while it waited: its amount freed, nothing paid out.
    Declined,
    Requested,
    Refunded,
    Failed,
}

impl RefundState {
    pub fn code(self) -> &'static str {
        match self {
            RefundState::AwaitingApproval => "awaiting_approval",
            RefundState::Declined => "declined",
            RefundState::Requested => "requested",
            RefundState::Refunded => "refunded",
            RefundState::Failed => "failed",
        }
    }

    pub fn parse(code: &str) -> Option<RefundState> {
        [
            RefundState::AwaitingApproval,
            RefundState::Declined,
            RefundState::Requested,
            RefundState::Refunded,
            RefundState::Failed,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// Why a refund of `amount` is refused when `paid` was paid and `refunded` already went back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundProblem {
    NotPaid,
    NothingToRefund,
    MoreThanPaid,
}

pub fn check_refund(state: PaymentState, paid: i64, refunded: i64, amount: i64) -> Result<(), RefundProblem> {
    if state != PaymentState::Paid {
        return Err(RefundProblem::NotPaid);
    }
    if amount <= 0 {
        return Err(RefundProblem::NothingToRefund);
    }
    if refunded.saturating_add(amount) > paid {
        return Err(RefundProblem::MoreThanPaid);
    }
    Ok(())
}

crate::code::stored_as_text!(PaymentState);
crate::code::stored_as_text!(RefundState);
crate::code::stored_as_text!(FeeDue);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_against_every_report() {
        use PaymentState::*;
        let reports = [Report::Success, Report::Cancelled, Report::Failure, Report::NotFoundAfterExpiry];
        for state in PaymentState::ALL {
            for report in reports {
                let got = after(state, report);
                if state == Expired && report == Report::Success {
                    assert_eq!(got, Some(Paid), "money taken after the window still counts");
                } else if state.is_final() {
                    assert_eq!(got, None, "{state:?} is settled; {report:?} changes nothing");
                } else {
                    let expected = match report {
                        Report::Success => Paid,
                        Report::Cancelled => Cancelled,
                        Report::Failure => Failed,
                        Report::NotFoundAfterExpiry => Expired,
                    };
                    assert_eq!(got, Some(expected), "{state:?} + {report:?}");
                }
            }
        }
        assert_eq!(after(Paid, Report::Failure), None, "a paid payment is never downgraded");
        for s in PaymentState::ALL {
            assert_eq!(PaymentState::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn refunds_never_exceed_what_was_paid() {
        assert_eq!(check_refund(PaymentState::Paid, 200_000, 0, 200_000), Ok(()));
        assert_eq!(check_refund(PaymentState::Paid, 200_000, 150_000, 50_000), Ok(()));
        assert_eq!(check_refund(PaymentState::Paid, 200_000, 150_000, 50_001), Err(RefundProblem::MoreThanPaid));
        assert_eq!(check_refund(PaymentState::Paid, 200_000, 0, 0), Err(RefundProblem::NothingToRefund));
        assert_eq!(check_refund(PaymentState::Pending, 200_000, 0, 1), Err(RefundProblem::NotPaid));
    }
}
