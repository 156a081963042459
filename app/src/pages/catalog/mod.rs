//! The public catalog of administrative procedures: list with search and filters, and detail.

mod detail;
mod list;

pub use detail::ProcedurePage;
pub use list::ProcedureListPage;
