//! The addresses of the portal's pages that more than one place builds: the pages link to them
//! and the server's form handlers redirect to them.

/// Percent-encodes a URL component (RFC 3986 unreserved characters pass through).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `/thu-tuc` URL from filter pairs, leaving out empty ones.
pub fn catalog_list_href(pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> =
        pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode_component(v))).collect();
    if query.is_empty() { "/thu-tuc".to_owned() } else { format!("/thu-tuc?{}", query.join("&")) }
}

/// A procedure in the catalog editor.
pub fn editor_href(code: &str) -> String {
    format!("/quan-tri/thu-tuc/{code}")
}

/// A procedure's e-form in the catalog editor.
pub fn form_href(code: &str) -> String {
    format!("/quan-tri/bieu-mau/{code}")
}

/// The builder of a procedure's e-form.
pub fn builder_href(code: &str) -> String {
    format!("/quan-tri/bieu-mau/{code}/soan")
}

/// A procedure's workflow in the catalog editor.
pub fn workflow_href(code: &str) -> String {
    format!("/quan-tri/quy-trinh/{code}")
}

/// `action` with the return path, so a page shown again after a refused try keeps it.
pub fn with_return(action: &str, next: Option<&str>) -> String {
    match next {
        Some(next) => format!("{action}?tiep={}", encode_component(next)),
        None => action.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(
            super::encode_component("/thu-tuc?q=xây dựng&a=1"),
            "%2Fthu-tuc%3Fq%3Dx%C3%A2y%20d%E1%BB%B1ng%26a%3D1"
        );
    }
}
