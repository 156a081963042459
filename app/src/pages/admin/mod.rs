//! `/quan-tri`: administration. Officers (list by agency, create, change roles, reset the second
//! factor) for system and agency admins, and `/quan-tri/nhat-ky`, the audit log, filterable, for
//! system admins; `/quan-tri/lich`, the working calendar;
//! `/quan-tri/lien-he`, the contact details every footer shows; `/quan-tri/dong-bo`, the national
//! portal's sync; `/quan-tri/chu-ky-so`, the agencies' signing keys and e-receipt books. Forms post to `server/src/http/admin_forms.rs`.

mod audit;
mod calendar;
pub mod catalog;
mod contact;
mod jobs;
mod officers;
mod papers;
mod sync;

pub use audit::AuditLogPage;
pub use calendar::CalendarAdminPage;
pub use contact::ContactAdminPage;
pub use jobs::JobsPage;
pub use officers::AdminPage;
pub use papers::PapersAdminPage;
pub use sync::NationalSyncPage;
