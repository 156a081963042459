//! The one door between the pages and the server: per capability, the data a page shows (view
//! types), what the server must provide to produce it (a service trait, server side only), and
//! the server functions that call it. Pages import from here and hold only views; `server`
//! implements the traits and imports its view types from here, never from `pages`.
//!
//! Each trait object reaches a server function through Leptos context, provided one by one by
//! the server for every rendered page and every server-function call (`call::service`).

pub mod accounts;
pub mod admin;
pub mod backoffice;
pub mod business;
pub mod call;
pub mod catalog;
pub mod catalog_admin;
pub mod conversation;
pub mod exports;
pub mod feedback;
pub mod filing;
pub mod opinions;
pub mod papers;
pub mod portal;
pub mod statistics;

pub use call::Guarded;
#[cfg(feature = "ssr")]
pub use call::ServiceError;
