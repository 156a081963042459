//! Delivery of outbox mail to an SMTP relay (lettre, rustls with the ring provider and the
//! webpki root certificates, so the binary does not depend on the host's OpenSSL or CA bundle).
//!
//! The outbox worker decides what to do with a failure from its kind: a [`SendError::Permanent`]
//! (the relay refused this recipient or this message with a 5xx) is final, anything else is
//! retried later. Error texts are built for logs and the outbox row: they carry the relay's reply
//! but never the message body or the credentials.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::{AsyncSmtpTransportBuilder, PoolConfig};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// How the connection to the relay is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain text, credentials included: only for a relay on the same host or private network.
    None,
    /// STARTTLS, required rather than opportunistic so that a stripped capability cannot
    /// silently downgrade the session (usually port 587).
    StartTls,
    /// Implicit TLS from the first byte (usually port 465).
    Tls,
}

impl std::str::FromStr for SmtpTls {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "none" => Ok(Self::None),
            "starttls" => Ok(Self::StartTls),
            "tls" => Ok(Self::Tls),
            _ => Err("expected none, starttls or tls".to_owned()),
        }
    }
}

#[derive(Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The From header and envelope sender, "Name <addr>" or a bare address.
    pub from: String,
    /// Bounds the connection and, separately, each whole send (see [`SmtpSender::send`]).
    pub timeout: Duration,
}

// Hand-written so that the password never reaches a log line.
impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("from", &self.from)
            .field("timeout", &self.timeout)
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Refused with a 5xx for this recipient or message: retrying cannot help.
    #[error("permanent: {0}")]
    Permanent(String),
    /// Connection, TLS, timeout, 4xx or relay configuration (authentication): retry later.
    #[error("transient: {0}")]
    Transient(String),
}

/// A pooled SMTP client; cheap to clone, clones share the pool.
#[derive(Clone)]
pub struct SmtpSender {
    inner: Arc<Inner>,
}

struct Inner {
    /// Kept to build a fresh pool after a timeout (see `replace_pool`).
    builder: AsyncSmtpTransportBuilder,
    /// The current pool and its generation, so that concurrent timeouts replace it only once.
    pool: Mutex<(u64, AsyncSmtpTransport<Tokio1Executor>)>,
    from: Mailbox,
    /// Right-hand side of the Message-IDs we generate: the sender's domain, not the host name
    /// (a container's host name is meaningless to receivers and spam filters).
    id_domain: String,
    timeout: Duration,
    /// Strings removed from error texts: the relay may echo the user name back.
    secrets: Vec<String>,
}

impl SmtpSender {
    /// Checks the settings and prepares the pool; connects lazily, on the first send.
    /// Must be called within a Tokio runtime: lettre's pool spawns its idle-connection reaper here.
    pub fn new(settings: &SmtpSettings) -> anyhow::Result<Self> {
        if tokio::runtime::Handle::try_current().is_err() {
            bail!("SmtpSender::new must be called within a Tokio runtime");
        }
        if settings.host.trim().is_empty() {
            bail!("SMTP host is empty");
        }
        let from: Mailbox =
            settings.from.parse().with_context(|| format!("SMTP sender {:?} is not a valid address", settings.from))?;
        let id_domain = from.email.domain().to_owned();

        let tls = match settings.tls {
            SmtpTls::None => Tls::None,
            SmtpTls::StartTls => Tls::Required(TlsParameters::new(settings.host.clone())?),
            SmtpTls::Tls => Tls::Wrapper(TlsParameters::new(settings.host.clone())?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str())
            .port(settings.port)
            .tls(tls)
            .timeout(Some(settings.timeout))
            // The outbox worker sends one message at a time; a few connections cover bursts
            // from several workers without holding many idle sessions open at the relay.
            .pool_config(PoolConfig::new().max_size(4).idle_timeout(Duration::from_secs(60)));
        let mut secrets = Vec::new();
        match (&settings.username, &settings.password) {
            (Some(user), Some(password)) => {
                builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
                secrets.extend([user.clone(), password.clone()].into_iter().filter(|s| !s.is_empty()));
            }
            (None, None) => {}
            _ => bail!("SMTP username and password must be given together"),
        }

        let pool = builder.clone().build();
        Ok(Self {
            inner: Arc::new(Inner {
                builder,
                pool: Mutex::new((0, pool)),
                from,
                id_domain,
                timeout: settings.timeout,
                secrets,
            }),
        })
    }

    /// Sends one plain-text UTF-8 message. lettre encodes a non-ASCII subject as RFC 2047
    /// encoded-words and a non-ASCII body as quoted-printable or base64 (whichever is shorter), so
    /// the message is 7-bit clean and needs neither 8BITMIME nor SMTPUTF8 from the relay.
    ///
    /// The whole exchange is bounded by the timeout: lettre's async client bounds only the TCP
    /// connect, and a relay that stops answering mid-session would otherwise hang the worker.
    /// A timeout after the final "." may leave the message delivered; the retry then sends it
    /// twice, which is the usual at-least-once trade of an outbox.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), SendError> {
        let to: Mailbox = to.parse().map_err(|e| SendError::Permanent(format!("invalid recipient address: {e}")))?;
        let message = Message::builder()
            .from(self.inner.from.clone())
            .to(to)
            .subject(one_line(subject))
            .message_id(Some(self.message_id()))
            .header(ContentType::TEXT_PLAIN)
            .body(without_final_line_break(body).to_owned())
            .map_err(|e| SendError::Permanent(format!("cannot build the message: {e}")))?;

        let (generation, pool) = self.inner.pool.lock().expect("pool lock").clone();
        match tokio::time::timeout(self.inner.timeout, pool.send(message)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(self.classify(&e)),
            Err(_) => {
                self.replace_pool(generation);
                Err(SendError::Transient(format!("no answer from the SMTP relay within {:?}", self.inner.timeout)))
            }
        }
    }

    /// After a timeout the abandoned connection goes back to lettre's pool in an unknown state
    /// (perhaps mid-DATA, where the next NOOP would never be answered), and the pool cannot be
    /// told it is broken. So the whole pool is retired and a fresh one takes its place.
    fn replace_pool(&self, generation: u64) {
        let retired = {
            let mut current = self.inner.pool.lock().expect("pool lock");
            if current.0 != generation {
                return; // another send already replaced it
            }
            let fresh = (generation + 1, self.inner.builder.clone().build());
            std::mem::replace(&mut *current, fresh).1
        };
        // Closes the idle connections; the abandoned one is closed when it is handed back.
        tokio::spawn(async move { retired.shutdown().await });
    }

    fn classify(&self, e: &lettre::transport::smtp::Error) -> SendError {
        let text = self.redact(&e.to_string());
        match e.status().map(u16::from) {
            // 530 authentication required, 534 mechanism too weak, 535 bad credentials,
            // 538 encryption required: the relay's configuration is wrong, not this message,
            // so it must stay queued until an operator fixes the settings.
            Some(530 | 534 | 535 | 538) => SendError::Transient(format!("check the SMTP settings: {text}")),
            Some(_) if e.is_permanent() => SendError::Permanent(text),
            // 4xx, connection, TLS, timeouts and client-side errors (such as no common AUTH mechanism).
            _ => SendError::Transient(text),
        }
    }

    /// Removes the credentials from an error text and bounds its length (it may quote a long
    /// multi-line reply); the body never appears in lettre's errors.
    fn redact(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for secret in &self.inner.secrets {
            text = text.replace(secret.as_str(), "***");
        }
        if text.len() > 500 {
            let mut end = 500;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            text.push('…');
        }
        text
    }

    /// A unique Message-ID: time, a process-wide counter and a randomly keyed hash of both.
    /// Uniqueness is what matters here, not unpredictability.
    fn message_id(&self) -> String {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        hasher.write_u32(std::process::id());
        format!("<{nanos:x}.{:016x}@{}>", hasher.finish(), self.inner.id_domain)
    }
}

/// lettre always ends the data with CRLF "." CRLF, so a body that already ends with a line break
/// would arrive with an extra empty line; SMTP cannot carry "no final line break" anyway.
fn without_final_line_break(body: &str) -> &str {
    body.strip_suffix("\r\n").or_else(|| body.strip_suffix('\n')).unwrap_or(body)
}

/// A subject is a single header line: line breaks from a template become spaces.
fn one_line(subject: &str) -> String {
    subject.split(['\r', '\n']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ")
}
