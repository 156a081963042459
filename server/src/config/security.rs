//! Settings of the security controls a deployment must make its own (docs/SECURITY.md):
//!
//! - `PORTAL_SECRET_KEY`: 64 hex characters (32 random bytes, e.g. `openssl rand -hex 32`),
//!   the key that encrypts second-factor secrets and keys the hash of recovery codes. Required
//!   outside the embedded demo; the demo (a loopback base URL) keeps a generated one in
//!   `{PORTAL_DATA_DIR}/secret.key`.
//! - `PORTAL_METRICS_TOKEN` (a bearer token) and `PORTAL_METRICS_FROM` (addresses or networks,
//!   comma-separated; loopback by default): who may read `/metrics`.
//! - `PORTAL_STORAGE_QUOTA_MB` (500) and `PORTAL_FILES_PER_REQUIREMENT` (10): what one account
//!   may keep in the document store, and how many files one document requirement may take.
//! - `PORTAL_REFUND_SECOND_OFFICER_ABOVE` (1000000 đồng): a refund above it is carried out only
//!   when a second officer approves it.
//! - `PORTAL_BUSINESS_REGISTRY` (`000.00.11.H52`, the demo's Sở Tài chính): the code of the agency
//!   whose counter verifies who represents a business and decides claims on tax codes.

use super::auth::Network;
use super::{ConfigError, Source, bad};
use std::path::PathBuf;

/// Where the server key comes from.
#[derive(Clone, PartialEq, Eq)]
pub enum KeySource {
    Configured([u8; 32]),
    /// The embedded demo's key file, created on first start.
    DemoFile(PathBuf),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityConfig {
    pub secret_key: KeySource,
    pub metrics_token: Option<String>,
    pub metrics_from: Vec<Network>,
    pub storage_quota_bytes: u64,
    pub files_per_requirement: i64,
    pub refund_second_officer_above: i64,
    pub business_registry: String,
}

/// Whether the base URL names this machine only: the embedded demo, where a newcomer runs the
/// portal with no settings at all.
pub fn is_loopback(base_url: &url::Url) -> bool {
    match base_url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

pub fn security(src: &Source, base_url: &url::Url, data_dir: &std::path::Path) -> Result<SecurityConfig, ConfigError> {
    let secret_key = match src.get("PORTAL_SECRET_KEY") {
        Some(hex_key) => KeySource::Configured(parse_key(hex_key)?),
        None if is_loopback(base_url) => KeySource::DemoFile(data_dir.join("secret.key")),
        None => {
            return Err(bad(
                "PORTAL_SECRET_KEY",
                "required outside the embedded demo: 64 hex characters, for example from `openssl rand -hex 32`",
            ));
        }
    };
    let metrics_from = match src.get("PORTAL_METRICS_FROM") {
        None => vec![Network::parse("127.0.0.0/8").unwrap_or_else(|| unreachable!()), loopback_v6()],
        Some(list) => list
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                Network::parse(s)
                    .ok_or_else(|| bad("PORTAL_METRICS_FROM", format!("{s:?} is not an address or network")))
            })
            .collect::<Result<_, _>>()?,
    };
    let number = |key: &'static str, default: i64, range: std::ops::RangeInclusive<i64>| match src.get(key) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| bad(key, format!("expected a number from {} to {}", range.start(), range.end()))),
    };
    Ok(SecurityConfig {
        secret_key,
        metrics_token: src.get("PORTAL_METRICS_TOKEN").map(str::to_owned),
        metrics_from,
        storage_quota_bytes: u64::try_from(number("PORTAL_STORAGE_QUOTA_MB", 500, 1..=1_000_000)?).unwrap_or(500)
            * 1024
            * 1024,
        files_per_requirement: number("PORTAL_FILES_PER_REQUIREMENT", 10, 1..=100)?,
        refund_second_officer_above: number("PORTAL_REFUND_SECOND_OFFICER_ABOVE", 1_000_000, 0..=i64::MAX)?,
        business_registry: src.get("PORTAL_BUSINESS_REGISTRY").unwrap_or("000.00.11.H52").trim().to_owned(),
    })
}

fn loopback_v6() -> Network {
    Network::parse("::1").unwrap_or_else(|| unreachable!())
}

fn parse_key(text: &str) -> Result<[u8; 32], ConfigError> {
    let bytes = hex::decode(text.trim()).ok().filter(|b| b.len() == 32);
    let bytes = bytes.ok_or_else(|| bad("PORTAL_SECRET_KEY", "expected 64 hex characters (32 bytes)"))?;
    let mut key = [0u8; 32];
    key.copy_from_slice(&bytes);
    Ok(key)
}

// By hand: the key must never reach a log line.
impl std::fmt::Debug for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Configured(_) => f.write_str("Configured(***)"),
            KeySource::DemoFile(path) => write!(f, "DemoFile({})", path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(pairs: &[(&str, &str)], base: &str) -> Result<SecurityConfig, ConfigError> {
        security(&Source::from_pairs(pairs), &url::Url::parse(base).unwrap(), std::path::Path::new("data"))
    }

    #[test]
    fn the_key_is_required_outside_the_demo() {
        assert!(matches!(load(&[], "http://127.0.0.1:3000").unwrap().secret_key, KeySource::DemoFile(_)));
        assert!(matches!(load(&[], "http://localhost:3000").unwrap().secret_key, KeySource::DemoFile(_)));
        assert_eq!(load(&[], "https://dichvucong.sonla.gov.vn").unwrap_err().key, "PORTAL_SECRET_KEY");
        let key = "ab".repeat(32);
        let c = load(&[("PORTAL_SECRET_KEY", &key)], "https://dichvucong.sonla.gov.vn").unwrap();
        assert_eq!(c.secret_key, KeySource::Configured([0xab; 32]));
        assert!(!format!("{c:?}").contains("ab, ab") && !format!("{c:?}").contains(&key), "never printed");
        assert_eq!(load(&[("PORTAL_SECRET_KEY", "abc")], "http://127.0.0.1").unwrap_err().key, "PORTAL_SECRET_KEY");
    }

    #[test]
    fn metrics_are_for_loopback_unless_configured() {
        let c = load(&[], "http://127.0.0.1:3000").unwrap();
        assert!(c.metrics_from.iter().any(|n| n.contains("127.0.0.1".parse().unwrap())));
        assert!(!c.metrics_from.iter().any(|n| n.contains("10.0.0.1".parse().unwrap())));
        let c = load(&[("PORTAL_METRICS_FROM", "10.0.0.0/8")], "http://127.0.0.1:3000").unwrap();
        assert!(c.metrics_from.iter().any(|n| n.contains("10.1.2.3".parse().unwrap())));
        assert_eq!(
            load(&[("PORTAL_METRICS_FROM", "nope")], "http://127.0.0.1").unwrap_err().key,
            "PORTAL_METRICS_FROM"
        );
    }
}
