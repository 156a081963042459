//! Password policy (OWASP ASVS level 2 spirit): long enough, not a known common password, not
//! the person's own identifiers. No composition rules: they make passwords worse, not better.

use serde::{Deserialize, Serialize};

/// Minimum length in characters (not bytes: Vietnamese letters are several bytes).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Upper bound, so hashing cost stays bounded.
pub const MAX_PASSWORD_CHARS: usize = 128;

/// Frequently used passwords (global lists and Vietnamese favourites); compared case-insensitively.
const COMMON: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "0000000000",
    "1234512345",
    "9876543210",
    "1122334455",
    "qwertyuiop",
    "password12",
    "password123",
    "passw0rd12",
    "matkhau123",
    "matkhau1234",
    "abc1234567",
    "abcd123456",
    "iloveyou12",
    "anhyeuem123",
    "emyeuanh123",
    "vietnam123",
    "vietnam1234",
    "hanoi12345",
    "saigon1234",
    "123456789a",
    "a123456789",
    "qwerty1234",
    "1q2w3e4r5t",
    "zaq12wsxcde",
    "admin12345",
    "administrator",
    "welcome123",
    "letmein123",
    "sonla12345",
    "dichvucong",
    "dichvucong123",
    "congdichvucong",
    "12341234",
    "1234qwer",
    "asdfghjkl1",
    "zxcvbnm123",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Common,
    ContainsIdentifier,
}

/// Every problem with `password`, given identifiers of its owner (ID number, e-mail, phone) that
/// must not appear in it.
pub fn check_password(password: &str, identifiers: &[&str]) -> Vec<PasswordProblem> {
    let mut problems = Vec::new();
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        problems.push(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        problems.push(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(&lower.as_str()) || is_single_repeated(&lower) {
        problems.push(PasswordProblem::Common);
    }
    let local_part = |id: &str| id.split('@').next().unwrap_or(id).to_lowercase();
    if identifiers.iter().map(|id| local_part(id)).any(|id| id.chars().count() >= 4 && lower.contains(&id)) {
        problems.push(PasswordProblem::ContainsIdentifier);
    }
    problems
}

fn is_single_repeated(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|first| chars.all(|c| c == first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_long_uncommon_passphrase() {
        assert!(check_password("mây trắng bay qua đèo Pha Đin", &[]).is_empty());
    }

    #[test]
    fn length_counts_characters() {
        assert_eq!(check_password("ngắn", &[]), vec![PasswordProblem::TooShort]);
        assert!(check_password("đường đèo", &[]).contains(&PasswordProblem::TooShort), "9 characters, 14 bytes");
        assert!(check_password(&"x".repeat(129), &[]).contains(&PasswordProblem::TooLong));
    }

    #[test]
    fn refuses_common_and_repeated() {
        assert_eq!(check_password("MatKhau123", &[]), vec![PasswordProblem::Common]);
        assert_eq!(check_password("aaaaaaaaaaaa", &[]), vec![PasswordProblem::Common]);
    }

    #[test]
    fn refuses_own_identifiers() {
        assert_eq!(check_password("x014085001234y", &["014085001234"]), vec![PasswordProblem::ContainsIdentifier]);
        assert_eq!(
            check_password("lan.nguyen-2026!", &["lan.nguyen@sonla.gov.vn"]),
            vec![PasswordProblem::ContainsIdentifier]
        );
    }
}
