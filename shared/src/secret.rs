//! Comparing secrets (CSRF tokens, one-time codes, signatures, the metrics token) without telling
//! an attacker, through the time taken, how much of a guess was right.

/// Whether `a` and `b` are the same bytes, in time that depends only on their lengths.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A secret as a page carries it: a pad as long as the secret, then the secret's bytes XOR the
/// pad, both in hex. With a fresh pad for each response the secret's bytes never repeat from one
/// compressed page to the next, so a page's size tells nothing about them (BREACH, the attack on
/// compressed pages that also reflect what a visitor typed).
pub fn masked(secret: &str, pad: &[u8]) -> String {
    // A pad shorter than the secret cuts it short: the value then matches nothing.
    let mixed: Vec<u8> = secret.bytes().zip(pad).map(|(s, p)| s ^ p).collect();
    format!("{}{}", hex(&pad[..mixed.len()]), hex(&mixed))
}

/// The secret a `masked` value carries, if it is one.
pub fn unmasked(value: &str) -> Option<String> {
    let bytes = unhex(value)?;
    let (pad, mixed) = bytes.split_at(bytes.len() / 2);
    if bytes.is_empty() || pad.len() != mixed.len() {
        return None;
    }
    String::from_utf8(pad.iter().zip(mixed).map(|(p, m)| p ^ m).collect()).ok()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_masked_secret_unmasks_to_itself_and_differs_with_each_pad() {
        let secret = "3f9a0c";
        let one = super::masked(secret, &[1, 2, 3, 4, 5, 6]);
        let two = super::masked(secret, &[9, 8, 7, 6, 5, 4]);
        assert_ne!(one, two);
        assert!(!one.contains(secret));
        assert_eq!(super::unmasked(&one).as_deref(), Some(secret));
        assert_eq!(super::unmasked(&two).as_deref(), Some(secret));
        assert_eq!(super::unmasked(secret), None, "a bare secret of odd halves is no masked value");
        assert_eq!(super::unmasked("zz"), None);
        assert_eq!(super::unmasked(""), None);
    }

    #[test]
    fn equal_only_when_every_byte_and_the_length_match() {
        assert!(super::same(b"abc", b"abc"));
        assert!(!super::same(b"abc", b"abd"));
        assert!(!super::same(b"abc", b"abcd"));
        assert!(super::same(b"", b""));
    }
}
