//! Password hashing: Argon2id with explicit parameters (OWASP's recommendation: 19 MiB memory,
//! 2 iterations, 1 lane). Hashing takes tens of milliseconds of CPU on purpose, so it always runs
//! on the hashing threads, never on the async ones.
//!
//! An unknown account costs no hashing at all: its answer waits as long as a real check takes
//! (a running average), so the time a sign-in takes does not tell whether the account exists,
//! while a flood of made-up names spends no CPU and never delays a real user's check. A full
//! queue is reported as `Busy` ("try again"), never as a wrong password.

use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::OnceLock;

const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const LANES: u32 = 1;

type Job = Box<dyn FnOnce() + Send>;

/// Hashing runs on its own threads, one per core, fed by a bounded queue: a burst of sign-ins
/// waits in the queue (a few bytes each) instead of occupying a blocking-pool thread per
/// request, and at most one 19 MiB block per core exists at a time. That the blocks are given
/// back to the system once freed is `main`'s allocator setting (docs/PERFORMANCE.md).
fn hashing_queue() -> &'static std::sync::mpsc::SyncSender<Job> {
    static QUEUE: OnceLock<std::sync::mpsc::SyncSender<Job>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (queue, jobs) = std::sync::mpsc::sync_channel::<Job>(WAITING);
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        for i in 0..std::thread::available_parallelism().map_or(2, |n| n.get()) {
            let jobs = jobs.clone();
            let spawned = std::thread::Builder::new().name(format!("argon2-{i}")).spawn(move || {
                loop {
                    let job = match jobs.lock() {
                        Ok(jobs) => jobs.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a password hashing thread");
            }
        }
        queue
    })
}

/// Hashes that may wait for a thread; past it a sign-in is refused at once rather than queued
/// for ever (about 1024 × 25 ms / cores of work already waiting).
const WAITING: usize = 1_024;

/// Jobs queued and not started yet (so an unknown account's answer can say "busy" exactly when
/// a real one's would).
static QUEUED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

async fn on_hashing_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    use std::sync::atomic::Ordering;
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        QUEUED.fetch_sub(1, Ordering::Relaxed);
        let _ = done.send(f());
    });
    QUEUED.fetch_add(1, Ordering::Relaxed);
    if hashing_queue().try_send(job).is_err() {
        QUEUED.fetch_sub(1, Ordering::Relaxed);
        anyhow::bail!("too many password checks waiting");
    }
    result.await.map_err(|_| anyhow::anyhow!("the hashing thread stopped"))
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("constant Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on a hashing thread; the result is a PHC string carrying its own parameters and salt.
pub async fn hash(password: String) -> anyhow::Result<String> {
    on_hashing_thread(move || {
        let salt = new_salt()?;
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// The hashing queue is full (or its threads stopped): the check was not made.
#[derive(Debug, thiserror::Error)]
#[error("too many password checks waiting")]
pub struct Busy;

/// Verifies on a hashing thread. `None` (unknown account, or an account without a password) is
/// never right and is not hashed: it answers after the time a real check takes.
pub async fn verify(stored: Option<String>, password: String) -> Result<bool, Busy> {
    let Some(phc) = stored else {
        // Busy exactly when a real check would be, or the answer would tell the cases apart.
        if QUEUED.load(std::sync::atomic::Ordering::Relaxed) >= WAITING {
            return Err(Busy);
        }
        tokio::time::sleep(typical_check()).await;
        return Ok(false);
    };
    let started = std::time::Instant::now();
    let right =
        on_hashing_thread(move || MEMORY.with_borrow_mut(|memory| verify_in(memory, &phc, password.as_bytes())))
            .await
            .map_err(|_| Busy)?;
    remember_check(started.elapsed());
    Ok(right)
}

/// A running average of how long a real check takes, queueing included (microseconds).
static TYPICAL_CHECK_MICROS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(40_000);

fn typical_check() -> std::time::Duration {
    std::time::Duration::from_micros(TYPICAL_CHECK_MICROS.load(std::sync::atomic::Ordering::Relaxed))
}

fn remember_check(took: std::time::Duration) {
    use std::sync::atomic::Ordering;
    let sample = u64::try_from(took.as_micros()).unwrap_or(u64::MAX).min(10_000_000);
    let old = TYPICAL_CHECK_MICROS.load(Ordering::Relaxed);
    TYPICAL_CHECK_MICROS.store(old - old / 8 + sample / 8, Ordering::Relaxed);
}

thread_local! {
    /// The hashing thread's Argon2 memory, reused by every sign-in it checks: allocating 19 MiB
    /// per check either stays in the allocator's arenas (hundreds of MB under a burst) or, handed
    /// back each time, costs its page faults on every sign-in (half the sign-in rate, measured).
    static MEMORY: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The most memory a stored hash may ask for (64 MiB); ours ask for 19.
const MAX_BLOCKS: usize = 64 * 1024;

/// What `PasswordVerifier::verify_password` does, in `memory` instead of a fresh allocation:
/// the stored hash's own algorithm, version, parameters and salt, and a constant-time compare.
fn verify_in(memory: &mut Vec<Block>, phc: &str, password: &[u8]) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let (Ok(algorithm), Ok(version), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm),
        parsed.version.map(Version::try_from).transpose(),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    let mut salt_buf = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buf) else { return false };
    let blocks = params.block_count();
    if blocks > MAX_BLOCKS {
        return false;
    }
    if memory.len() < blocks {
        memory.resize(blocks, Block::new());
    }
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version.unwrap_or_default(), params);
    if argon.hash_password_into_with_memory(password, salt, &mut out, &mut memory[..blocks]).is_err() {
        return false;
    }
    // `Output`'s equality is constant-time.
    Output::new(&out).is_ok_and(|computed| computed == expected)
}

/// 16 random bytes from the OS as the PHC salt.
fn new_salt() -> anyhow::Result<SaltString> {
    SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| anyhow::anyhow!("salt: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_carry_parameters() {
        let phc = hash("mây trắng bay qua đèo".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify(Some(phc.clone()), "mây trắng bay qua đèo".into()).await.unwrap());
        assert!(!verify(Some(phc), "may trang bay qua deo".into()).await.unwrap());
    }

    #[test]
    fn verification_in_reused_memory_agrees_with_the_library() {
        let salt = new_salt().unwrap();
        let phc = argon2().hash_password(b"n\xc3\xbai r\xe1\xbb\xabng", &salt).unwrap().to_string();
        let parsed = PasswordHash::new(&phc).unwrap();
        let mut memory = Vec::new();
        for (password, right) in [(&b"n\xc3\xbai r\xe1\xbb\xabng"[..], true), (&b"nui rung"[..], false)] {
            use argon2::password_hash::PasswordVerifier;
            assert_eq!(argon2().verify_password(password, &parsed).is_ok(), right);
            assert_eq!(verify_in(&mut memory, &phc, password), right, "same answer in reused memory");
        }
        // Another hash's parameters (a smaller memory) in the same buffer.
        let small = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(1024, 1, 1, None).unwrap());
        let phc = small.hash_password(b"x", &salt).unwrap().to_string();
        assert!(verify_in(&mut memory, &phc, b"x") && !verify_in(&mut memory, &phc, b"y"));
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        assert!(!verify(None, "a password for no account".into()).await.unwrap());
        assert!(!verify(Some("not a hash".into()), "x".into()).await.unwrap());
    }
}
