//! Who people and organisations are: personal ID numbers, tax codes, phone numbers, e-mail
//! addresses, and the password policy. Validation only; nothing here stores or sends anything.

mod citizen_id;
mod contact;
mod organisation;
mod password;
mod registration;
mod tax_code;

pub use citizen_id::{CitizenId, CitizenIdError, Sex};
pub use contact::{Email, EmailError, Phone, PhoneError};
pub use organisation::{
    BusinessForm, BusinessProblem, BusinessRole, MAX_TEXT_CHARS, OfficerForm, OfficerProblem, ValidBusiness,
    ValidOfficer,
};
pub use password::{MIN_PASSWORD_CHARS, PasswordProblem, check_password};
pub use registration::{MAX_NAME_CHARS, RegistrationForm, RegistrationProblem, ValidRegistration, parse_iso_date};
pub use tax_code::{TaxCode, TaxCodeError, TaxCodeKind};
