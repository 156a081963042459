pub mod catalog;
pub mod home;
