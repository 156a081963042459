//! Scanning every uploaded file with ClamAV's daemon (`clamd`) before it is accepted.
//!
//! The upload streams to clamd over its INSTREAM protocol (`zINSTREAM\0`, then chunks each
//! preceded by its length as four big-endian bytes, then a zero length) at the same time as it
//! streams into the object store's multipart upload; the verdict is read before the upload is
//! completed. An infected file is aborted there: the parts already sent are the quarantine, never
//! an object in the documents' storage, and they are discarded. When clamd cannot be reached or
//! fails, the upload is refused, unless the settings say to accept unscanned files (the embedded
//! demo without clamd). `/readyz` pings it. Settings: `PORTAL_ANTIVIRUS`,
//! `PORTAL_ANTIVIRUS_WHEN_DOWN` (docs/CONFIGURATION.md); scripts/clamd.sh starts one.

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long one exchange with clamd (connecting, a chunk, the verdict) may take.
const EXCHANGE: Duration = Duration::from_secs(30);

/// The longest answer clamd gives (a signature name and a few words).
const MAX_REPLY: usize = 1024;

/// Where the scanner is, and what to do when it does not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AntivirusConfig {
    /// `host:port` of clamd's TCP socket; `None`: files are not scanned.
    pub clamd: Option<String>,
    pub when_down: WhenDown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenDown {
    /// Refuse the upload (production).
    Refuse,
    /// Accept it unscanned, and log it (a demo without clamd).
    Accept,
}

/// The configured scanner; cheap to clone.
#[derive(Clone, Debug)]
pub struct Scanner {
    config: AntivirusConfig,
}

/// What the scan of one file found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// clamd's name for what it found.
    Infected(String),
    /// Not scanned: scanning is off, or clamd is down and the settings accept that.
    Unscanned,
    /// clamd is down or failed, and the settings refuse the file.
    Unavailable,
}

impl Scanner {
    pub fn new(config: AntivirusConfig) -> Self {
        Self { config }
    }

    /// No scanning (unit tests of the storage path).
    pub fn off() -> Self {
        Self::new(AntivirusConfig { clamd: None, when_down: WhenDown::Accept })
    }

    /// Opens a scan of one file: connected and the command sent, or already failed (then the
    /// verdict says what the settings make of it).
    pub async fn start(&self) -> Scan {
        let Some(addr) = &self.config.clamd else {
            return Scan { conn: None, failed: None, when_down: WhenDown::Accept };
        };
        let connected = async {
            let mut conn = TcpStream::connect(addr.as_str()).await?;
            conn.write_all(b"zINSTREAM\0").await?;
            Ok::<_, std::io::Error>(conn)
        };
        match tokio::time::timeout(EXCHANGE, connected).await {
            Ok(Ok(conn)) => Scan { conn: Some(conn), failed: None, when_down: self.config.when_down },
            Ok(Err(e)) => Scan::failed(e.to_string(), self.config.when_down),
            Err(_) => Scan::failed("no answer".to_owned(), self.config.when_down),
        }
    }

    /// Whether an upload is refused when clamd does not answer (scanning on, and not set to accept).
    pub fn refuses_when_down(&self) -> bool {
        self.config.clamd.is_some() && self.config.when_down == WhenDown::Refuse
    }

    /// For `/readyz`: `Ok("off")` when not configured, `Ok("ok")` when clamd answers PONG.
    pub async fn ping(&self) -> Result<&'static str, String> {
        let Some(addr) = &self.config.clamd else { return Ok("off") };
        let exchange = async {
            let mut conn = TcpStream::connect(addr.as_str()).await.map_err(|e| e.to_string())?;
            conn.write_all(b"zPING\0").await.map_err(|e| e.to_string())?;
            read_reply(&mut conn).await
        };
        match tokio::time::timeout(EXCHANGE, exchange).await {
            Ok(Ok(reply)) if reply == "PONG" => Ok("ok"),
            Ok(Ok(reply)) => Err(format!("unexpected answer {reply:?}")),
            Ok(Err(e)) => Err(e),
            Err(_) => Err("no answer".to_owned()),
        }
    }
}

/// The scan of one file, fed as its bytes arrive.
pub struct Scan {
    conn: Option<TcpStream>,
    /// Why clamd could not scan it (the connection is then dropped).
    failed: Option<String>,
    when_down: WhenDown,
}

impl Scan {
    fn failed(reason: String, when_down: WhenDown) -> Self {
        Scan { conn: None, failed: Some(reason), when_down }
    }

    /// Sends the next bytes of the file.
    pub async fn feed(&mut self, bytes: &[u8]) {
        let Some(conn) = self.conn.as_mut() else { return };
        if bytes.is_empty() {
            return;
        }
        let Ok(length) = u32::try_from(bytes.len()) else {
            return self.fail("chunk too large".to_owned());
        };
        let sent = async {
            conn.write_all(&length.to_be_bytes()).await?;
            conn.write_all(bytes).await
        };
        match tokio::time::timeout(EXCHANGE, sent).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => self.fail(e.to_string()),
            Err(_) => self.fail("no answer".to_owned()),
        }
    }

    /// Whether the file is refused already, whatever its bytes: clamd could not be reached and
    /// the settings refuse unscanned files (the upload need not be sent anywhere).
    pub fn refused_already(&self) -> bool {
        self.failed.is_some() && self.when_down == WhenDown::Refuse
    }

    fn fail(&mut self, reason: String) {
        self.conn = None;
        self.failed = Some(reason);
    }

    /// Ends the file and reads clamd's verdict.
    pub async fn verdict(mut self) -> Verdict {
        let reply = match self.conn.take() {
            Some(mut conn) => {
                let exchange = async {
                    conn.write_all(&0_u32.to_be_bytes()).await.map_err(|e| e.to_string())?;
                    read_reply(&mut conn).await
                };
                match tokio::time::timeout(EXCHANGE, exchange).await {
                    Ok(reply) => reply,
                    Err(_) => Err("no answer".to_owned()),
                }
            }
            None => match self.failed.take() {
                Some(reason) => Err(reason),
                None => return Verdict::Unscanned,
            },
        };
        let reason = match reply.as_deref().map(parse) {
            Ok(Some(verdict)) => return verdict,
            Ok(None) => format!("unexpected answer {reply:?}"),
            Err(e) => e.clone(),
        };
        match self.when_down {
            WhenDown::Refuse => {
                tracing::error!(reason, "the antivirus scanner failed: the upload is refused");
                Verdict::Unavailable
            }
            WhenDown::Accept => {
                tracing::warn!(reason, "the antivirus scanner failed: the upload is accepted unscanned");
                Verdict::Unscanned
            }
        }
    }
}

/// clamd's answer to INSTREAM: `stream: OK`, `stream: NAME FOUND`, or `… ERROR` (a failure).
fn parse(reply: &str) -> Option<Verdict> {
    let body = reply.strip_prefix("stream: ")?;
    if body == "OK" {
        Some(Verdict::Clean)
    } else {
        body.strip_suffix(" FOUND").map(|name| Verdict::Infected(name.to_owned()))
    }
}

/// One answer, ended by NUL (the `z` commands) or by the connection closing.
async fn read_reply(conn: &mut TcpStream) -> Result<String, String> {
    let mut reply = Vec::new();
    let mut buf = [0_u8; 256];
    loop {
        let n = conn.read(&mut buf).await.map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        reply.extend_from_slice(&buf[..n]);
        if reply.contains(&0) || reply.len() > MAX_REPLY {
            break;
        }
    }
    let end = reply.iter().position(|b| *b == 0).unwrap_or(reply.len());
    Ok(String::from_utf8_lossy(&reply[..end]).trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamd_answers_are_read() {
        assert_eq!(parse("stream: OK"), Some(Verdict::Clean));
        assert_eq!(
            parse("stream: Portal.Test.EICAR.UNOFFICIAL FOUND"),
            Some(Verdict::Infected("Portal.Test.EICAR.UNOFFICIAL".to_owned()))
        );
        assert_eq!(parse("INSTREAM size limit exceeded. ERROR"), None);
    }

    #[tokio::test]
    async fn a_scanner_that_cannot_be_reached_refuses_or_accepts_as_set() {
        // A port nothing listens on: bound, then closed.
        let addr = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string();
        for (when_down, expected) in [(WhenDown::Refuse, Verdict::Unavailable), (WhenDown::Accept, Verdict::Unscanned)]
        {
            let scanner = Scanner::new(AntivirusConfig { clamd: Some(addr.clone()), when_down });
            let mut scan = scanner.start().await;
            assert_eq!(scan.refused_already(), when_down == WhenDown::Refuse);
            scan.feed(b"%PDF-1.4").await;
            assert_eq!(scan.verdict().await, expected);
            assert!(scanner.ping().await.is_err());
        }
        assert_eq!(Scanner::off().ping().await, Ok("off"));
        assert_eq!(Scanner::off().start().await.verdict().await, Verdict::Unscanned);
    }
}
