//! Phone numbers and e-mail addresses.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PhoneError {
    #[error("not a Vietnamese mobile (0 + 9 digits) or landline (02xx + 7 digits) number")]
    Format,
}

/// A Vietnamese phone number, stored in E.164 (`+84…`), shown as `0xxx xxx xxx`.
///
/// Mobile numbers are 10 digits starting 03, 05, 07, 08 or 09 (or +84 and 9 digits); landlines
/// are 11 digits starting 02 since the 2017 area-code change (Sơn La 0212). Carrier prefixes move
/// with number portability, so no carrier is checked.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Phone(String);

impl Phone {
    pub fn parse(s: &str) -> Result<Self, PhoneError> {
        let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')')).collect();
        let national = if let Some(rest) = compact.strip_prefix("+84") {
            rest.to_owned()
        } else if let Some(rest) = compact.strip_prefix('0') {
            rest.to_owned()
        } else if let Some(rest) = compact.strip_prefix("84").filter(|r| r.len() >= 9) {
            rest.to_owned()
        } else {
            return Err(PhoneError::Format);
        };
        if !national.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PhoneError::Format);
        }
        let first = national.as_bytes().first().copied();
        let ok = matches!((national.len(), first), (9, Some(b'3' | b'5' | b'7' | b'8' | b'9')) | (10, Some(b'2')));
        if ok { Ok(Self(format!("+84{national}"))) } else { Err(PhoneError::Format) }
    }

    pub fn e164(&self) -> &str {
        &self.0
    }

    /// `0912 345 678`, or `0212 3852 123` for a landline.
    pub fn display(&self) -> String {
        let national = format!("0{}", &self.0[3..]);
        if national.len() == 10 {
            format!("{} {} {}", &national[..4], &national[4..7], &national[7..])
        } else {
            format!("{} {} {}", &national[..4], &national[4..8], &national[8..])
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum EmailError {
    #[error("not an e-mail address")]
    Format,
}

/// An e-mail address, trimmed and with its domain lower-cased. Deliberately permissive (one `@`,
/// a dotted domain, no spaces): the verification mail is the real test.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, EmailError> {
        let s = s.trim();
        let (local, domain) = s.split_once('@').ok_or(EmailError::Format)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if ok { Ok(Self(format!("{local}@{}", domain.to_lowercase()))) } else { Err(EmailError::Format) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address as shown to someone who must recognise it but not learn it: the first
    /// character of the local part, then `***`, then the domain (`l***@sonla.gov.vn`).
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.split_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}***@{domain}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn mobile_numbers_in_every_form() {
        for input in ["0912345678", "0912 345 678", "+84912345678", "84912345678", "091.234.5678"] {
            assert_eq!(Phone::parse(input).unwrap().e164(), "+84912345678", "{input}");
        }
        assert_eq!(Phone::parse("0912345678").unwrap().display(), "0912 345 678");
    }

    #[test]
    fn landlines() {
        let son_la = Phone::parse("02123852123").unwrap();
        assert_eq!(son_la.e164(), "+842123852123");
        assert_eq!(son_la.display(), "0212 3852 123");
    }

    #[test]
    fn rejects_wrong_numbers() {
        for bad in ["", "0112345678", "091234567", "09123456789", "+1 212 555 0100", "09123a5678", "0612345678"] {
            assert_eq!(Phone::parse(bad), Err(PhoneError::Format), "{bad}");
        }
    }

    #[test]
    fn masked_addresses_keep_the_first_character_and_the_domain() {
        assert_eq!(Email::parse("Lan.Nguyen@sonla.gov.vn").unwrap().masked(), "L***@sonla.gov.vn");
        assert_eq!(Email::parse("đ@x.vn").unwrap().masked(), "đ***@x.vn");
    }

    #[test]
    fn emails() {
        assert_eq!(Email::parse(" Lan.Nguyen@SonLa.gov.VN ").unwrap().as_str(), "Lan.Nguyen@sonla.gov.vn");
        for bad in ["", "a", "a@b", "@x.vn", "a@.vn", "a@x.vn.", "a b@x.vn", "a@b@x.vn"] {
            assert_eq!(Email::parse(bad), Err(EmailError::Format), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn every_mobile_round_trips(prefix in proptest::sample::select(vec![3u8, 5, 7, 8, 9]), rest in 0u32..100_000_000) {
            let local = format!("0{prefix}{rest:08}");
            let phone = Phone::parse(&local).unwrap();
            prop_assert_eq!(Phone::parse(phone.e164()).unwrap(), phone.clone());
            prop_assert_eq!(phone.display().replace(' ', ""), local);
        }
    }
}
