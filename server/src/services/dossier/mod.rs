//! The dossier itself, whoever acts on it: which case it is filed under (`case`), who may see it
//! and act on it (`scope`), its appointment and pauses (`clock`), what happened to it
//! (`timeline`), and what its applicant is told (`notices`). Filing, the back office and
//! payments build on this module; it builds on none of them (`docs/plans/dossier-module.md` lists
//! what moves here next: document storage).

pub(crate) mod case;
pub mod clock;
pub(crate) mod notices;
pub mod scope;
pub mod timeline;
