//! The citizen registration form: raw text in, a validated registration or every problem out.
//! The same code checks the form in the browser and on the server.

use super::{CitizenId, CitizenIdError, Email, PasswordProblem, Phone, check_password};
use serde::{Deserialize, Serialize};

/// Longest accepted full name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// The form as posted. Field names are the form's `name` attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    #[serde(default)]
    pub ho_ten: String,
    #[serde(default)]
    pub so_dinh_danh: String,
    /// ISO date from `<input type="date">`.
    #[serde(default)]
    pub ngay_sinh: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub dien_thoai: String,
    #[serde(default)]
    pub mat_khau: String,
    #[serde(default)]
    pub nhap_lai_mat_khau: String,
}

impl RegistrationForm {
    /// The form with its secrets removed, to show again after a problem.
    pub fn without_passwords(&self) -> Self {
        Self { mat_khau: String::new(), nhap_lai_mat_khau: String::new(), ..self.clone() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationProblem {
    NameMissing,
    NameTooLong,
    CitizenIdInvalid,
    BirthDateInvalid,
    CitizenIdDoesNotMatchBirth,
    EmailInvalid,
    PhoneInvalid,
    Password(PasswordProblem),
    PasswordsDiffer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegistration {
    pub full_name: String,
    pub citizen_id: CitizenId,
    /// (year, month, day)
    pub date_of_birth: (i32, u32, u32),
    pub email: Email,
    pub phone: Option<Phone>,
    pub password: String,
}

impl RegistrationForm {
    pub fn validate(&self) -> Result<ValidRegistration, Vec<RegistrationProblem>> {
        use RegistrationProblem as P;
        let mut problems = Vec::new();
        let name = crate::text::nfc(&self.ho_ten);
        if name.is_empty() {
            problems.push(P::NameMissing);
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(P::NameTooLong);
        }
        let birth = parse_iso_date(&self.ngay_sinh);
        if birth.is_none() {
            problems.push(P::BirthDateInvalid);
        }
        let citizen_id = match (CitizenId::parse(&self.so_dinh_danh), birth) {
            (Err(_), _) => {
                problems.push(P::CitizenIdInvalid);
                None
            }
            (Ok(id), Some((year, _, _))) => match CitizenId::parse_for_birth_year(id.as_str(), year) {
                Ok(id) => Some(id),
                Err(CitizenIdError::BirthMismatch) => {
                    problems.push(P::CitizenIdDoesNotMatchBirth);
                    None
                }
                Err(_) => {
                    problems.push(P::CitizenIdInvalid);
                    None
                }
            },
            (Ok(id), None) => Some(id),
        };
        let email = Email::parse(&self.email).map_err(|_| problems.push(P::EmailInvalid)).ok();
        let phone = if self.dien_thoai.trim().is_empty() {
            None
        } else {
            Phone::parse(&self.dien_thoai).map_err(|_| problems.push(P::PhoneInvalid)).ok()
        };
        let identifiers: Vec<&str> = [self.so_dinh_danh.trim(), self.email.trim(), self.dien_thoai.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        problems.extend(check_password(&self.mat_khau, &identifiers).into_iter().map(P::Password));
        if self.mat_khau != self.nhap_lai_mat_khau {
            problems.push(P::PasswordsDiffer);
        }
        match (problems.is_empty(), citizen_id, birth, email) {
            (true, Some(citizen_id), Some(date_of_birth), Some(email)) => Ok(ValidRegistration {
                full_name: name,
                citizen_id,
                date_of_birth,
                email,
                phone,
                password: self.mat_khau.clone(),
            }),
            _ => Err(problems),
        }
    }
}

/// `YYYY-MM-DD` → (year, month, day) for a real calendar date between 1900 and 2100.
pub fn parse_iso_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut parts = s.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2100).contains(&year) && (1..=days_in_month).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RegistrationForm {
        RegistrationForm {
            ho_ten: "Lò Văn Páo".into(),
            so_dinh_danh: "014085001234".into(),
            ngay_sinh: "1985-03-14".into(),
            email: "pao@example.vn".into(),
            dien_thoai: "0912 345 678".into(),
            mat_khau: "mây trắng bay qua đèo".into(),
            nhap_lai_mat_khau: "mây trắng bay qua đèo".into(),
        }
    }

    #[test]
    fn a_complete_form_is_valid() {
        let ok = form().validate().unwrap();
        assert_eq!(ok.full_name, "Lò Văn Páo");
        assert_eq!(ok.date_of_birth, (1985, 3, 14));
        assert_eq!(ok.phone.unwrap().e164(), "+84912345678");
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = RegistrationForm {
            ho_ten: " ".into(),
            so_dinh_danh: "123".into(),
            ngay_sinh: "1985-02-30".into(),
            email: "x".into(),
            dien_thoai: "12".into(),
            mat_khau: "ngắn".into(),
            nhap_lai_mat_khau: "khác".into(),
        };
        use RegistrationProblem as P;
        assert_eq!(
            bad.validate().unwrap_err(),
            vec![
                P::NameMissing,
                P::BirthDateInvalid,
                P::CitizenIdInvalid,
                P::EmailInvalid,
                P::PhoneInvalid,
                P::Password(PasswordProblem::TooShort),
                P::PasswordsDiffer
            ]
        );
    }

    #[test]
    fn id_must_match_the_birth_year() {
        let mut f = form();
        f.ngay_sinh = "2001-01-01".into();
        assert_eq!(f.validate().unwrap_err(), vec![RegistrationProblem::CitizenIdDoesNotMatchBirth]);
    }

    #[test]
    fn phone_is_optional_and_passwords_are_dropped_for_redisplay() {
        let mut f = form();
        f.dien_thoai = String::new();
        assert!(f.validate().unwrap().phone.is_none());
        let shown = f.without_passwords();
        assert!(shown.mat_khau.is_empty() && shown.nhap_lai_mat_khau.is_empty() && shown.ho_ten == f.ho_ten);
    }

    #[test]
    fn dates() {
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2023-02-29"), None);
        assert_eq!(parse_iso_date("1899-12-31"), None);
        assert_eq!(parse_iso_date("2024-13-01"), None);
    }
}
