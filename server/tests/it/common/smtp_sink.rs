//! A real SMTP server for the tests (aiosmtpd via `scripts/smtp-sink.sh`, installed by
//! `scripts/setup.sh --tests`) and a reader for what it delivered into its Maildir.

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One delivered message, decoded: `to` is the To header's address(es), comma-separated;
/// `body` has the wire's CRLF turned back into "\n" and no final line break. (SMTP always ends
/// the data with a line break and, for base64, a decoder does not see it, so whether the sent
/// text ended with one cannot be known: compare with `sent.trim_end_matches('\n')`.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Every message in a Maildir (`new/` and `cur/`), oldest first. Decodes RFC 2047 headers and
/// quoted-printable or base64 bodies. A missing directory is an empty mailbox, so a test may
/// read before the first delivery.
pub fn read_maildir(dir: &Path) -> Vec<ReceivedMail> {
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for entry in entries.flatten() {
            let modified = entry.metadata().and_then(|m| m.modified()).expect("maildir file metadata");
            files.push((modified, entry.path()));
        }
    }
    // Writers create the file in tmp/ and link it into new/ when complete, so nothing here is
    // half-written. Modification time (nanoseconds) orders deliveries; the name breaks ties.
    files.sort();
    files.iter().map(|(_, path)| parse_mail(&std::fs::read(path).expect("read maildir file"), path)).collect()
}

fn parse_mail(raw: &[u8], path: &Path) -> ReceivedMail {
    let message = mail_parser::MessageParser::default()
        .parse(raw)
        .unwrap_or_else(|| panic!("{} is not a mail message", path.display()));
    let to = message
        .to()
        .map(|addresses| addresses.iter().filter_map(|a| a.address()).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    ReceivedMail {
        to,
        subject: message.subject().unwrap_or_default().to_owned(),
        body: message.body_text(0).unwrap_or_default().replace("\r\n", "\n").trim_end_matches('\n').to_owned(),
    }
}

/// A running sink on a free port of 127.0.0.1, delivering into a Maildir of its own; the server
/// is killed (and the Maildir removed) on drop.
pub struct SmtpSink {
    pub port: u16,
    /// Holds `maildir/` and the server's log.
    pub dir: tempfile::TempDir,
    child: Child,
}

impl SmtpSink {
    /// Starts `scripts/smtp-sink.sh` of this repository.
    pub fn start() -> Self {
        Self::start_script(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp-sink.sh"), &[])
    }

    /// Starts the given sink script; `extra` goes to aiosmtpd (for example `["-s", "200"]`, to
    /// make it refuse bigger messages with a 552).
    pub fn start_script(script: &Path, extra: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        // Port 0 lets the kernel pick a free port; it is released just before the server binds it,
        // which could race with another process but not with another test (ports are not reused
        // at once).
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).and_then(|l| l.local_addr()).expect("free port").port();
        // A file, not a pipe, for the server's log: nobody reads a pipe while the test runs, and
        // a full one would block the server.
        let log = std::fs::File::create(dir.path().join("sink.log")).expect("sink log");
        let mut child = Command::new(script)
            .arg(port.to_string())
            .arg(dir.path().join("maildir"))
            .args(extra)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("sink log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));

        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            let exited = child.try_wait().expect("sink status");
            if exited.is_some() || Instant::now() > deadline {
                let _ = child.kill();
                let log = std::fs::read_to_string(dir.path().join("sink.log")).unwrap_or_default();
                panic!("the SMTP sink did not start (is aiosmtpd installed? scripts/setup.sh --tests):\n{log}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { port, dir, child }
    }

    pub fn maildir(&self) -> PathBuf {
        self.dir.path().join("maildir")
    }

    /// Everything delivered so far.
    pub fn received(&self) -> Vec<ReceivedMail> {
        read_maildir(&self.maildir())
    }

    /// Waits until at least `count` messages have arrived (the outbox worker delivers in the
    /// background), then returns them all; panics after `timeout`. Async so that it does not
    /// block a runtime thread the worker may need.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let mail = self.received();
            if mail.len() >= count {
                return mail;
            }
            assert!(Instant::now() < deadline, "expected {count} message(s) within {timeout:?}, got {}", mail.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        // The script execs python, so this is the server itself and not a wrapper shell.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
