pub mod accounts;
pub mod admin;
pub mod business;
pub mod catalog;
pub mod filing;
pub mod home;
