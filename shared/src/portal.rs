//! The portal's own contact details, shown in every page's footer: who runs it, where its
//! one-stop centre is, the hotline and address people write to, and whose office hours the
//! footer shows. Set by the system admin in the portal (`/quan-tri/lien-he`), checked here.

use crate::identity::{Email, Phone};
use serde::{Deserialize, Serialize};

/// The longest operator name and address kept (a ministry-style agency name with its
/// province fits well within these).
pub const NAME_MAX: usize = 200;
pub const ADDRESS_MAX: usize = 300;
pub const NOTE_MAX: usize = 300;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// The agency that runs the portal ("Văn phòng Ủy ban nhân dân tỉnh …").
    pub operator: String,
    /// The one-stop centre's street address.
    pub address: String,
    /// As typed by the admin, checked by [`hotline_ok`].
    pub hotline: String,
    pub email: String,
    /// The agency whose office hours the footer shows (usually the provincial public
    /// administration service centre); none: the footer shows no hours.
    pub hours_agency: Option<i64>,
    /// A line under the contact, optional ("Dữ liệu thủ tục dùng để trình diễn…").
    pub note: String,
}

/// A part of the contact that cannot be kept as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactProblem {
    /// Missing, or longer than [`NAME_MAX`].
    Operator,
    /// Missing, or longer than [`ADDRESS_MAX`].
    Address,
    Hotline,
    Email,
    /// The agency chosen for the office hours is not one of the province's.
    HoursAgency,
    /// Longer than [`NOTE_MAX`].
    Note,
}

impl Contact {
    /// Trimmed of surrounding spaces.
    pub fn trimmed(self) -> Self {
        Self {
            operator: self.operator.trim().to_owned(),
            address: self.address.trim().to_owned(),
            hotline: self.hotline.trim().to_owned(),
            email: self.email.trim().to_owned(),
            hours_agency: self.hours_agency,
            note: self.note.trim().to_owned(),
        }
    }

    /// Every problem of the (trimmed) contact; `agencies`: the ids the hours may come from.
    pub fn check(&self, agencies: &[i64]) -> Vec<ContactProblem> {
        let sized = |s: &str, max: usize| !s.is_empty() && s.chars().count() <= max;
        let mut problems = Vec::new();
        if !sized(&self.operator, NAME_MAX) {
            problems.push(ContactProblem::Operator);
        }
        if !sized(&self.address, ADDRESS_MAX) {
            problems.push(ContactProblem::Address);
        }
        if !hotline_ok(&self.hotline) {
            problems.push(ContactProblem::Hotline);
        }
        if Email::parse(&self.email).is_err() {
            problems.push(ContactProblem::Email);
        }
        if self.hours_agency.is_some_and(|a| !agencies.contains(&a)) {
            problems.push(ContactProblem::HoursAgency);
        }
        if self.note.chars().count() > NOTE_MAX {
            problems.push(ContactProblem::Note);
        }
        problems
    }

    /// The hotline as a `tel:` link target (digits only, a leading `+` kept).
    pub fn hotline_href(&self) -> String {
        let digits: String = self.hotline.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        format!("tel:{digits}")
    }
}

/// A hotline people can call: a Vietnamese phone number, or a national service number
/// (1800 toll-free, 1900 paid) of 8 or 10 digits. Spaces, dots and dashes are allowed.
pub fn hotline_ok(s: &str) -> bool {
    if Phone::parse(s).is_ok() {
        return true;
    }
    let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    compact.bytes().all(|b| b.is_ascii_digit())
        && (compact.starts_with("1800") || compact.starts_with("1900"))
        && matches!(compact.len(), 8 | 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact() -> Contact {
        Contact {
            operator: "Văn phòng UBND tỉnh".into(),
            address: "Số 1 đường Tô Hiệu, phường Tô Hiệu".into(),
            hotline: "1800 1096".into(),
            email: "motcua@sonla.gov.vn".into(),
            hours_agency: Some(3),
            note: String::new(),
        }
    }

    #[test]
    fn a_complete_contact_passes() {
        assert!(contact().check(&[3]).is_empty());
        assert_eq!(contact().hotline_href(), "tel:18001096");
    }

    #[test]
    fn each_part_is_checked() {
        let bad = Contact {
            operator: " ".into(),
            address: "x".repeat(ADDRESS_MAX + 1),
            hotline: "12345".into(),
            email: "không-phải-thư".into(),
            hours_agency: Some(9),
            note: "y".repeat(NOTE_MAX + 1),
        }
        .trimmed();
        use ContactProblem::*;
        assert_eq!(bad.check(&[3]), vec![Operator, Address, Hotline, Email, HoursAgency, Note]);
    }

    #[test]
    fn hotlines_are_phone_or_service_numbers() {
        for ok in ["0212 3852 123", "0912.345.678", "1800 1096", "1900-9090-00"] {
            assert!(hotline_ok(ok), "{ok}");
        }
        for bad in ["1800", "18001", "2800 1096", "1800 10a6", ""] {
            assert!(!hotline_ok(bad), "{bad}");
        }
    }
}
