//! The server key (`PORTAL_SECRET_KEY`): it encrypts what must be read back (an officer's TOTP
//! secret: the code cannot be checked without it; an agency's private signing key) and keys the hash of what need only be
//! recognised (recovery codes, 50 random bits each: a plain hash of them could be reversed by
//! brute force from a stolen database). A database dump alone then yields neither.
//!
//! Three subkeys are derived from it, one per use, so a value made for one can never pass for the
//! other. Encryption is ChaCha20-Poly1305 (ring) with a random nonce per value and the owning
//! account's (or agency's) id as associated data (a sealed secret moved to another account's row does not
//! open), stored as `v1:<hex nonce><hex ciphertext+tag>`. A value without the `v1:` mark is a
//! secret stored before encryption existed (or by the benchmark's seed) and is read as it is,
//! then sealed at its next use.

use crate::config::security::KeySource;
use hmac::{Hmac, Mac};
use ring::aead::{self, Aad, LessSafeKey, Nonce, UnboundKey};
use sha2::Sha256;

const SEALED: &str = "v1:";

pub struct ServerKey {
    sealing: LessSafeKey,
    marking: [u8; 32],
    /// Seals an agency's private signing key (`services::signatures`), the agency's id bound in.
    signing: LessSafeKey,
}

impl ServerKey {
    /// The configured key, or the demo's key file (created with a random key on first start).
    pub fn load(source: &KeySource) -> anyhow::Result<Self> {
        let master = match source {
            KeySource::Configured(key) => *key,
            KeySource::DemoFile(path) => demo_key(path)?,
        };
        Ok(Self::from_master(&master))
    }

    pub fn from_master(master: &[u8; 32]) -> Self {
        Self {
            sealing: aead_key(&derive(master, b"totp-secret-sealing")),
            marking: derive(master, b"recovery-code-marking"),
            signing: aead_key(&derive(master, b"signing-key-sealing")),
        }
    }

    /// `plain`, a secret of account `owner`, encrypted for storing.
    pub fn seal_for(&self, owner: i64, plain: &str) -> String {
        seal(&self.sealing, owner, plain.as_bytes())
    }

    /// What `stored`, a secret of account `owner`, holds: decrypted, or as it is if it was stored
    /// before encryption; `None` if it was tampered with, sealed under another key or for another
    /// account.
    pub fn open_for(&self, owner: i64, stored: &str) -> Option<String> {
        let Some(sealed) = stored.strip_prefix(SEALED) else { return Some(stored.to_owned()) };
        String::from_utf8(open(&self.sealing, owner, sealed)?).ok()
    }

    /// `key`, agency `agency`'s private signing key (PKCS#8), encrypted for storing.
    pub fn seal_signing_key(&self, agency: i64, key: &[u8]) -> String {
        seal(&self.signing, agency, key)
    }

    /// The private key sealed in `stored` for agency `agency`; `None` if it was tampered with,
    /// sealed under another server key or for another agency (never read as plain text).
    pub fn open_signing_key(&self, agency: i64, stored: &str) -> Option<Vec<u8>> {
        open(&self.signing, agency, stored.strip_prefix(SEALED)?)
    }

    /// Whether `stored` still needs sealing (kept from before encryption).
    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(SEALED)
    }

    /// A keyed hash of `value` (hex), to recognise it later without keeping it.
    pub fn mark(&self, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.marking).unwrap_or_else(|_| unreachable!());
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

fn aead_key(key: &[u8; 32]) -> LessSafeKey {
    UnboundKey::new(&aead::CHACHA20_POLY1305, key)
        .map(LessSafeKey::new)
        .unwrap_or_else(|_| unreachable!("a 32-byte key fits ChaCha20-Poly1305"))
}

/// `plain` encrypted under `key` with a random nonce, `owner` bound in, marked `v1:`.
fn seal(key: &LessSafeKey, owner: i64, plain: &[u8]) -> String {
    let nonce_bytes: [u8; 12] = rand::random();
    let mut data = plain.to_vec();
    key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce_bytes), Aad::from(owner.to_le_bytes()), &mut data)
        .unwrap_or_else(|_| unreachable!("sealing a short value cannot fail"));
    format!("{SEALED}{}{}", hex::encode(nonce_bytes), hex::encode(data))
}

/// What `sealed` (hex, without its mark) holds, if it opens under `key` for `owner`.
fn open(key: &LessSafeKey, owner: i64, sealed: &str) -> Option<Vec<u8>> {
    let bytes = hex::decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, data) = bytes.split_at(12);
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut data = data.to_vec();
    Some(key.open_in_place(nonce, Aad::from(owner.to_le_bytes()), &mut data).ok()?.to_vec())
}

fn derive(master: &[u8; 32], purpose: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(master).unwrap_or_else(|_| unreachable!());
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

/// The embedded demo's key: read from its file, or made and written there (owner-only) once.
fn demo_key(path: &std::path::Path) -> anyhow::Result<[u8; 32]> {
    if let Ok(text) = std::fs::read_to_string(path) {
        let bytes = hex::decode(text.trim()).ok().filter(|b| b.len() == 32);
        let bytes = bytes.ok_or_else(|| anyhow::anyhow!("{} is not a 64-hex-character key", path.display()))?;
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes);
        return Ok(key);
    }
    let key: [u8; 32] = rand::random();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => std::io::Write::write_all(&mut file, hex::encode(key).as_bytes())?,
        // Another process of the same demo wrote it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return demo_key(path),
        Err(e) => return Err(e.into()),
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_under_their_key_and_unaltered() {
        let key = ServerKey::from_master(&[7; 32]);
        let sealed = key.seal_for(42, "JBSWY3DPEHPK3PXP");
        assert!(ServerKey::is_sealed(&sealed) && !sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(sealed, key.seal_for(42, "JBSWY3DPEHPK3PXP"), "a fresh nonce each time");
        assert_eq!(key.open_for(42, &sealed).as_deref(), Some("JBSWY3DPEHPK3PXP"));
        assert_eq!(key.open_for(43, &sealed), None, "moved to another account's row");
        assert_eq!(ServerKey::from_master(&[8; 32]).open_for(42, &sealed), None, "another key");
        let mut tampered = sealed.clone();
        tampered.replace_range(sealed.len() - 2.., "00");
        assert_eq!(key.open_for(42, &tampered), None);
        assert_eq!(key.open_for(42, "LEGACYPLAINTEXT").as_deref(), Some("LEGACYPLAINTEXT"));
    }

    #[test]
    fn signing_keys_open_only_for_their_agency_and_never_as_a_secret() {
        let key = ServerKey::from_master(&[7; 32]);
        let sealed = key.seal_signing_key(5, b"pkcs8 bytes");
        assert_eq!(key.open_signing_key(5, &sealed).as_deref(), Some(&b"pkcs8 bytes"[..]));
        assert_eq!(key.open_signing_key(6, &sealed), None, "another agency's row");
        assert_eq!(key.open_for(5, &sealed), None, "a subkey per use");
        assert_eq!(key.open_signing_key(5, &key.seal_for(5, "pkcs8 bytes")), None);
        assert_eq!(key.open_signing_key(5, "pkcs8 bytes"), None, "never read as plain text");
    }

    #[test]
    fn marks_depend_on_the_key() {
        let (a, b) = (ServerKey::from_master(&[1; 32]), ServerKey::from_master(&[2; 32]));
        assert_eq!(a.mark("ABCDE12345"), a.mark("ABCDE12345"));
        assert_ne!(a.mark("ABCDE12345"), b.mark("ABCDE12345"));
    }

    #[test]
    fn the_demo_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.key");
        let first = demo_key(&path).unwrap();
        assert_eq!(demo_key(&path).unwrap(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
