//! The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD card).
//!
//! Structure (Decree 137/2015 Art. 13; Circular 07/2016/TT-BCA Art. 7; kept by the Law on
//! Identification 2023): 3 digits for the province (or country) where the birth was registered,
//! 1 digit for century and sex, 2 digits for the year of birth, 6 random digits. There is no check
//! digit: a "checksum" some code applies is wrong. The province code is where the birth was
//! registered, not where the person lives, and the 2025 mergers did not change it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Province codes of Circular 07/2016/TT-BCA Appendix I (the 63 provinces before 2025).
const PROVINCE_CODES: &[u16] = &[
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45,
    46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92,
    93, 94, 95, 96,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Male,
    Female,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CitizenIdError {
    #[error("a personal ID number has exactly 12 digits")]
    Format,
    #[error("the first three digits are not a province code")]
    Province,
    #[error("the century and sex digit or the year digits do not match the date of birth")]
    BirthMismatch,
}

/// A structurally valid personal ID number. Its `Debug` output is masked, because the number is
/// personal data and must never reach a log.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CitizenId(String);

impl CitizenId {
    /// Checks length, digits and the province code.
    pub fn parse(s: &str) -> Result<Self, CitizenIdError> {
        let s = s.trim();
        if s.len() != 12 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CitizenIdError::Format);
        }
        let province: u16 = s[..3].parse().map_err(|_| CitizenIdError::Format)?;
        if !PROVINCE_CODES.contains(&province) {
            return Err(CitizenIdError::Province);
        }
        Ok(Self(s.to_owned()))
    }

    /// Also checks the century/sex digit and the year digits against a known birth year.
    pub fn parse_for_birth_year(s: &str, birth_year: i32) -> Result<Self, CitizenIdError> {
        let id = Self::parse(s)?;
        let (century_start, _) = id.century_and_sex();
        let year_digits: i32 = id.0[4..6].parse().map_err(|_| CitizenIdError::Format)?;
        if birth_year != century_start + year_digits {
            return Err(CitizenIdError::BirthMismatch);
        }
        Ok(id)
    }

    /// (First year of the birth century, sex) from the fourth digit: 0/1 for 1900–1999, 2/3 for
    /// 2000–2099, and so on; even is male, odd is female.
    pub fn century_and_sex(&self) -> (i32, Sex) {
        let digit = i32::from(self.0.as_bytes()[3] - b'0');
        let century_start = 1900 + 100 * (digit / 2);
        let sex = if digit % 2 == 0 { Sex::Male } else { Sex::Female };
        (century_start, sex)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last four digits, used as a check value in public status lookups.
    pub fn last_four(&self) -> &str {
        &self.0[8..]
    }
}

impl fmt::Debug for CitizenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CitizenId(********{})", &self.0[8..])
    }
}

impl TryFrom<String> for CitizenId {
    type Error = CitizenIdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<CitizenId> for String {
    fn from(id: CitizenId) -> String {
        id.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn valid_numbers() {
        // Sơn La (014), male born 1985.
        let id = CitizenId::parse_for_birth_year("014085001234", 1985).unwrap();
        assert_eq!(id.century_and_sex(), (1900, Sex::Male));
        // Quảng Trị (045), female born 2003.
        let id = CitizenId::parse_for_birth_year("045303123456", 2003).unwrap();
        assert_eq!(id.century_and_sex(), (2000, Sex::Female));
        assert_eq!(id.last_four(), "3456");
    }

    #[test]
    fn rejects_bad_shapes_and_provinces() {
        for bad in ["", "01408500123", "0140850012345", "01408500123a", "０14085001234"] {
            assert_eq!(CitizenId::parse(bad), Err(CitizenIdError::Format), "{bad}");
        }
        // 003 and 099 are not province codes.
        assert_eq!(CitizenId::parse("003085001234"), Err(CitizenIdError::Province));
        assert_eq!(CitizenId::parse("099085001234"), Err(CitizenIdError::Province));
    }

    #[test]
    fn birth_year_must_match() {
        assert_eq!(CitizenId::parse_for_birth_year("014085001234", 2085), Err(CitizenIdError::BirthMismatch));
        assert_eq!(CitizenId::parse_for_birth_year("014285001234", 1985), Err(CitizenIdError::BirthMismatch));
        assert!(CitizenId::parse_for_birth_year("014285001234", 2085).is_ok());
    }

    #[test]
    fn debug_output_is_masked() {
        let id = CitizenId::parse("014085001234").unwrap();
        assert_eq!(format!("{id:?}"), "CitizenId(********1234)");
    }

    proptest! {
        #[test]
        fn every_structurally_valid_number_parses(p in proptest::sample::select(PROVINCE_CODES), d in 0u8..10, yy in 0u8..100, rest in 0u32..1_000_000) {
            let s = format!("{p:03}{d}{yy:02}{rest:06}");
            let id = CitizenId::parse(&s).unwrap();
            let (century, _) = id.century_and_sex();
            prop_assert!(CitizenId::parse_for_birth_year(&s, century + i32::from(yy)).is_ok());
        }
    }
}
