pub mod accessibility;
pub mod accounts;
pub mod admin;
pub mod backoffice;
pub mod business;
pub mod catalog;
pub mod filing;
pub mod home;
