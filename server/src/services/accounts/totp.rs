//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), the second
//! factor every officer must use, and the one-time recovery codes for a lost authenticator.
//!
//! Written out rather than taken from a crate because it is twenty lines over `hmac`, and the
//! parameters are the ones every authenticator app accepts; the tests hold it to the RFC's
//! published vectors.

use hmac::{Hmac, Mac};
use rand::Rng;
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
/// Steps of clock drift accepted either side of now.
const DRIFT_STEPS: i64 = 1;
const DIGITS: u32 = 6;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A new 160-bit secret, base32 without padding (the form authenticator apps take).
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::rng().random();
    base32_encode(&bytes)
}

/// The `otpauth://` URI an authenticator app reads from the QR code.
pub fn provisioning_uri(secret: &str, issuer: &str, account_label: &str) -> String {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>().replace('+', "%20");
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        enc(issuer),
        enc(account_label),
        enc(issuer)
    )
}

/// The QR code of `text` as an SVG document (drawn on the server; no script, no image file).
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
}

/// The step `unix_seconds` falls in.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The code for one step.
pub fn code_at_step(secret: &str, step: i64) -> Option<String> {
    let key = base32_decode(secret)?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary =
        u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    Some(format!("{:0width$}", binary % 10u32.pow(DIGITS), width = DIGITS as usize))
}

/// The step whose code `code` is, within the drift window around `now_step`, and later than
/// `last_used_step` (a code works once). Compared in constant time.
pub fn matching_step(secret: &str, code: &str, now_step: i64, last_used_step: Option<i64>) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut found = None;
    for step in now_step - DRIFT_STEPS..=now_step + DRIFT_STEPS {
        if last_used_step.is_some_and(|last| step <= last) {
            continue;
        }
        if let Some(expected) = code_at_step(secret, step)
            && shared::secret::same(expected.as_bytes(), code.as_bytes())
            && found.is_none()
        {
            found = Some(step);
        }
    }
    found
}

/// Ten recovery codes like `k7q2m-x9p4t`: 50 random bits each, shown once, stored as SHA-256.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..10)
        .map(|_| {
            let mut s: String = (0..10).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect();
            s.insert(5, '-');
            s
        })
        .collect()
}

/// The form a recovery code is hashed in: lower case, without spaces or dashes, so a code typed
/// as `K7Q2M X9P4T` matches.
pub fn normalize_recovery_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|&c| c != b'=' && c != b' ') {
        let value = BASE32.iter().position(|&x| x == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 key "12345678901234567890", last six digits of each vector.
    #[test]
    fn rfc_6238_vectors() {
        let secret = base32_encode(b"12345678901234567890");
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at_step(&secret, step_at(time)).as_deref(), Some(code), "t={time}");
        }
    }

    #[test]
    fn base32_round_trips() {
        for len in 0..25 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base32_decode(&base32_encode(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert!(base32_decode("not base32!").is_none());
    }

    #[test]
    fn a_code_works_within_the_window_and_only_once() {
        let secret = new_secret();
        let now = 1_000_000;
        let code = code_at_step(&secret, now - 1).unwrap();
        assert_eq!(matching_step(&secret, &code, now, None), Some(now - 1));
        assert_eq!(matching_step(&secret, &format!(" {} ", &code), now, None), Some(now - 1));
        assert_eq!(matching_step(&secret, &code, now, Some(now - 1)), None, "replayed");
        assert_eq!(matching_step(&secret, &code, now + 2, None), None, "too old");
        assert_eq!(matching_step(&secret, "12345", now, None), None);
        assert_eq!(matching_step(&secret, "abcdef", now, None), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalize() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let set: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(set.len(), 10);
        assert_eq!(normalize_recovery_code(" K7Q2M-x9p4t "), "k7q2mx9p4t");
    }

    #[test]
    fn the_uri_names_issuer_and_account() {
        let uri = provisioning_uri("JBSWY3DPEHPK3PXP", "Cổng DVC Sơn La", "a@b.vn");
        assert!(
            uri.starts_with(
                "otpauth://totp/C%E1%BB%95ng%20DVC%20S%C6%A1n%20La:a%40b.vn?secret=JBSWY3DPEHPK3PXP&issuer="
            )
        );
        assert!(qr_svg(&uri).unwrap().contains("<svg"));
    }
}
