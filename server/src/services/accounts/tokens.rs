//! Random secrets (session ids, mailed tokens). A secret goes to the user once; the database
//! keeps only its SHA-256, so a leaked table does not let anyone sign in or reset a password.

use sha2::{Digest, Sha256};

/// 256 random bits from the OS, hex-encoded (64 characters, safe in cookies and URLs).
pub fn new_secret() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The CSRF token of a signed-in browser: derived from its session token, so it is bound to the
/// session and changes with it (at every sign-in), and a token seen before sign-in is worthless
/// after. Knowing it does not reveal the session token (a one-way hash).
pub fn bound_csrf(session_token: &str) -> String {
    hash_secret(&format!("csrf-of-session:{session_token}"))
}

/// A secret as it arrives from outside is checked for shape before it is hashed and looked up.
pub fn is_well_formed(secret: &str) -> bool {
    secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_unique_and_hash_stably() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert!(is_well_formed(&a));
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert_ne!(hash_secret(&a), a);
        assert!(!is_well_formed("short") && !is_well_formed(&"g".repeat(64)));
    }
}
