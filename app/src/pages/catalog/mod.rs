//! The public catalog of administrative procedures: list with search and filters, and detail.

pub mod api;
mod detail;
mod list;

pub use detail::ProcedurePage;
pub use list::ProcedureListPage;

/// Builds a `/thu-tuc` URL from filter pairs, leaving out empty ones.
pub fn list_href(pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::components::layout::encode_component(v)))
        .collect();
    if query.is_empty() { "/thu-tuc".to_owned() } else { format!("/thu-tuc?{}", query.join("&")) }
}
