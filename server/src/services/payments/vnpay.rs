//! The VNPay 2.1.0 protocol, as the domain notes describe it (`../shared/domain.md` §6.2 in the
//! project's brief; VNPay's sandbox documentation and its official PHP and Node demos):
//!
//! - a payment is a redirect whose query carries the `vnp_*` parameters and `vnp_SecureHash`:
//!   every `vnp_*` parameter but the hash itself, sorted by key (ASCII), each key and value
//!   form-URL-encoded (space as `+`, as PHP's `urlencode`), joined as `k=v&k=v`, signed with
//!   HMAC-SHA512 under the merchant's secret, hex;
//! - the browser's return and the server-to-server IPN carry the result signed the same way;
//! - `querydr` and `refund` are JSON requests whose hash covers fixed fields joined by `|`.
//!
//! The same functions serve the merchant side (the portal) and the built-in sandbox gateway,
//! so both sides of every message are checked by one implementation held to fixed vectors.

use hmac::{Hmac, Mac};
use sha2::Sha512;
use std::collections::BTreeMap;

pub const VERSION: &str = "2.1.0";
pub const HASH_FIELD: &str = "vnp_SecureHash";
const HASH_TYPE_FIELD: &str = "vnp_SecureHashType";

/// PHP's `urlencode`: ASCII letters, digits and `-_.` stay; a space becomes `+`; every other
/// byte of the UTF-8 text becomes `%XX` (upper-case hex).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The text that is signed: the `vnp_*` parameters but the hash, sorted, encoded, joined.
pub fn hash_data<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let sorted: BTreeMap<&str, &str> = params
        .into_iter()
        .filter(|(k, _)| k.starts_with("vnp_") && *k != HASH_FIELD && *k != HASH_TYPE_FIELD)
        .collect();
    sorted.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

/// HMAC-SHA512 of `data` under `secret`, lower-case hex.
pub fn hmac_hex(secret: &str, data: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha512>::new_from_slice(secret.as_bytes()) else { return String::new() };
    mac.update(data.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The query string of a signed redirect: the encoded parameters and their hash.
pub fn signed_query<'a>(secret: &str, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let data = hash_data(params);
    let hash = hmac_hex(secret, &data);
    format!("{data}&{HASH_FIELD}={hash}")
}

/// The received `vnp_*` parameters as one map, if their hash is valid and no `vnp_*` key comes
/// twice. Read values only from this map: with a key given twice, what is signed and what a
/// reader picks could differ, and a signed message could carry someone else's order.
pub fn verified(secret: &str, params: &[(String, String)]) -> Option<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for (k, v) in params.iter().filter(|(k, _)| k.starts_with("vnp_")) {
        if map.insert(k.clone(), v.clone()).is_some() {
            return None;
        }
    }
    verify(secret, params).then_some(map)
}

/// Whether the received parameters carry a valid hash (compared in constant time, any case).
pub fn verify(secret: &str, params: &[(String, String)]) -> bool {
    let Some(given) = params.iter().find(|(k, _)| k == HASH_FIELD).map(|(_, v)| v.to_ascii_lowercase()) else {
        return false;
    };
    let expected = hmac_hex(secret, &hash_data(params.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
    constant_time_eq(given.as_bytes(), expected.as_bytes())
}

/// The hash of a `querydr` or `refund` request or answer: fixed fields joined by `|`.
pub fn pipe_hash(secret: &str, fields: &[&str]) -> String {
    hmac_hex(secret, &fields.join("|"))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `vnp_Amount` is the amount in đồng × 100.
pub fn amount_field(dong: i64) -> String {
    dong.saturating_mul(100).to_string()
}

/// The đồng of a `vnp_Amount`, if it is a whole number of đồng.
pub fn dong_of(field: &str) -> Option<i64> {
    let hundredths: i64 = field.parse().ok()?;
    (hundredths >= 0 && hundredths % 100 == 0).then_some(hundredths / 100)
}

/// `vnp_OrderInfo` must be Vietnamese without diacritics and without special characters.
pub fn order_info(text: &str) -> String {
    shared::text::strip_marks(text)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == ' ' { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "SANDBOXSECRET0123456789ABCDEFGHIJ";

    fn payment() -> Vec<(&'static str, &'static str)> {
        vec![
            ("vnp_Version", "2.1.0"),
            ("vnp_Command", "pay"),
            ("vnp_TmnCode", "DEMO0001"),
            ("vnp_Amount", "20000000"),
            ("vnp_CreateDate", "20261122103000"),
            ("vnp_CurrCode", "VND"),
            ("vnp_IpAddr", "127.0.0.1"),
            ("vnp_Locale", "vn"),
            ("vnp_OrderInfo", "Thanh toan don hang :5"),
            ("vnp_OrderType", "other"),
            ("vnp_ReturnUrl", "https://dichvucong.sonla.gov.vn/thanh-toan/ket-qua"),
            ("vnp_TxnRef", "P20261122000017"),
            ("vnp_ExpireDate", "20261122104500"),
        ]
    }

    /// The vector was computed apart from this code, with Python's `hmac`/`hashlib` over the
    /// rule of VNPay's official PHP demo (`ksort`, `urlencode` of key and value, `&`-joined,
    /// `hash_hmac('sha512', …, vnp_HashSecret)`), quoted in the domain notes §6.2.
    #[test]
    fn payment_url_matches_the_php_demo_rule() {
        let data = hash_data(payment());
        assert_eq!(
            data,
            "vnp_Amount=20000000&vnp_Command=pay&vnp_CreateDate=20261122103000&vnp_CurrCode=VND&\
             vnp_ExpireDate=20261122104500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&\
             vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.sonla.gov.vn%2Fthanh-toan%2Fket-qua&\
             vnp_TmnCode=DEMO0001&vnp_TxnRef=P20261122000017&vnp_Version=2.1.0"
        );
        assert_eq!(
            hmac_hex(SECRET, &data),
            "40c743885929a9270e70d8bf2031d3ba7bc4a20b5b535127e475a9a38b2a8b2d\
             1a7d15e05c1c1f505d90c08c7d3f7f2f69db818dae03719d8e1d5aeb16447171"
        );
    }

    /// `querydr`: RequestId|Version|Command|TmnCode|TxnRef|TransactionDate|CreateDate|IpAddr|
    /// OrderInfo (the order of the domain notes §6.2), computed apart with Python's `hmac`.
    #[test]
    fn querydr_hash_joins_fixed_fields() {
        let fields = [
            "REQ0001",
            "2.1.0",
            "querydr",
            "DEMO0001",
            "P20261122000017",
            "20261122103000",
            "20261122120000",
            "127.0.0.1",
            "Truy van giao dich P20261122000017",
        ];
        assert_eq!(
            pipe_hash(SECRET, &fields),
            "7bfe9d41c44adb397a34809e137c6e7d9849d1f75fd9c1ec0d67a43ced14c33b\
             ec967852a47a506e709a3cbedde91743278e65245b7ab4f4264895cfb371ba3d"
        );
    }

    fn signed(params: &[(&str, &str)]) -> Vec<(String, String)> {
        let query = signed_query(SECRET, params.iter().copied());
        serde_urlencoded::from_str(&query).unwrap()
    }

    #[test]
    fn a_signed_message_verifies_and_a_tampered_one_does_not() {
        let mut message = signed(&payment());
        assert!(verify(SECRET, &message));
        assert!(!verify("another secret", &message));
        let amount = message.iter_mut().find(|(k, _)| k == "vnp_Amount").unwrap();
        amount.1 = "100".into();
        assert!(!verify(SECRET, &message), "a changed amount breaks the hash");
        let unsigned: Vec<(String, String)> =
            payment().into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
        assert!(!verify(SECRET, &unsigned), "no hash, no trust");
        // Upper-case hex is the same hash; parameters that are not VNPay's are not signed.
        let mut upper = signed(&payment());
        for (k, v) in &mut upper {
            if k == HASH_FIELD {
                *v = v.to_ascii_uppercase();
            }
        }
        upper.push(("utm_source".into(), "x".into()));
        assert!(verify(SECRET, &upper));
    }

    #[test]
    fn a_key_given_twice_is_never_trusted() {
        let mut message = signed(&payment());
        assert!(verified(SECRET, &message).is_some());
        // Someone puts another order's reference in front of a validly signed message.
        message.insert(0, ("vnp_TxnRef".into(), "P26112200000099".into()));
        assert!(verified(SECRET, &message).is_none());
    }

    #[test]
    fn amounts_and_order_info() {
        assert_eq!(amount_field(200_000), "20000000");
        assert_eq!(dong_of("20000000"), Some(200_000));
        assert_eq!(dong_of("20000050"), None, "no fractions of a đồng");
        assert_eq!(dong_of("-100"), None);
        assert_eq!(
            order_info("Phí lý lịch tư pháp: hồ sơ 000.00.13.H52-261122-0001"),
            "Phi ly lich tu phap ho so 000 00 13 H52 261122 0001"
        );
        assert_eq!(encode("a b~é"), "a+b%7E%C3%A9");
    }
}
