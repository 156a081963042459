//! Enterprise and tax codes (mã số doanh nghiệp = mã số thuế).
//!
//! A company has 10 digits; a dependent unit (branch) 13, written `NNNNNNNNNN-NNN`. From 2025
//! individuals and household businesses use their 12-digit personal ID as tax code, so a tax-code
//! field accepts 10, 12 or 13 digits and says which kind it holds. The tenth digit is a check
//! digit computed, by the algorithm many independent implementations share, with weights
//! 31, 29, 23, 19, 17, 13, 7, 5, 3 and `10 − (Σ mod 11)`. Because its legal source could not be
//! matched verbatim, a mismatch is a warning to re-check the code, never a rejection.

use serde::{Deserialize, Serialize};

const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaxCodeKind {
    Enterprise,
    Branch,
    Personal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum TaxCodeError {
    #[error("a tax code has 10 digits, 13 digits (branch, NNNNNNNNNN-NNN) or 12 digits (personal ID)")]
    Format,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TaxCode {
    /// Digits only (the branch dash removed).
    digits: String,
    kind: TaxCodeKind,
}

impl TaxCode {
    pub fn parse(s: &str) -> Result<Self, TaxCodeError> {
        let s = s.trim();
        let digits: String = match s.split_once('-') {
            Some((head, tail)) if head.len() == 10 && tail.len() == 3 => format!("{head}{tail}"),
            Some(_) => return Err(TaxCodeError::Format),
            None => s.to_owned(),
        };
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TaxCodeError::Format);
        }
        let kind = match digits.len() {
            10 => TaxCodeKind::Enterprise,
            13 => TaxCodeKind::Branch,
            12 => TaxCodeKind::Personal,
            _ => return Err(TaxCodeError::Format),
        };
        Ok(Self { digits, kind })
    }

    pub fn kind(&self) -> TaxCodeKind {
        self.kind
    }

    /// Display form: `0100109106`, or `0100109106-001` for a branch.
    pub fn display(&self) -> String {
        match self.kind {
            TaxCodeKind::Branch => format!("{}-{}", &self.digits[..10], &self.digits[10..]),
            _ => self.digits.clone(),
        }
    }

    /// `Some(false)` when the check digit of an enterprise or branch code does not match: show
    /// "please re-check", accept the code. `None` for personal codes, which have no such digit.
    pub fn check_digit_matches(&self) -> Option<bool> {
        if self.kind == TaxCodeKind::Personal {
            return None;
        }
        let d: Vec<u32> = self.digits.bytes().map(|b| u32::from(b - b'0')).collect();
        let sum: u32 = d.iter().zip(WEIGHTS).map(|(digit, w)| digit * w).sum();
        // Σ mod 11 = 0 would give 10; implementations disagree, so only 0..=9 can match.
        let expected = 10 - (sum % 11);
        Some(expected == d[9])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viettel_check_digit() {
        // Σ = 114, 114 mod 11 = 4, 10 − 4 = 6.
        let code = TaxCode::parse("0100109106").unwrap();
        assert_eq!(code.kind(), TaxCodeKind::Enterprise);
        assert_eq!(code.check_digit_matches(), Some(true));
        assert_eq!(TaxCode::parse("0100109107").unwrap().check_digit_matches(), Some(false));
    }

    #[test]
    fn branches_and_personal_codes() {
        let branch = TaxCode::parse("0100109106-001").unwrap();
        assert_eq!(branch.kind(), TaxCodeKind::Branch);
        assert_eq!(branch.display(), "0100109106-001");
        assert_eq!(TaxCode::parse("0100109106001").unwrap().display(), "0100109106-001");
        let personal = TaxCode::parse("014085001234").unwrap();
        assert_eq!(personal.kind(), TaxCodeKind::Personal);
        assert_eq!(personal.check_digit_matches(), None);
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in ["", "123", "01001091061", "0100109106-01", "010010910-6001", "01001O9106"] {
            assert_eq!(TaxCode::parse(bad), Err(TaxCodeError::Format), "{bad}");
        }
    }
}
