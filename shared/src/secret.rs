//! Comparing secrets (CSRF tokens, one-time codes, signatures, the metrics token) without telling
//! an attacker, through the time taken, how much of a guess was right.

/// Whether `a` and `b` are the same bytes, in time that depends only on their lengths.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_only_when_every_byte_and_the_length_match() {
        assert!(super::same(b"abc", b"abc"));
        assert!(!super::same(b"abc", b"abd"));
        assert!(!super::same(b"abc", b"abcd"));
        assert!(super::same(b"", b""));
    }
}
