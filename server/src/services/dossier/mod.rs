//! The dossier itself, whoever acts on it: which case it is filed under (`case`), who may see it
//! and act on it (`scope`), its appointment and pauses (`clock`), what happened to it
//! (`timeline`), who had it when (`handovers`), what its applicant is told (`notices`), and its
//! documents as stored files (`documents`, streamed in by `upload`, collected when unneeded by
//! `orphans`), what the national portal is told of it (`sync`) and what it counts for in the
//! statistics (`tally`). Filing, the back office, payments and records build on this module; it
//! builds on none of them.

pub(crate) mod case;
pub mod clock;
pub mod documents;
pub mod handovers;
pub mod header;
pub(crate) mod notices;
pub mod orphans;
pub mod scope;
pub mod sync;
pub mod tally;
pub mod timeline;
pub mod unread;
pub mod upload;
