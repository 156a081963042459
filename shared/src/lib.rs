//! Pure domain of the portal: the types, rules and validators that the UI (in the browser and on
//! the server) and the server share. Nothing here does I/O, so it builds for wasm32 and native.

pub mod access;
pub mod catalog;
pub mod code;
pub mod conversation;
pub mod deadline;
pub mod dossier;
pub mod eform;
pub mod exports;
pub mod feedback;
pub mod identity;
pub mod indicators;
pub mod jobs;
pub mod money;
pub mod papers;
pub mod payment;
pub mod portal;
pub mod rating;
pub mod search;
pub mod secret;
pub mod statistics;
pub mod text;
pub mod time;
pub mod workflow;
