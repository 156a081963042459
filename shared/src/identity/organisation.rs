//! Forms about organisations and staff: registering a business (tax code, name, address, legal
//! representative), inviting a member, and creating an officer. Raw text in, validated values or
//! every problem out; the same code runs in the browser and on the server.

use super::{Email, TaxCode};
use crate::access::Role;
use crate::text::nfc;
use serde::{Deserialize, Serialize};

crate::code::coded_enum! {
    /// A member's place in a business (`business_members.role`): an owner manages the members
    /// (the registrant, and whom an owner promotes); a member files for the business.
    BusinessRole { Owner => "owner", Member => "member" }
}

/// Longest accepted name or address, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessForm {
    #[serde(default)]
    pub ma_so_thue: String,
    #[serde(default)]
    pub ten: String,
    #[serde(default)]
    pub dia_chi: String,
    #[serde(default)]
    pub nguoi_dai_dien: String,
    /// The legal representative's personal ID number (as on the business registration).
    #[serde(default)]
    pub so_dinh_danh_dai_dien: String,
    /// Ticked when the applicant confirms a tax code whose check digit does not match (a typo is
    /// far likelier than a valid exception, but the registry's word wins, so it is a warning).
    #[serde(default)]
    pub xac_nhan_mst: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BusinessProblem {
    TaxCodeInvalid,
    /// The check digit does not match and the applicant has not confirmed it.
    TaxCodeCheckDigit,
    /// Another business already registered this tax code (server-side only).
    TaxCodeTaken,
    NameMissing,
    AddressMissing,
    RepresentativeMissing,
    /// The representative's ID number is not a valid 12-digit personal ID number.
    RepresentativeIdInvalid,
    TooLong,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidBusiness {
    pub tax_code: TaxCode,
    pub name: String,
    pub address: String,
    pub representative: String,
    pub representative_id: super::CitizenId,
}

impl BusinessForm {
    pub fn validate(&self) -> Result<ValidBusiness, Vec<BusinessProblem>> {
        let mut problems = Vec::new();
        let tax_code = match TaxCode::parse(&self.ma_so_thue) {
            Ok(code) => {
                if code.check_digit_matches() == Some(false) && self.xac_nhan_mst.is_none() {
                    problems.push(BusinessProblem::TaxCodeCheckDigit);
                }
                Some(code)
            }
            Err(_) => {
                problems.push(BusinessProblem::TaxCodeInvalid);
                None
            }
        };
        let mut text = |value: &str, missing: BusinessProblem| {
            let value = nfc(value.trim());
            if value.is_empty() {
                problems.push(missing);
            } else if value.chars().count() > MAX_TEXT_CHARS && !problems.contains(&BusinessProblem::TooLong) {
                problems.push(BusinessProblem::TooLong);
            }
            value
        };
        let name = text(&self.ten, BusinessProblem::NameMissing);
        let address = text(&self.dia_chi, BusinessProblem::AddressMissing);
        let representative = text(&self.nguoi_dai_dien, BusinessProblem::RepresentativeMissing);
        let representative_id = super::CitizenId::parse(self.so_dinh_danh_dai_dien.trim()).ok();
        if representative_id.is_none() {
            problems.push(BusinessProblem::RepresentativeIdInvalid);
        }
        match (tax_code, representative_id) {
            (Some(tax_code), Some(representative_id)) if problems.is_empty() => {
                Ok(ValidBusiness { tax_code, name, address, representative, representative_id })
            }
            _ => Err(problems),
        }
    }
}

/// A system or agency admin's form for a new officer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerForm {
    pub ho_ten: String,
    pub email: String,
    /// Agency id, as the select posts it.
    pub co_quan: String,
    /// Unit id inside the agency; empty for none.
    pub don_vi: String,
    pub chuc_danh: String,
    /// Role codes ticked.
    pub vai_tro: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfficerProblem {
    NameMissing,
    EmailInvalid,
    AgencyMissing,
    UnitInvalid,
    NoRole,
    TooLong,
    /// The address already has an account (server-side only).
    EmailTaken,
    /// The admin may not create officers there or grant that role (server-side only).
    NotAllowed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidOfficer {
    pub full_name: String,
    pub email: Email,
    pub agency_id: i64,
    pub unit_id: Option<i64>,
    pub title: Option<String>,
    pub roles: Vec<Role>,
}

impl OfficerForm {
    pub fn validate(&self) -> Result<ValidOfficer, Vec<OfficerProblem>> {
        let mut problems = Vec::new();
        let full_name = nfc(self.ho_ten.trim());
        if full_name.is_empty() {
            problems.push(OfficerProblem::NameMissing);
        }
        let title = nfc(self.chuc_danh.trim());
        if full_name.chars().count() > MAX_TEXT_CHARS || title.chars().count() > MAX_TEXT_CHARS {
            problems.push(OfficerProblem::TooLong);
        }
        let email = Email::parse(&self.email).map_err(|_| problems.push(OfficerProblem::EmailInvalid)).ok();
        let agency_id =
            self.co_quan.trim().parse::<i64>().map_err(|_| problems.push(OfficerProblem::AgencyMissing)).ok();
        let unit_id = match self.don_vi.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    problems.push(OfficerProblem::UnitInvalid);
                    None
                }
            },
        };
        let mut roles: Vec<Role> = self.vai_tro.iter().filter_map(|c| Role::parse(c)).collect();
        roles.sort();
        roles.dedup();
        if roles.is_empty() || roles.len() != self.vai_tro.iter().collect::<std::collections::BTreeSet<_>>().len() {
            problems.push(OfficerProblem::NoRole);
        }
        match (email, agency_id) {
            (Some(email), Some(agency_id)) if problems.is_empty() => Ok(ValidOfficer {
                full_name,
                email,
                agency_id,
                unit_id,
                title: (!title.is_empty()).then_some(title),
                roles,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn business(tax: &str) -> BusinessForm {
        BusinessForm {
            ma_so_thue: tax.into(),
            ten: "Công ty TNHH Chè Mộc Châu".into(),
            dia_chi: "Tiểu khu 4, xã Mộc Châu, Sơn La".into(),
            nguoi_dai_dien: "Hà Văn Sơn".into(),
            so_dinh_danh_dai_dien: "014085001234".into(),
            xac_nhan_mst: None,
        }
    }

    #[test]
    fn a_business_with_a_valid_tax_code_passes() {
        // Viettel's tax code, whose check digit is right.
        let valid = business("0100109106").validate().unwrap();
        assert_eq!(valid.tax_code.display(), "0100109106");
        assert_eq!(valid.name, "Công ty TNHH Chè Mộc Châu");
    }

    #[test]
    fn a_wrong_check_digit_needs_confirmation() {
        assert_eq!(business("0100109107").validate().unwrap_err(), vec![BusinessProblem::TaxCodeCheckDigit]);
        let confirmed = BusinessForm { xac_nhan_mst: Some("1".into()), ..business("0100109107") };
        assert!(confirmed.validate().is_ok());
    }

    #[test]
    fn every_problem_is_reported() {
        let form = BusinessForm { ma_so_thue: "12ab".into(), ..Default::default() };
        assert_eq!(
            form.validate().unwrap_err(),
            vec![
                BusinessProblem::TaxCodeInvalid,
                BusinessProblem::NameMissing,
                BusinessProblem::AddressMissing,
                BusinessProblem::RepresentativeMissing,
                BusinessProblem::RepresentativeIdInvalid
            ]
        );
        let long = BusinessForm { ten: "x".repeat(MAX_TEXT_CHARS + 1), ..business("0100109106") };
        assert_eq!(long.validate().unwrap_err(), vec![BusinessProblem::TooLong]);
    }

    fn officer() -> OfficerForm {
        OfficerForm {
            ho_ten: "Cầm Thị Lan".into(),
            email: "lan@sotuphap.sonla.gov.vn".into(),
            co_quan: "3".into(),
            don_vi: "".into(),
            chuc_danh: "Chuyên viên".into(),
            vai_tro: vec!["reception".into(), "leader".into()],
        }
    }

    #[test]
    fn an_officer_form_passes_with_sorted_roles() {
        let v = officer().validate().unwrap();
        assert_eq!(v.roles, vec![Role::Reception, Role::Leader]);
        assert_eq!((v.agency_id, v.unit_id), (3, None));
    }

    #[test]
    fn an_officer_needs_a_known_role_and_an_agency() {
        let form = OfficerForm { vai_tro: vec!["root".into()], co_quan: "".into(), ..officer() };
        assert_eq!(form.validate().unwrap_err(), vec![OfficerProblem::AgencyMissing, OfficerProblem::NoRole]);
        let none = OfficerForm { vai_tro: vec![], email: "x".into(), ..officer() };
        assert_eq!(none.validate().unwrap_err(), vec![OfficerProblem::EmailInvalid, OfficerProblem::NoRole]);
    }
}
