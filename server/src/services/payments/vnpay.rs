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
/// `vnp_ResponseCode` of a payment the payer cancelled at the gateway.
pub const CANCELLED: &str = "24";
pub const HASH_FIELD: &str = "vnp_SecureHash";
const HASH_TYPE_FIELD: &str = "vnp_SecureHashType";

/// How a merchant library percent-encodes the text it signs. VNPay publishes demos in several
/// languages, each encoding with its platform's function, and a gateway signs what its own
/// library encodes: a message is accepted when its hash holds under any of them (each still
/// needs the merchant's secret, so accepting several weakens nothing). The portal itself signs
/// as PHP does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// PHP's `urlencode`: letters, digits and `-_.` stay, a space is `+`, every other byte of
    /// the UTF-8 text is `%XX`.
    Php,
    /// The Node demo: `encodeURIComponent` with `%20` turned into `+`, so `!~*'()` stay too.
    Node,
    /// The Java demo: `URLEncoder.encode(…, US_ASCII)`: `.-*_` stay, and a character outside
    /// ASCII becomes `?` (`%3F`).
    Java,
    /// The .NET demo: `WebUtility.UrlEncode`: `-_.!*()` stay.
    DotNet,
}

impl Encoding {
    pub const ALL: [Encoding; 4] = [Encoding::Php, Encoding::Node, Encoding::Java, Encoding::DotNet];

    fn keeps(self, byte: u8) -> bool {
        byte.is_ascii_alphanumeric()
            || match self {
                Encoding::Php => b"-_.".contains(&byte),
                Encoding::Node => b"-_.!~*'()".contains(&byte),
                Encoding::Java => b".-*_".contains(&byte),
                Encoding::DotNet => b"-_.!*()".contains(&byte),
            }
    }

    pub fn encode(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 3);
        for ch in text.chars() {
            if self == Encoding::Java && !ch.is_ascii() {
                out.push_str("%3F");
                continue;
            }
            let mut buf = [0u8; 4];
            for &byte in ch.encode_utf8(&mut buf).as_bytes() {
                match byte {
                    b' ' => out.push('+'),
                    b if self.keeps(b) => out.push(b as char),
                    b => out.push_str(&format!("%{b:02X}")),
                }
            }
        }
        out
    }
}

/// PHP's `urlencode`, as the portal signs.
pub fn encode(text: &str) -> String {
    Encoding::Php.encode(text)
}

/// The text that is signed: the `vnp_*` parameters but the hash, sorted, encoded, joined.
pub fn hash_data<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    hash_data_as(Encoding::Php, params)
}

fn hash_data_as<'a>(encoding: Encoding, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let sorted: BTreeMap<&str, &str> = params
        .into_iter()
        .filter(|(k, _)| k.starts_with("vnp_") && *k != HASH_FIELD && *k != HASH_TYPE_FIELD)
        .collect();
    sorted.iter().map(|(k, v)| format!("{}={}", encoding.encode(k), encoding.encode(v))).collect::<Vec<_>>().join("&")
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

/// Whether the received parameters carry a valid hash under one of the demos' encodings
/// (compared in constant time, any case).
pub fn verify(secret: &str, params: &[(String, String)]) -> bool {
    let Some(given) = params.iter().find(|(k, _)| k == HASH_FIELD).map(|(_, v)| v.to_ascii_lowercase()) else {
        return false;
    };
    Encoding::ALL.iter().fold(false, |any, &encoding| {
        let data = hash_data_as(encoding, params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        any | shared::secret::same(given.as_bytes(), hmac_hex(secret, &data).as_bytes())
    })
}

/// The hash of a `querydr` or `refund` request or answer: fixed fields joined by `|`.
/// A request to the gateway's API (`querydr`, `refund`): `fields` in the order the gateway joins
/// them for the signature, signed as `vnp_SecureHash`.
pub fn api_request(secret: &str, fields: &[(&str, &str)]) -> serde_json::Value {
    let values: Vec<&str> = fields.iter().map(|(_, v)| *v).collect();
    let mut body: serde_json::Map<String, serde_json::Value> =
        fields.iter().map(|(k, v)| ((*k).to_owned(), serde_json::Value::from(*v))).collect();
    body.insert("vnp_SecureHash".to_owned(), pipe_hash(secret, &values).into());
    body.into()
}

pub fn pipe_hash(secret: &str, fields: &[&str]) -> String {
    hmac_hex(secret, &fields.join("|"))
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

    /// One message signed by each of VNPay's published demos. The hashes were computed apart
    /// from this code, with Python's `hmac` over each demo's encoding rule (PHP `urlencode`;
    /// Node `encodeURIComponent` with `%20` → `+`; Java `URLEncoder` in US-ASCII; .NET
    /// `WebUtility.UrlEncode`), for an order text holding the characters they disagree on.
    #[test]
    fn each_published_demo_signature_is_accepted() {
        let params = [
            ("vnp_Amount", "20000000"),
            ("vnp_Command", "pay"),
            ("vnp_OrderInfo", "Thanh toan phi ho so (lan 1) ~ * ' ! 50%"),
            ("vnp_TmnCode", "SANDBOX1"),
            ("vnp_TxnRef", "P000001"),
            ("vnp_Version", "2.1.0"),
        ];
        let vectors = [
            (
                Encoding::Php,
                "7800bdf936d669d04058182f998be419bca029c929b75807ccdd2fd4b32a0dd2acf346be951dcb1b5e0fbeb0fb330f45485c7bdcb30087cfc386c7e4789a1f10",
            ),
            (
                Encoding::Node,
                "1a9e70cb6a8271ed5ef6f3c3c2ddf3acb32f5ad3a31ae04ae875699f8335f5a0f4a952c5861b44ef154a181610dfc76992652102e9b28c7ac7d30027f5657a88",
            ),
            (
                Encoding::Java,
                "07ca8e1a84e755bf92d57963e9164cb09566326800f85e6dd8aa7a7cdb0e2eba0619c8392988dccec89f98a24652522fabfb04e3b570f5a9a976abfdcebd5de7",
            ),
            (
                Encoding::DotNet,
                "db605df2cd89af098309929df3db62103d7c4b9778f15c6d6a44f185e3a4f6cfe725744f4daa716dce4bd034087083944b8eafa86523359e59f4a796dcaad246",
            ),
        ];
        for (encoding, hash) in vectors {
            assert_eq!(hmac_hex(SECRET, &hash_data_as(encoding, params)), hash, "{encoding:?}");
            let mut received: Vec<(String, String)> =
                params.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            received.push((HASH_FIELD.to_owned(), hash.to_owned()));
            assert!(verify(SECRET, &received), "{encoding:?} accepted");
            assert!(!verify("another secret", &received), "{encoding:?} still needs the secret");
        }
        assert_eq!(Encoding::Node.encode("(a) ~*'!"), "(a)+~*'!");
        assert_eq!(Encoding::Java.encode("Lò *"), "L%3F+*");
    }

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
