//! Named points where the crash test (`tests/it/crash.rs`, issue #20) holds the server, so that
//! it kills it there with SIGKILL: in the middle of an upload, a submission, a payment
//! notification, an officer's action and a background job. Inert unless `PORTAL_CRASH_POINT`
//! names one of them, which the configuration accepts only on a loopback base URL.

use std::sync::OnceLock;
use std::time::Duration;

static ARMED: OnceLock<String> = OnceLock::new();

/// The points, each where work is half done.
pub const POINTS: [&str; 5] = [
    // A document's first bytes are in the store's multipart upload; the rest still streams.
    "upload.streaming",
    // The submission's transaction has taken the dossier's number, not committed.
    "submit.numbered",
    // The payment is settled and committed; the gateway has not had its answer.
    "ipn.settled",
    // The officer's action is written in its transaction, not committed.
    "act.written",
    // A file is half sent into the store (an export job's, a restored object).
    "file.writing",
];

/// Arms `point` for this process (once, at start).
pub fn arm(point: &str) {
    let _ = ARMED.set(point.to_owned());
}

/// When `name` is the armed point: says so on standard error and holds this thread for good,
/// for the test to kill the process.
pub fn point(name: &'static str) {
    if ARMED.get().is_some_and(|armed| armed == name) {
        eprintln!("crash point reached: {name}");
        loop {
            std::thread::sleep(Duration::from_secs(3_600));
        }
    }
}
