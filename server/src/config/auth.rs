//! Settings of identity, mail and the national portal: the national sign-in (OpenID Connect),
//! SMTP delivery, the national sync's endpoint, and the reverse proxies whose `X-Forwarded-For`
//! is believed.

use super::{ConfigError, Source, bad};
use crate::services::accounts::oidc::OidcSettings;
use crate::services::notify::smtp::{SmtpSettings, SmtpTls};
use std::net::IpAddr;

/// The national identity provider, when configured.
#[derive(Clone)]
pub struct FederatedConfig {
    pub settings: OidcSettings,
    /// The button says "Đăng nhập bằng {label}".
    pub label: String,
}

// Hand-written: the client secret never reaches a log line.
impl std::fmt::Debug for FederatedConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Oidc(issuer={}, client_id={}, label={})", self.settings.issuer, self.settings.client_id, self.label)
    }
}

pub fn federated(src: &Source, base_url: &url::Url) -> Result<Option<FederatedConfig>, ConfigError> {
    let Some(issuer) = src.get("PORTAL_OIDC_ISSUER") else { return Ok(None) };
    let issuer = url::Url::parse(issuer)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| bad("PORTAL_OIDC_ISSUER", "expected the provider's issuer URL"))?;
    let client_id = src
        .get("PORTAL_OIDC_CLIENT_ID")
        .ok_or_else(|| bad("PORTAL_OIDC_CLIENT_ID", "required with PORTAL_OIDC_ISSUER"))?;
    let redirect_url = base_url.join("/dang-nhap/vneid/callback").map_err(|e| bad("PORTAL_BASE_URL", e.to_string()))?;
    Ok(Some(FederatedConfig {
        settings: OidcSettings {
            issuer,
            client_id: client_id.to_owned(),
            client_secret: src.get("PORTAL_OIDC_CLIENT_SECRET").map(str::to_owned),
            redirect_url,
            id_number_claim: src.get("PORTAL_OIDC_ID_CLAIM").unwrap_or("so_dinh_danh").to_owned(),
        },
        label: src.get("PORTAL_OIDC_LABEL").unwrap_or("VNeID").to_owned(),
    }))
}

/// SMTP delivery, when `PORTAL_SMTP_HOST` is set; otherwise mail stays in the outbox (and the
/// demo mailbox shows it, if enabled).
pub fn smtp(src: &Source) -> Result<Option<SmtpSettings>, ConfigError> {
    let Some(host) = src.get("PORTAL_SMTP_HOST") else { return Ok(None) };
    let tls: SmtpTls = src
        .get("PORTAL_SMTP_TLS")
        .unwrap_or("starttls")
        .parse()
        .map_err(|_| bad("PORTAL_SMTP_TLS", "expected starttls, tls or none"))?;
    let default_port = match tls {
        SmtpTls::StartTls => 587,
        SmtpTls::Tls => 465,
        SmtpTls::None => 25,
    };
    let port = match src.get("PORTAL_SMTP_PORT") {
        None => default_port,
        Some(p) => {
            p.parse().ok().filter(|p| *p > 0).ok_or_else(|| bad("PORTAL_SMTP_PORT", "expected a port number"))?
        }
    };
    let from = src.get("PORTAL_MAIL_FROM").ok_or_else(|| bad("PORTAL_MAIL_FROM", "required with PORTAL_SMTP_HOST"))?;
    if !from.contains('@') {
        return Err(bad("PORTAL_MAIL_FROM", "expected an address, for example \"Cổng DVC <noreply@sonla.gov.vn>\""));
    }
    let username = src.get("PORTAL_SMTP_USERNAME").map(str::to_owned);
    let password = src.get("PORTAL_SMTP_PASSWORD").map(str::to_owned);
    if username.is_some() != password.is_some() {
        return Err(bad("PORTAL_SMTP_PASSWORD", "PORTAL_SMTP_USERNAME and PORTAL_SMTP_PASSWORD go together"));
    }
    Ok(Some(SmtpSettings {
        host: host.to_owned(),
        port,
        tls,
        username,
        password,
        from: from.to_owned(),
        timeout: std::time::Duration::from_secs(20),
    }))
}

/// The national portal's sync endpoint, when configured (`services::national_sync`).
pub fn national_sync(src: &Source) -> Result<Option<crate::services::national_sync::SyncSettings>, ConfigError> {
    let Some(url) = src.get("PORTAL_NATIONAL_SYNC_URL") else { return Ok(None) };
    let url: url::Url = url
        .parse()
        .ok()
        .filter(|u: &url::Url| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| bad("PORTAL_NATIONAL_SYNC_URL", "expected an http(s) address"))?;
    let timeout =
        match src.get("PORTAL_NATIONAL_SYNC_TIMEOUT_SECONDS") {
            None => 10,
            Some(v) => v.parse::<u64>().ok().filter(|n| (1..=60).contains(n)).ok_or_else(|| {
                bad("PORTAL_NATIONAL_SYNC_TIMEOUT_SECONDS", "expected a number of seconds from 1 to 60")
            })?,
        };
    Ok(Some(crate::services::national_sync::SyncSettings {
        url,
        token: src.get("PORTAL_NATIONAL_SYNC_TOKEN").map(str::to_owned),
        timeout: std::time::Duration::from_secs(timeout),
    }))
}

/// A network (an address with a prefix length) of trusted reverse proxies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl Network {
    pub fn parse(s: &str) -> Option<Network> {
        let (addr, prefix) = match s.trim().split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, p.parse::<u8>().ok()?),
            None => {
                let a = s.trim().parse::<IpAddr>().ok()?;
                (a, if a.is_ipv4() { 32 } else { 128 })
            }
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        (prefix <= max).then_some(Network { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// IPv4 addresses arriving as IPv4-mapped IPv6 (dual-stack sockets) compare as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

pub fn trusted_proxies(src: &Source) -> Result<Vec<Network>, ConfigError> {
    let Some(list) = src.get("PORTAL_TRUSTED_PROXIES") else { return Ok(Vec::new()) };
    list.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            Network::parse(s)
                .ok_or_else(|| bad("PORTAL_TRUSTED_PROXIES", format!("{s:?} is not an address or network")))
        })
        .collect()
}

/// The client's address: the peer, unless the peer is a trusted proxy; then the nearest address
/// in `X-Forwarded-For` that is not itself a trusted proxy (the leftmost entries can be forged by
/// the client, so the list is read from the right).
pub fn client_address(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[Network]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return canonical(peer);
    }
    let mut client = peer;
    for hop in forwarded_for.unwrap_or_default().rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(ip) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    canonical(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn networks_contain_their_addresses() {
        let n = Network::parse("10.0.0.0/8").unwrap();
        assert!(n.contains(ip("10.200.1.2")));
        assert!(n.contains(ip("::ffff:10.1.1.1")));
        assert!(!n.contains(ip("11.0.0.1")));
        assert!(Network::parse("127.0.0.1").unwrap().contains(ip("127.0.0.1")));
        assert!(Network::parse("fd00::/8").unwrap().contains(ip("fd12::1")));
        assert!(Network::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert_eq!(Network::parse("10.0.0.0/33"), None);
        assert_eq!(Network::parse("proxy"), None);
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted = vec![Network::parse("10.0.0.0/8").unwrap()];
        // Direct client: the header is the client's own words, ignored.
        assert_eq!(client_address(ip("203.0.113.9"), Some("1.2.3.4"), &trusted), ip("203.0.113.9"));
        // Through the proxy: the address the proxy saw.
        assert_eq!(client_address(ip("10.0.0.2"), Some("198.51.100.7"), &trusted), ip("198.51.100.7"));
        // A forged entry on the left is skipped; the nearest untrusted hop wins.
        assert_eq!(
            client_address(ip("10.0.0.2"), Some("1.1.1.1, 198.51.100.7, 10.0.0.3"), &trusted),
            ip("198.51.100.7")
        );
        // No header through a proxy: the proxy itself.
        assert_eq!(client_address(ip("10.0.0.2"), None, &trusted), ip("10.0.0.2"));
        // Nothing trusted: the peer, always.
        assert_eq!(client_address(ip("10.0.0.2"), Some("1.1.1.1"), &[]), ip("10.0.0.2"));
    }

    #[test]
    fn smtp_settings_are_checked() {
        let src = Source::from_pairs(&[
            ("PORTAL_SMTP_HOST", "mail.sonla.gov.vn"),
            ("PORTAL_MAIL_FROM", "noreply@sonla.gov.vn"),
        ]);
        let s = smtp(&src).unwrap().unwrap();
        assert_eq!((s.port, s.tls), (587, SmtpTls::StartTls));
        let bad_tls = Source::from_pairs(&[("PORTAL_SMTP_HOST", "h"), ("PORTAL_SMTP_TLS", "ssl3")]);
        assert_eq!(smtp(&bad_tls).unwrap_err().key, "PORTAL_SMTP_TLS");
        let no_from = Source::from_pairs(&[("PORTAL_SMTP_HOST", "h")]);
        assert_eq!(smtp(&no_from).unwrap_err().key, "PORTAL_MAIL_FROM");
        let half = Source::from_pairs(&[
            ("PORTAL_SMTP_HOST", "h"),
            ("PORTAL_MAIL_FROM", "a@b.vn"),
            ("PORTAL_SMTP_USERNAME", "u"),
        ]);
        assert_eq!(smtp(&half).unwrap_err().key, "PORTAL_SMTP_PASSWORD");
    }

    #[test]
    fn oidc_needs_a_client_id() {
        let base = url::Url::parse("https://dichvucong.sonla.gov.vn").unwrap();
        let src = Source::from_pairs(&[("PORTAL_OIDC_ISSUER", "https://vneid.example")]);
        assert_eq!(federated(&src, &base).unwrap_err().key, "PORTAL_OIDC_CLIENT_ID");
        let ok = Source::from_pairs(&[("PORTAL_OIDC_ISSUER", "https://vneid.example"), ("PORTAL_OIDC_CLIENT_ID", "c")]);
        let f = federated(&ok, &base).unwrap().unwrap();
        assert_eq!(f.settings.redirect_url.as_str(), "https://dichvucong.sonla.gov.vn/dang-nhap/vneid/callback");
        assert_eq!(f.label, "VNeID");
    }
}
