//! Keys, certificates and the CMS signature a PAdES PDF carries (RFC 5652 SignedData, detached,
//! with the signed attributes ETSI EN 319 122 asks of a CAdES B-B signature: content type,
//! message digest and the signing certificate's hash). Keys are ECDSA P-256 or RSA in PKCS#8;
//! ring signs.

use super::der::{self, Element};
use chrono::NaiveDateTime;
use ring::rand::SystemRandom;
use ring::signature::{self as sig, EcdsaKeyPair, KeyPair, RsaKeyPair};
use sha2::{Digest, Sha256};

const SHA256: &[u64] = &[2, 16, 840, 1, 101, 3, 4, 2, 1];
const ECDSA_SHA256: &[u64] = &[1, 2, 840, 10045, 4, 3, 2];
const RSA_SHA256: &[u64] = &[1, 2, 840, 113549, 1, 1, 11];
const EC_PUBLIC_KEY: &[u64] = &[1, 2, 840, 10045, 2, 1];
const P256: &[u64] = &[1, 2, 840, 10045, 3, 1, 7];
const DATA: &[u64] = &[1, 2, 840, 113549, 1, 7, 1];
const SIGNED_DATA: &[u64] = &[1, 2, 840, 113549, 1, 7, 2];
const CONTENT_TYPE: &[u64] = &[1, 2, 840, 113549, 1, 9, 3];
const MESSAGE_DIGEST: &[u64] = &[1, 2, 840, 113549, 1, 9, 4];
const SIGNING_CERTIFICATE_V2: &[u64] = &[1, 2, 840, 113549, 1, 9, 16, 2, 47];
const COMMON_NAME: &[u64] = &[2, 5, 4, 3];
const ORGANIZATION: &[u64] = &[2, 5, 4, 10];
const COUNTRY: &[u64] = &[2, 5, 4, 6];
const KEY_USAGE: &[u64] = &[2, 5, 29, 15];
const BASIC_CONSTRAINTS: &[u64] = &[2, 5, 29, 19];

/// A private key that signs with SHA-256.
pub enum PrivateKey {
    Ec(EcdsaKeyPair),
    Rsa(RsaKeyPair),
}

impl PrivateKey {
    /// A new ECDSA P-256 key, as PKCS#8 to store.
    pub fn generate() -> Vec<u8> {
        EcdsaKeyPair::generate_pkcs8(&sig::ECDSA_P256_SHA256_ASN1_SIGNING, &SystemRandom::new())
            .map(|doc| doc.as_ref().to_vec())
            .unwrap_or_else(|_| unreachable!("the system's random source answers"))
    }

    /// The key in `pkcs8` (ECDSA P-256 or RSA), if it is one.
    pub fn from_pkcs8(pkcs8: &[u8]) -> Option<Self> {
        let rng = SystemRandom::new();
        if let Ok(key) = EcdsaKeyPair::from_pkcs8(&sig::ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8, &rng) {
            return Some(Self::Ec(key));
        }
        RsaKeyPair::from_pkcs8(pkcs8).ok().map(Self::Rsa)
    }

    fn sign(&self, message: &[u8]) -> Vec<u8> {
        let rng = SystemRandom::new();
        match self {
            Self::Ec(key) => key
                .sign(&rng, message)
                .map(|s| s.as_ref().to_vec())
                .unwrap_or_else(|_| unreachable!("ECDSA signing with a valid key cannot fail")),
            Self::Rsa(key) => {
                let mut out = vec![0; key.public().modulus_len()];
                key.sign(&sig::RSA_PKCS1_SHA256, &rng, message, &mut out)
                    .unwrap_or_else(|_| unreachable!("the buffer is the modulus' length"));
                out
            }
        }
    }

    /// The signature algorithm's identifier (RSA's carries an explicit NULL).
    fn algorithm(&self) -> Vec<u8> {
        match self {
            Self::Ec(_) => der::seq(&[&der::oid(ECDSA_SHA256)]),
            Self::Rsa(_) => der::seq(&[&der::oid(RSA_SHA256), &[0x05, 0x00]]),
        }
    }

    /// The public key as a certificate's subjectPublicKeyInfo holds it in its bit string.
    fn public_bits(&self) -> &[u8] {
        match self {
            Self::Ec(key) => key.public_key().as_ref(),
            Self::Rsa(key) => key.public().as_ref(),
        }
    }
}

/// What the signature needs to know of a certificate, read from its DER.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub der: Vec<u8>,
    /// The issuer's Name and the serial INTEGER, as encoded (they name the signer in CMS).
    issuer: Vec<u8>,
    serial: Vec<u8>,
    /// The public key's bits, to check a private key belongs to it.
    public_bits: Vec<u8>,
    pub subject: String,
    pub not_before: NaiveDateTime,
    pub not_after: NaiveDateTime,
}

impl Certificate {
    /// The certificate in `der`, if it is a well-formed X.509 certificate.
    pub fn parse(der: &[u8]) -> Option<Self> {
        let (cert, _) = der::read(der)?;
        let parts = der::children(cert.content)?;
        let tbs = der::children(parts.first()?.content)?;
        // The version is an optional [0]; after it: serial, algorithm, issuer, validity, subject, key.
        let at = usize::from(tbs.first()?.tag == 0xA0);
        let [serial, _, issuer, validity, subject, key] = tbs.get(at..at + 6)? else { return None };
        let validity = der::children(validity.content)?;
        let key_parts = der::children(key.content)?;
        let bits = key_parts.get(1).filter(|b| b.tag == 0x03)?.content.get(1..)?;
        Some(Self {
            der: cert.whole.to_vec(),
            issuer: issuer.whole.to_vec(),
            serial: serial.whole.to_vec(),
            public_bits: bits.to_vec(),
            subject: common_name(subject).unwrap_or_default(),
            not_before: parse_time(validity.first()?)?,
            not_after: parse_time(validity.get(1)?)?,
        })
    }

    /// Whether `key` is the private half of this certificate's public key.
    pub fn holds(&self, key: &PrivateKey) -> bool {
        self.public_bits == key.public_bits()
    }

    /// The SHA-256 of the certificate, hex (its fingerprint).
    pub fn fingerprint(&self) -> String {
        hex::encode(Sha256::digest(&self.der))
    }
}

/// The subject's common name (CN).
fn common_name(name: &Element<'_>) -> Option<String> {
    let wanted = der::oid(COMMON_NAME);
    for rdn in der::children(name.content)? {
        for pair in der::children(rdn.content)? {
            let [kind, value] = der::children(pair.content)?[..] else { continue };
            if kind.whole == wanted.as_slice() {
                return directory_string(&value);
            }
        }
    }
    None
}

/// A name's text: UTF8String, PrintableString, IA5String or BMPString (UTF-16).
fn directory_string(value: &Element<'_>) -> Option<String> {
    match value.tag {
        0x0C | 0x13 | 0x16 => std::str::from_utf8(value.content).ok().map(str::to_owned),
        0x1E if value.content.len().is_multiple_of(2) => {
            let units: Vec<u16> = value.content.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16(&units).ok()
        }
        _ => None,
    }
}

/// A certificate's time. UTCTime's two-digit year is 1950–2049 (RFC 5280), not chrono's `%y`.
fn parse_time(element: &Element<'_>) -> Option<NaiveDateTime> {
    let text = std::str::from_utf8(element.content).ok()?;
    match element.tag {
        0x17 => {
            let yy: i32 = text.get(..2)?.parse().ok()?;
            let century = if yy >= 50 { "19" } else { "20" };
            NaiveDateTime::parse_from_str(&format!("{century}{text}"), "%Y%m%d%H%M%SZ").ok()
        }
        0x18 => NaiveDateTime::parse_from_str(text, "%Y%m%d%H%M%SZ").ok(),
        _ => None,
    }
}

/// A self-signed certificate for an ECDSA `key`, named `name` (the agency) and marked as a
/// demo's in its organisation, valid from a day before `now` for ten years.
pub fn demo_certificate(key: &PrivateKey, name: &str, organisation: &str, now: NaiveDateTime) -> Vec<u8> {
    let dn = der::seq(&[
        &der::set_of(&[&der::seq(&[&der::oid(COUNTRY), &der::printable("VN")])]),
        &der::set_of(&[&der::seq(&[&der::oid(ORGANIZATION), &der::utf8(organisation)])]),
        &der::set_of(&[&der::seq(&[&der::oid(COMMON_NAME), &der::utf8(name)])]),
    ]);
    let serial: [u8; 16] = rand::random();
    let validity =
        der::seq(&[&der::time(now - chrono::Duration::days(1)), &der::time(now + chrono::Duration::days(3652))]);
    let spki = der::seq(&[&der::seq(&[&der::oid(EC_PUBLIC_KEY), &der::oid(P256)]), &der::bits(key.public_bits())]);
    // Key usage: digital signature and non-repudiation (bits 0 and 1); not a CA.
    let key_usage = der::seq(&[&der::oid(KEY_USAGE), &[0x01, 0x01, 0xFF], &der::octets(&der::tlv(0x03, &[6, 0xC0]))]);
    let not_ca = der::seq(&[&der::oid(BASIC_CONSTRAINTS), &der::octets(&der::seq(&[]))]);
    let tbs = der::seq(&[
        &der::explicit(0, &der::uint(&[2])),
        &der::uint(&serial),
        &key.algorithm(),
        &dn,
        &validity,
        &dn,
        &spki,
        &der::explicit(3, &der::seq(&[&key_usage, &not_ca])),
    ]);
    let signature = key.sign(&tbs);
    der::seq(&[&tbs, &key.algorithm(), &der::bits(&signature)])
}

/// The detached CMS SignedData (in its ContentInfo) of content whose SHA-256 is `digest`,
/// signed by `key` with certificate `cert`.
pub fn signed_data(key: &PrivateKey, cert: &Certificate, digest: &[u8]) -> Vec<u8> {
    let sha256 = der::seq(&[&der::oid(SHA256)]);
    let cert_hash = Sha256::digest(&cert.der);
    let attributes = [
        der::seq(&[&der::oid(CONTENT_TYPE), &der::set_of(&[&der::oid(DATA)])]),
        der::seq(&[&der::oid(MESSAGE_DIGEST), &der::set_of(&[&der::octets(digest)])]),
        // ESSCertIDv2 with SHA-256, the default algorithm, left out as DER wants.
        der::seq(&[
            &der::oid(SIGNING_CERTIFICATE_V2),
            &der::set_of(&[&der::seq(&[&der::seq(&[&der::seq(&[&der::octets(&cert_hash)])])])]),
        ]),
    ];
    let attributes: Vec<&[u8]> = attributes.iter().map(Vec::as_slice).collect();
    // Signed as a SET OF; placed in the SignerInfo under the implicit tag [0].
    let signed = der::set_of(&attributes);
    let signature = key.sign(&signed);
    let mut implicit = signed.clone();
    implicit[0] = 0xA0;
    let signer = der::seq(&[
        &der::uint(&[1]),
        &der::seq(&[&cert.issuer, &cert.serial]),
        &sha256,
        &implicit,
        &key.algorithm(),
        &der::octets(&signature),
    ]);
    let signed_data = der::seq(&[
        &der::uint(&[1]),
        &der::set_of(&[&sha256]),
        &der::seq(&[&der::oid(DATA)]),
        &der::explicit(0, &cert.der),
        &der::set_of(&[&signer]),
    ]);
    der::seq(&[&der::oid(SIGNED_DATA), &der::explicit(0, &signed_data)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_demo_certificate_reads_back_and_holds_its_key() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap().and_hms_opt(9, 0, 0).unwrap();
        let key = PrivateKey::from_pkcs8(&PrivateKey::generate()).unwrap();
        let der = demo_certificate(&key, "Sở Tư pháp", "Chứng thư thử nghiệm", now);
        let cert = Certificate::parse(&der).unwrap();
        assert_eq!(cert.subject, "Sở Tư pháp");
        assert_eq!(cert.not_after.date(), chrono::NaiveDate::from_ymd_opt(2036, 12, 6).unwrap());
        assert!(cert.holds(&key));
        let other = PrivateKey::from_pkcs8(&PrivateKey::generate()).unwrap();
        assert!(!cert.holds(&other), "another key is told apart");
        // The certificate's own signature verifies with its public key.
        let (whole, _) = der::read(&der).unwrap();
        let parts = der::children(whole.content).unwrap();
        let signature = &parts[2].content[1..];
        let public = sig::UnparsedPublicKey::new(&sig::ECDSA_P256_SHA256_ASN1, &cert.public_bits);
        assert!(public.verify(parts[0].whole, signature).is_ok());
        assert!(Certificate::parse(&der[..der.len() - 1]).is_none(), "a cut certificate is refused");
        assert!(cert.not_before < now && now < cert.not_after);
    }

    #[test]
    fn two_digit_years_are_of_1950_to_2049() {
        let time = |text: &str| parse_time(&der::read(&der::tlv(0x17, text.as_bytes())).unwrap().0).unwrap();
        assert_eq!(time("550101000000Z").date(), chrono::NaiveDate::from_ymd_opt(1955, 1, 1).unwrap());
        assert_eq!(time("491231235959Z").date(), chrono::NaiveDate::from_ymd_opt(2049, 12, 31).unwrap());
        let bmp = der::tlv(0x1E, &"Sở".encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<u8>>());
        assert_eq!(directory_string(&der::read(&bmp).unwrap().0).as_deref(), Some("Sở"));
    }
}
