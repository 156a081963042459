//! Statuses follow the national synchronisation vocabulary (ChoTiepNhan, DaTiepNhan, DangXuLy,
//! YeuCauBoSung, DaBoSung, DaXuLyXong, DaTraKetQua, TuChoi, DungXuLy, RutHoSo), plus the draft
//! that exists only in this portal. `transition` is the only judge of a move; the server always
//! goes through it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum Status {
    Draft,
    Submitted,
    Received,
    Processing,
    SupplementRequested,
    Supplemented,
    Processed,
    ResultReturned,
    Refused,
    Stopped,
    Withdrawn,
}

/// Something that moves a dossier. Its code is what the officer's page posts and what a finished
/// task records as how it ended (`dossier_tasks.outcome`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum Move {
    /// The applicant submits a complete draft.
    Submit,
    /// The applicant withdraws before the result.
    Withdraw,
    /// Reception accepts (with receipt and appointment date).
    Receive,
    /// Reception asks, once and completely, for a supplement.
    RequestSupplement,
    /// The applicant supplies what was asked.
    Supplement,
    /// Reception refuses to receive.
    Refuse,
    /// Processing starts (hand-over to the specialist unit).
    StartProcessing,
    /// The leader approves: processed.
    Finish,
    /// The result is returned to the applicant.
    ReturnResult,
    /// Processing is stopped (Mẫu 05).
    Stop,
    /// The specialist proposes a decision to the leader (the status stays "processing").
    Propose,
    /// The leader sends the proposal back to the specialist (still "processing").
    SendBack,
    /// The leader refuses the request on its merits after processing (a written answer with
    /// the reasons; the dossier is closed as refused).
    Reject,
}

impl Status {
    pub const ALL: [Status; 11] = [
        Status::Draft,
        Status::Submitted,
        Status::Received,
        Status::Processing,
        Status::SupplementRequested,
        Status::Supplemented,
        Status::Processed,
        Status::ResultReturned,
        Status::Refused,
        Status::Stopped,
        Status::Withdrawn,
    ];

    /// The stored code (the national sync name; `Draft` is the portal's own).
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "NhapHoSo",
            Status::Submitted => "ChoTiepNhan",
            Status::Received => "DaTiepNhan",
            Status::Processing => "DangXuLy",
            Status::SupplementRequested => "YeuCauBoSung",
            Status::Supplemented => "DaBoSung",
            Status::Processed => "DaXuLyXong",
            Status::ResultReturned => "DaTraKetQua",
            Status::Refused => "TuChoi",
            Status::Stopped => "DungXuLy",
            Status::Withdrawn => "RutHoSo",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Processing has ended (the statuses Decision 766 counts as closed).
    pub fn is_final(self) -> bool {
        matches!(self, Status::ResultReturned | Status::Refused | Status::Stopped | Status::Withdrawn)
    }
}

impl Move {
    pub const ALL: [Move; 13] = [
        Move::Submit,
        Move::Withdraw,
        Move::Receive,
        Move::RequestSupplement,
        Move::Supplement,
        Move::Refuse,
        Move::StartProcessing,
        Move::Finish,
        Move::ReturnResult,
        Move::Stop,
        Move::Propose,
        Move::SendBack,
        Move::Reject,
    ];

    /// The moves an officer makes from the dossier's page, in the order its buttons stand.
    pub const OFFICERS: [Move; 10] = [
        Move::Receive,
        Move::RequestSupplement,
        Move::Refuse,
        Move::StartProcessing,
        Move::Propose,
        Move::SendBack,
        Move::Finish,
        Move::Reject,
        Move::ReturnResult,
        Move::Stop,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Move::Submit => "nop_ho_so",
            Move::Withdraw => "rut_ho_so",
            Move::Receive => "tiep_nhan",
            Move::RequestSupplement => "yeu_cau_bo_sung",
            Move::Supplement => "bo_sung",
            Move::Refuse => "tu_choi",
            Move::StartProcessing => "chuyen_xu_ly",
            Move::Finish => "phe_duyet",
            Move::ReturnResult => "tra_ket_qua",
            Move::Stop => "dung_xu_ly",
            Move::Propose => "de_xuat",
            Move::SendBack => "tra_lai",
            Move::Reject => "tu_choi_giai_quyet",
        }
    }

    pub fn parse(code: &str) -> Option<Move> {
        Move::ALL.into_iter().find(|m| m.code() == code)
    }

    /// An officer's move that ends the dossier (refused at the counter, rejected on its merits,
    /// stopped): confirmed on a page of its own, with the reason required.
    pub fn ends_dossier(self) -> bool {
        matches!(self, Move::Refuse | Move::Reject | Move::Stop)
    }
}

crate::code::coded_enum! {
    /// An officer's action on a dossier that does not change its status: taking it on, handing
    /// it to a specialist, the apology for a late result and its approval, waiving the fee or
    /// taking it in cash at the counter.
    SideAction {
        Claim => "nhan_xu_ly",
        Assign => "phan_cong",
        DraftApology => "xin_loi",
        ApproveApology => "duyet_xin_loi",
        ExemptFee => "mien_phi",
        CollectFee => "thu_phi_tai_quay",
    }
}

/// Whether a refusal from `from` is the counter's, before receiving (Mẫu 03, the refusal slip),
/// rather than a decision on the merits after processing, which is answered in writing instead.
pub fn refused_at_reception(from: Status) -> bool {
    matches!(from, Status::Submitted | Status::Supplemented)
}

/// The status after `action` from `from`, or `None` if the move is not allowed there.
pub fn transition(from: Status, action: Move) -> Option<Status> {
    use Move::*;
    use Status::*;
    let to = match (from, action) {
        (Draft, Submit) => Submitted,
        (Submitted, Receive) => Received,
        (Submitted, RequestSupplement) => SupplementRequested,
        (Submitted, Refuse) => Refused,
        (SupplementRequested, Supplement) => Supplemented,
        (Supplemented, Receive) => Received,
        (Supplemented, Refuse) => Refused,
        (Received, StartProcessing) => Processing,
        (Supplemented, StartProcessing) => Processing,
        (Processing, RequestSupplement) => SupplementRequested,
        (Processing, Finish) => Processed,
        (Processing, Stop) => Stopped,
        (Processing, Reject) => Refused,
        (Processing, Propose | SendBack) => Processing,
        (Processed, ReturnResult) => ResultReturned,
        (Submitted | Received | Processing | SupplementRequested | Supplemented, Withdraw) => Withdrawn,
        _ => return None,
    };
    Some(to)
}

crate::code::stored_as_text!(Status);
crate::code::stored_as_text!(Move);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_codes_round_trip_and_are_distinct() {
        for m in Move::ALL {
            assert_eq!(Move::parse(m.code()), Some(m));
        }
        let codes: std::collections::BTreeSet<_> = Move::ALL.iter().map(|m| m.code()).collect();
        assert_eq!(codes.len(), Move::ALL.len());
        assert!(Move::OFFICERS.iter().all(|m| !matches!(m, Move::Submit | Move::Withdraw | Move::Supplement)));
    }

    #[test]
    fn codes_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn the_main_path_and_its_exits() {
        let path = [Move::Submit, Move::Receive, Move::StartProcessing, Move::Finish, Move::ReturnResult];
        let mut s = Status::Draft;
        for m in path {
            s = transition(s, m).unwrap_or_else(|| panic!("{m:?} from {s:?}"));
        }
        assert_eq!(s, Status::ResultReturned);
        assert!(s.is_final());
        assert_eq!(transition(Status::Draft, Move::Receive), None, "a draft is not received");
        assert_eq!(transition(Status::Submitted, Move::Submit), None, "submitting twice is not a move");
        assert_eq!(transition(Status::ResultReturned, Move::Withdraw), None);
        for s in Status::ALL.into_iter().filter(|s| s.is_final()) {
            for m in [Move::Submit, Move::Withdraw, Move::Receive, Move::Finish] {
                assert_eq!(transition(s, m), None, "{s:?} is final");
            }
        }
    }
}
