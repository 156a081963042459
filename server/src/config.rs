//! Configuration from environment variables, optionally preceded by a TOML file
//! (`PORTAL_CONFIG=path`; the environment wins). Everything is checked before the port is bound,
//! and a bad value stops the process with one line naming the key. Every key is documented in
//! `docs/CONFIGURATION.md` and `.env.example`.

mod auth;
pub mod payment;
pub mod security;

pub use auth::{FederatedConfig, Network, client_address};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    pub database: DatabaseConfig,
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    pub base_url: url::Url,
    pub storage: StorageConfig,
    pub log_format: LogFormat,
    /// Where scripts/build.sh wrote the site (wasm, JS, CSS, public assets).
    pub site_root: PathBuf,
    pub db_pool_size: u32,
    /// Show delivered mail at /hop-thu (demo and tests only: anyone can read it).
    pub demo_mailbox: bool,
    /// National sign-in (OpenID Connect), if configured.
    pub federated: Option<FederatedConfig>,
    /// SMTP delivery, if configured.
    pub smtp: Option<crate::services::notify::smtp::SmtpSettings>,
    /// The national portal's sync endpoint, if configured (else changes wait in the outbox).
    pub national_sync: Option<crate::services::national_sync::SyncSettings>,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<Network>,
    /// Largest document file accepted, in bytes.
    pub upload_max_bytes: u64,
    /// The antivirus scanner every upload passes (clamd), and what to do when it is down.
    pub antivirus: crate::antivirus::AntivirusConfig,
    /// How long a claimed background job stays its worker's before another may take it.
    pub job_lease: std::time::Duration,
    /// The crash test's point to hold the server at (`crash`); loopback base URLs only.
    pub crash_point: Option<String>,
    /// The payment gateway (the built-in sandbox by default).
    pub payment: payment::PaymentConfig,
    /// The server key, who reads metrics, storage quotas, the refund approval threshold.
    pub security: security::SecurityConfig,
    /// How long a public page rendered for an anonymous visitor is answered again to the next
    /// ones (`http::page_cache`); zero keeps none.
    pub page_cache: std::time::Duration,
}

#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseConfig {
    Sqlite { path: PathBuf },
    Postgres { url: String },
}

#[derive(Clone, PartialEq, Eq)]
pub enum StorageConfig {
    Local { root: PathBuf },
    S3 { endpoint: Option<String>, bucket: String, region: String, access_key_id: String, secret_access_key: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A configuration mistake, always naming the key.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {key}: {message}")]
pub struct ConfigError {
    pub key: &'static str,
    pub message: String,
}

pub(crate) fn bad(key: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { key, message: message.into() }
}

/// The raw key/value source: the TOML file's top-level keys overlaid by the environment.
pub struct Source(HashMap<String, String>);

impl Source {
    pub fn from_env() -> Result<Self, ConfigError> {
        let mut map = HashMap::new();
        if let Ok(path) = std::env::var("PORTAL_CONFIG") {
            let text =
                std::fs::read_to_string(&path).map_err(|e| bad("PORTAL_CONFIG", format!("cannot read {path}: {e}")))?;
            let table: toml::Table =
                text.parse().map_err(|e| bad("PORTAL_CONFIG", format!("{path} is not valid TOML: {e}")))?;
            for (k, v) in table {
                let value = match v {
                    toml::Value::String(s) => s,
                    other => other.to_string(),
                };
                map.insert(k, value);
            }
        }
        map.extend(std::env::vars());
        Ok(Self(map))
    }

    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Self(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str).filter(|v| !v.trim().is_empty())
    }
}

impl Config {
    pub fn load() -> Result<Self, ConfigError> {
        Self::from_source(&Source::from_env()?)
    }

    pub fn from_source(src: &Source) -> Result<Self, ConfigError> {
        let data_dir = PathBuf::from(src.get("PORTAL_DATA_DIR").unwrap_or("data"));
        let database = match src.get("DATABASE_URL") {
            None => DatabaseConfig::Sqlite { path: data_dir.join("portal.sqlite") },
            Some(url) => parse_database_url(url)?,
        };
        let listen: SocketAddr = src
            .get("PORTAL_LISTEN")
            .unwrap_or("127.0.0.1:3000")
            .parse()
            .map_err(|_| bad("PORTAL_LISTEN", "expected address:port, for example 127.0.0.1:3000"))?;
        let base_url = match src.get("PORTAL_BASE_URL") {
            Some(u) => {
                url::Url::parse(u).ok().filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host()).ok_or_else(
                    || bad("PORTAL_BASE_URL", "expected an http(s) URL, for example https://dichvucong.sonla.gov.vn"),
                )?
            }
            None => url::Url::parse(&format!("http://{listen}")).map_err(|e| bad("PORTAL_BASE_URL", e.to_string()))?,
        };
        let storage = match src.get("PORTAL_STORAGE").unwrap_or("local") {
            "local" => StorageConfig::Local { root: data_dir.join("objects") },
            "s3" => {
                let need = |key: &'static str| {
                    src.get(key).map(str::to_owned).ok_or_else(|| bad(key, "required when PORTAL_STORAGE=s3"))
                };
                let endpoint = src.get("PORTAL_S3_ENDPOINT").map(str::to_owned);
                if let Some(e) = &endpoint {
                    url::Url::parse(e)
                        .map_err(|_| bad("PORTAL_S3_ENDPOINT", "expected a URL, for example http://127.0.0.1:9000"))?;
                }
                StorageConfig::S3 {
                    endpoint,
                    bucket: need("PORTAL_S3_BUCKET")?,
                    region: src.get("PORTAL_S3_REGION").unwrap_or("us-east-1").to_owned(),
                    access_key_id: need("AWS_ACCESS_KEY_ID")?,
                    secret_access_key: need("AWS_SECRET_ACCESS_KEY")?,
                }
            }
            _ => return Err(bad("PORTAL_STORAGE", "expected local or s3")),
        };
        let log_format = match src.get("LOG_FORMAT").unwrap_or("text") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            _ => return Err(bad("LOG_FORMAT", "expected text or json")),
        };
        let site_root = PathBuf::from(src.get("PORTAL_SITE_ROOT").unwrap_or("target/site"));
        let db_pool_size = match src.get("PORTAL_DB_POOL_SIZE") {
            None => 8,
            Some(v) => v
                .parse()
                .ok()
                .filter(|n| (1..=256).contains(n))
                .ok_or_else(|| bad("PORTAL_DB_POOL_SIZE", "expected a number from 1 to 256"))?,
        };
        let demo_mailbox = match src.get("PORTAL_DEMO_MAILBOX").unwrap_or("false") {
            "true" | "1" => true,
            "false" | "0" => false,
            _ => return Err(bad("PORTAL_DEMO_MAILBOX", "expected true or false")),
        };
        // Anyone may read the demo mailbox (every reset and set-password link): never on a
        // production (https) address.
        if demo_mailbox && base_url.scheme() == "https" {
            return Err(bad(
                "PORTAL_DEMO_MAILBOX",
                "the demo mailbox shows every mail to anyone: not on an https address",
            ));
        }
        if let Some(filter) = src.get("RUST_LOG") {
            tracing_subscriber::EnvFilter::try_new(filter).map_err(|e| bad("RUST_LOG", e.to_string()))?;
        }
        let federated = auth::federated(src, &base_url)?;
        let payment = payment::payment(src, &base_url)?;
        let security = security::security(src, &base_url, &data_dir)?;
        let smtp = auth::smtp(src)?;
        let national_sync = auth::national_sync(src)?;
        let trusted_proxies = auth::trusted_proxies(src)?;
        let upload_max_bytes = number(src, "PORTAL_UPLOAD_MAX_MB", 20, 1..=500, "megabytes")? * 1024 * 1024;
        let antivirus = antivirus(src)?;
        let job_lease = number(src, "PORTAL_JOB_LEASE_SECONDS", 600, 2..=86_400, "seconds")?;
        let crash_point = match src.get("PORTAL_CRASH_POINT") {
            None => None,
            Some(p) if !crate::crash::POINTS.contains(&p) => {
                return Err(bad("PORTAL_CRASH_POINT", format!("expected one of {}", crate::crash::POINTS.join(", "))));
            }
            Some(_) if !security::is_loopback(&base_url) => {
                return Err(bad("PORTAL_CRASH_POINT", "only for tests, on a loopback PORTAL_BASE_URL"));
            }
            Some(p) => Some(p.to_owned()),
        };
        let page_cache = number(src, "PORTAL_PAGE_CACHE_SECONDS", 5, 0..=3600, "seconds")?;
        Ok(Self {
            database,
            data_dir,
            listen,
            base_url,
            storage,
            log_format,
            site_root,
            db_pool_size,
            demo_mailbox,
            federated,
            smtp,
            national_sync,
            trusted_proxies,
            upload_max_bytes,
            antivirus,
            job_lease: std::time::Duration::from_secs(job_lease),
            crash_point,
            payment,
            security,
            page_cache: std::time::Duration::from_secs(page_cache),
        })
    }
}

/// The whole number setting `key` (`default` when unset), refused outside `range`; `unit` names
/// what it counts in the message.
fn number(
    src: &Source,
    key: &'static str,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
    unit: &str,
) -> Result<u64, ConfigError> {
    match src.get(key) {
        None => Ok(default),
        Some(v) => {
            v.parse::<u64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
                bad(key, format!("expected a number of {unit} from {} to {}", range.start(), range.end()))
            })
        }
    }
}

/// `PORTAL_ANTIVIRUS` (`clamd://HOST:PORT`, or `none`, the default) and
/// `PORTAL_ANTIVIRUS_WHEN_DOWN` (`refuse`, the default, or `accept`).
fn antivirus(src: &Source) -> Result<crate::antivirus::AntivirusConfig, ConfigError> {
    use crate::antivirus::{AntivirusConfig, WhenDown};
    let clamd = match src.get("PORTAL_ANTIVIRUS").map(str::trim) {
        None | Some("" | "none") => None,
        Some(v) => {
            let address = v.strip_prefix("clamd://").filter(|a| {
                a.rsplit_once(':')
                    .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0))
            });
            Some(address.ok_or_else(|| bad("PORTAL_ANTIVIRUS", "expected clamd://HOST:PORT or none"))?.to_owned())
        }
    };
    let when_down = match src.get("PORTAL_ANTIVIRUS_WHEN_DOWN") {
        None | Some("refuse") => WhenDown::Refuse,
        Some("accept") => WhenDown::Accept,
        Some(_) => return Err(bad("PORTAL_ANTIVIRUS_WHEN_DOWN", "expected refuse or accept")),
    };
    Ok(AntivirusConfig { clamd, when_down })
}

// Hand-written so that a password in DATABASE_URL or an S3 secret never reaches a log line.
impl std::fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseConfig::Sqlite { path } => write!(f, "Sqlite({})", path.display()),
            DatabaseConfig::Postgres { url } => {
                let mut shown = url::Url::parse(url).map_err(|_| std::fmt::Error)?;
                if shown.password().is_some() {
                    let _ = shown.set_password(Some("***"));
                }
                write!(f, "Postgres({shown})")
            }
        }
    }
}

impl std::fmt::Debug for StorageConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageConfig::Local { root } => write!(f, "Local({})", root.display()),
            StorageConfig::S3 { endpoint, bucket, region, .. } => {
                write!(f, "S3(bucket={bucket}, region={region}, endpoint={})", endpoint.as_deref().unwrap_or("aws"))
            }
        }
    }
}

fn parse_database_url(url: &str) -> Result<DatabaseConfig, ConfigError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        url::Url::parse(url).map_err(|_| bad("DATABASE_URL", "not a valid postgres:// URL"))?;
        return Ok(DatabaseConfig::Postgres { url: url.to_owned() });
    }
    let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    if path.contains("://") {
        return Err(bad("DATABASE_URL", "expected postgres://… or an SQLite file path (sqlite://path)"));
    }
    Ok(DatabaseConfig::Sqlite { path: PathBuf::from(path) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_source(&Source::from_pairs(pairs))
    }

    #[test]
    fn defaults_are_the_embedded_setup() {
        let c = load(&[]).unwrap();
        assert_eq!(c.database, DatabaseConfig::Sqlite { path: "data/portal.sqlite".into() });
        assert_eq!(c.storage, StorageConfig::Local { root: "data/objects".into() });
        assert_eq!(c.listen, "127.0.0.1:3000".parse().unwrap());
        assert_eq!(c.base_url.as_str(), "http://127.0.0.1:3000/");
        assert_eq!(c.log_format, LogFormat::Text);
    }

    #[test]
    fn database_url_selects_the_backend() {
        let pg = load(&[("DATABASE_URL", "postgres://postgres@127.0.0.1/portal")]).unwrap();
        assert!(matches!(pg.database, DatabaseConfig::Postgres { .. }));
        let sqlite = load(&[("DATABASE_URL", "sqlite:///tmp/x.sqlite")]).unwrap();
        assert_eq!(sqlite.database, DatabaseConfig::Sqlite { path: "/tmp/x.sqlite".into() });
    }

    #[test]
    fn each_bad_value_names_its_key() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("PORTAL_LISTEN", "nowhere")], "PORTAL_LISTEN"),
            (&[("PORTAL_BASE_URL", "ftp://x")], "PORTAL_BASE_URL"),
            (&[("PORTAL_STORAGE", "floppy")], "PORTAL_STORAGE"),
            (&[("PORTAL_STORAGE", "s3")], "PORTAL_S3_BUCKET"),
            (&[("PORTAL_STORAGE", "s3"), ("PORTAL_S3_BUCKET", "b")], "AWS_ACCESS_KEY_ID"),
            (&[("LOG_FORMAT", "xml")], "LOG_FORMAT"),
            (&[("DATABASE_URL", "mysql://x")], "DATABASE_URL"),
            (&[("PORTAL_DB_POOL_SIZE", "0")], "PORTAL_DB_POOL_SIZE"),
            (&[("RUST_LOG", "info,[")], "RUST_LOG"),
        ];
        for (pairs, key) in cases {
            let err = load(pairs).unwrap_err();
            assert_eq!(err.key, *key, "{pairs:?}");
            assert!(err.to_string().starts_with(&format!("configuration error: {key}: ")));
        }
    }

    #[test]
    fn debug_output_hides_secrets() {
        let c = load(&[
            ("DATABASE_URL", "postgres://portal:hunter2@db/portal"),
            ("PORTAL_STORAGE", "s3"),
            ("PORTAL_S3_BUCKET", "b"),
            ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
            ("AWS_SECRET_ACCESS_KEY", "topsecret"),
        ])
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("topsecret"), "{shown}");
    }

    #[test]
    fn the_sandbox_and_the_demo_mailbox_are_opt_in_off_loopback() {
        let key = "ab".repeat(32);
        let public = [("PORTAL_BASE_URL", "http://dvc.sonla.example"), ("PORTAL_SECRET_KEY", key.as_str())];
        assert_eq!(load(&public).unwrap_err().key, "PORTAL_PAYMENT_GATEWAY", "no silent sandbox");
        let chosen = [public[0], public[1], ("PORTAL_PAYMENT_GATEWAY", "sandbox")];
        assert!(load(&chosen).unwrap().payment.sandbox, "explicitly chosen for a staging site");
        assert!(load(&[]).unwrap().payment.sandbox, "the embedded demo's default");
        let https = [
            ("PORTAL_BASE_URL", "https://dichvucong.sonla.gov.vn"),
            ("PORTAL_SECRET_KEY", key.as_str()),
            ("PORTAL_PAYMENT_GATEWAY", "sandbox"),
        ];
        assert_eq!(load(&https).unwrap_err().key, "PORTAL_PAYMENT_GATEWAY", "never on https");
        let mailbox = [
            ("PORTAL_BASE_URL", "https://dichvucong.sonla.gov.vn"),
            ("PORTAL_SECRET_KEY", key.as_str()),
            ("PORTAL_DEMO_MAILBOX", "true"),
        ];
        assert_eq!(load(&mailbox).unwrap_err().key, "PORTAL_DEMO_MAILBOX");
    }

    #[test]
    fn s3_needs_its_keys() {
        let c = load(&[
            ("PORTAL_STORAGE", "s3"),
            ("PORTAL_S3_BUCKET", "ho-so"),
            ("PORTAL_S3_ENDPOINT", "http://127.0.0.1:9000"),
            ("AWS_ACCESS_KEY_ID", "k"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
        ])
        .unwrap();
        assert!(matches!(c.storage, StorageConfig::S3 { ref bucket, .. } if bucket == "ho-so"));
    }
}
