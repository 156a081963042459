//! Password hashing: Argon2id with explicit parameters (OWASP's recommendation: 19 MiB memory,
//! 2 iterations, 1 lane). Hashing takes tens of milliseconds of CPU on purpose, so it always runs
//! on the blocking pool. An unknown account is verified against a fixed dummy hash, so the time a
//! sign-in takes does not tell whether the account exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const LANES: u32 = 1;

/// At most one hash per core at a time. Each holds 19 MiB while it runs; more at once would only
/// wait for the CPU while holding their memory, so a burst of sign-ins queues here instead of
/// growing the process by 19 MiB per waiting request.
fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("constant Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on the blocking pool; the result is a PHC string carrying its own parameters and salt.
pub async fn hash(password: String) -> anyhow::Result<String> {
    let _slot = hashing_slots().acquire().await?;
    tokio::task::spawn_blocking(move || {
        let salt = new_salt()?;
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// Verifies on the blocking pool. `None` (unknown account, or an account without a password)
/// still costs one full verification against the dummy hash, and is always false.
pub async fn verify(stored: Option<String>, password: String) -> bool {
    let Ok(_slot) = hashing_slots().acquire().await else { return false };
    tokio::task::spawn_blocking(move || {
        let (phc, real) = match stored {
            Some(phc) => (phc, true),
            None => (dummy_hash().to_owned(), false),
        };
        let Ok(parsed) = PasswordHash::new(&phc) else {
            return false;
        };
        argon2().verify_password(password.as_bytes(), &parsed).is_ok() && real
    })
    .await
    .unwrap_or(false)
}

/// 16 random bytes from the OS as the PHC salt.
fn new_salt() -> anyhow::Result<SaltString> {
    SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| anyhow::anyhow!("salt: {e}"))
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let Ok(salt) = new_salt() else { return String::new() };
        argon2().hash_password(b"dummy password for unknown accounts", &salt).map(|h| h.to_string()).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_carry_parameters() {
        let phc = hash("mây trắng bay qua đèo".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify(Some(phc.clone()), "mây trắng bay qua đèo".into()).await);
        assert!(!verify(Some(phc), "may trang bay qua deo".into()).await);
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        assert!(!verify(None, "dummy password for unknown accounts".into()).await);
        assert!(!verify(Some("not a hash".into()), "x".into()).await);
    }
}
