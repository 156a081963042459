//! What an agency's administrator sets for the papers the agency issues (issue #19): the key and
//! certificate it signs them with, and the symbols of its e-receipt book. The checks a form can
//! make before the server reads the key are here; the server checks the key itself
//! (`services::signatures`).

use serde::{Deserialize, Serialize};

/// The most a pasted PEM block (certificate, or private key) may hold, in characters.
pub const PEM_MAX: usize = 16_000;
/// The most a receipt-book symbol may hold.
pub const SYMBOL_MAX: usize = 20;

/// Why a change to an agency's papers was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaperProblem {
    /// Not a PEM X.509 certificate.
    Certificate,
    /// Not a PEM PKCS#8 private key (ECDSA P-256 or RSA).
    Key,
    /// A password-protected key: it must be pasted decrypted (it is sealed here).
    EncryptedKey,
    /// The key is not the certificate's.
    Mismatch,
    /// The certificate has expired.
    Expired,
    /// The certificate is not valid yet.
    NotYetValid,
    /// The signature this pair makes would not fit a paper (a certificate far larger than a
    /// certification authority issues).
    Unusable,
    Template,
    Series,
}

/// A receipt-book symbol: 1–20 capital letters, digits, `-` or `/` (as registered, e.g.
/// `01BLP0-001`).
pub fn symbol_ok(symbol: &str) -> bool {
    (1..=SYMBOL_MAX).contains(&symbol.len())
        && symbol.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'/')
}

/// The problems of a receipt book's symbols, as typed.
pub fn book_problems(template: &str, series: &str) -> Vec<PaperProblem> {
    let mut problems = Vec::new();
    if !symbol_ok(template.trim()) {
        problems.push(PaperProblem::Template);
    }
    if !symbol_ok(series.trim()) {
        problems.push(PaperProblem::Series);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_what_a_tax_office_registers() {
        assert!(symbol_ok("01BLP0-001") && symbol_ok("AB/26E"));
        assert!(!symbol_ok("") && !symbol_ok("ab-26e") && !symbol_ok("01 BLP") && !symbol_ok(&"A".repeat(21)));
        assert_eq!(book_problems(" 01BLP0-001 ", "x"), vec![PaperProblem::Series]);
    }
}
