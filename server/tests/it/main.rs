//! Every integration test of the server in one binary: one link of the whole portal instead of
//! one per file, which was most of the test build's time. Each file is a module named by what it
//! tests; run one with `cargo test -p server --test it -- filing_steps::` (README, "Tests").
//! `log_privacy.rs` stays a binary of its own: it captures every log line of its process.

#[macro_use]
mod common;

mod accounts;
mod antivirus;
mod audit_chain;
mod backoffice;
mod backup;
mod bulk;
mod businesses;
mod catalog_editor;
mod catalog_import;
mod catalog_pages;
mod catalog_search;
mod catalog_spreadsheet;
mod cli;
mod conversation;
mod counter;
mod crash;
mod declared;
mod delivery;
mod error_pages;
mod exports;
mod feedback;
mod filing;
mod filing_cases;
mod filing_steps;
mod form_builder;
mod hostile_access;
mod hostile_accounts;
mod hostile_bodies;
mod hostile_content;
mod jobs;
mod mail_delivery;
mod national_sync;
mod navigation;
mod officers;
mod opinions;
mod page_cache;
mod payments;
mod pool;
mod progress_board;
mod ratings;
mod receiving_agencies;
mod replicas;
mod route_access;
mod scale_seed;
mod schema_parity;
mod settings_documented;
mod signatures;
mod statistics;
mod storage;
mod storage_quota;
mod stored_codes;
mod structure;
