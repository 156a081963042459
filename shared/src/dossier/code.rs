//! The dossier code (mã số hồ sơ), Circular 01/2018/TT-VPCP Art. 19:
//! `<agency identifier>-<YYMMDD>-<NNNN>`, the agency being the receiving unit's QCVN 102 identifier,
//! the date the day of receipt, the number the day's sequence of that agency (from 0001).

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DossierCode(String);

impl DossierCode {
    /// The code for the `sequence`-th dossier of `agency` on (year, month, day). `None` past
    /// 9999 a day (the format's four digits).
    pub fn new(agency: &str, date: (i32, u32, u32), sequence: u32) -> Option<DossierCode> {
        if sequence == 0 || sequence > 9999 {
            return None;
        }
        let (y, m, d) = date;
        Some(DossierCode(format!("{agency}-{:02}{m:02}{d:02}-{sequence:04}", y.rem_euclid(100))))
    }

    /// Reads a typed code: trimmed, upper-cased agency letters; shape `…-YYMMDD-NNNN`.
    pub fn parse(s: &str) -> Option<DossierCode> {
        let s = s.trim().to_uppercase();
        let mut parts = s.rsplitn(3, '-');
        let (seq, date, agency) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let agency_ok =
            !agency.is_empty() && agency.len() <= 40 && agency.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.');
        (digits(seq, 4) && digits(date, 6) && agency_ok && seq != "0000").then(|| DossierCode(s.clone()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DossierCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The last four digits of an identifier (ID number, tax code, phone), the check value of the
/// public lookup; `None` if it has fewer than four digits.
pub fn last_four_digits(identifier: &str) -> Option<String> {
    let digits: Vec<char> = identifier.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 4).then(|| digits[digits.len() - 4..].iter().collect())
}

/// Whether `typed` is the last four digits of one of `identifiers`, compared in constant time
/// per candidate.
pub fn check_value_matches(typed: &str, identifiers: &[Option<&str>]) -> bool {
    let typed = typed.trim();
    if typed.len() != 4 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut any = false;
    for id in identifiers.iter().flatten() {
        if let Some(last) = last_four_digits(id) {
            any |= crate::secret::same(last.as_bytes(), typed.as_bytes());
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_the_circular() {
        let c = DossierCode::new("000.00.53.H48", (2022, 9, 21), 99).unwrap();
        assert_eq!(c.as_str(), "000.00.53.H48-220921-0099");
        assert_eq!(DossierCode::parse(" 000.00.53.h48-220921-0099 "), Some(c));
        assert!(DossierCode::new("X", (2026, 1, 1), 10_000).is_none());
        assert!(DossierCode::new("X", (2026, 1, 1), 0).is_none());
    }

    #[test]
    fn parse_refuses_other_shapes() {
        for bad in [
            "",
            "abc",
            "000.00.53.H48-2209-0099",
            "000.00.53.H48-220921-99",
            "-220921-0099",
            "a b-220921-0001",
            "X-220921-0000",
        ] {
            assert_eq!(DossierCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn check_values() {
        assert_eq!(last_four_digits("014190000001").as_deref(), Some("0001"));
        assert_eq!(last_four_digits("+84912345678").as_deref(), Some("5678"));
        assert!(check_value_matches("5678", &[Some("014190000001"), Some("+84912345678")]));
        assert!(!check_value_matches("1234", &[Some("014190000001"), None]));
        assert!(!check_value_matches("001", &[Some("014190000001")]));
    }
}
