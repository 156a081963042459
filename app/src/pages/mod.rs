pub mod accounts;
pub mod catalog;
pub mod home;
