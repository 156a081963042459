//! Identifiers of the catalog. Each is a newtype whose `parse` is the only way in, so an invalid
//! code cannot exist past the boundary where text arrives.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("not a procedure code of the form d.dddddd")]
    Procedure,
    #[error("not an agency identifier of the form DDD.CC.BB.Hnn")]
    Agency,
    #[error("not a field code")]
    Field,
}

/// Base code of a procedure in the national procedures database: one digit, a dot, six digits
/// (`1.001193` = birth registration).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProcedureCode(String);

impl ProcedureCode {
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let b = s.as_bytes();
        let ok = b.len() == 8 && b[0].is_ascii_digit() && b[1] == b'.' && b[2..].iter().all(u8::is_ascii_digit);
        if ok { Ok(Self(s.to_owned())) } else { Err(CodeError::Procedure) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Electronic identifier of an agency under QCVN 102:2016/BTTTT, `DDD.CC.BB.Hnn`, read from the
/// right: `Hnn` the province, then the level-2, level-3 and level-4 units. The provincial
/// People's Committee is `000.00.00.Hnn`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AgencyCode(String);

impl AgencyCode {
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let parts: Vec<&str> = s.split('.').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|c| c.is_ascii_digit());
        let ok = parts.len() == 4
            && digits(parts[0], 3)
            && digits(parts[1], 2)
            && digits(parts[2], 2)
            && parts[3].len() == 3
            && parts[3].as_bytes()[0].is_ascii_uppercase()
            && digits(&parts[3][1..], 2);
        if ok { Ok(Self(s.to_owned())) } else { Err(CodeError::Agency) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The province part (`H52` for Sơn La).
    pub fn province(&self) -> &str {
        &self.0[self.0.len() - 3..]
    }
}

/// Code of a field (lĩnh vực), e.g. `HT` or `G03-GD10`: 1–20 upper-case letters, digits or dashes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FieldCode(String);

impl FieldCode {
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let ok =
            (1..=20).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-');
        if ok { Ok(Self(s.to_owned())) } else { Err(CodeError::Field) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_newtype_impls {
    ($($t:ident),+) => {$(
        impl TryFrom<String> for $t {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                Self::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(c: $t) -> String {
                c.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    )+};
}
string_newtype_impls!(ProcedureCode, AgencyCode, FieldCode);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn procedure_codes() {
        assert!(ProcedureCode::parse("1.001193").is_ok());
        assert!(ProcedureCode::parse("3.000333").is_ok());
        for bad in ["", "1001193", "1.00119", "1.0011933", "a.001193", "1,001193", "１.001193"] {
            assert_eq!(ProcedureCode::parse(bad), Err(CodeError::Procedure), "{bad}");
        }
    }

    #[test]
    fn agency_codes() {
        let ubnd = AgencyCode::parse("000.00.00.H52").unwrap();
        assert_eq!(ubnd.province(), "H52");
        assert!(AgencyCode::parse("000.00.53.H48").is_ok());
        for bad in ["", "000.00.00", "00.00.00.H52", "000.00.00.h52", "000.00.00.H5", "000.00.00.HH2"] {
            assert_eq!(AgencyCode::parse(bad), Err(CodeError::Agency), "{bad}");
        }
    }

    #[test]
    fn field_codes() {
        assert!(FieldCode::parse("G03-GD10").is_ok());
        assert!(FieldCode::parse("ht").is_err());
        assert!(FieldCode::parse("").is_err());
    }

    #[test]
    fn serde_rejects_invalid_codes() {
        assert!(serde_json::from_str::<ProcedureCode>("\"1.001193\"").is_ok());
        assert!(serde_json::from_str::<ProcedureCode>("\"x\"").is_err());
    }

    proptest! {
        #[test]
        fn any_well_formed_procedure_code_parses(d in 0u8..10, n in 0u32..1_000_000) {
            let s = format!("{d}.{n:06}");
            let code = ProcedureCode::parse(&s).unwrap();
            prop_assert_eq!(code.as_str(), s.as_str());
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,30}") {
            let _ = ProcedureCode::parse(&s);
            let _ = AgencyCode::parse(&s);
            let _ = FieldCode::parse(&s);
        }
    }
}
