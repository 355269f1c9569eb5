//! Randomness from the OS CSPRNG, the fast hash under which secrets are stored, and the
//! HMAC, hex and comparison helpers that signatures and tokens share.
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::domain::ids::{self, ID_RANDOM_BYTES, SECRET_RANDOM_BYTES};

/// `N` bytes from the operating system's random number generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).expect("the OS random number generator is unavailable");
    bytes
}

/// A fresh id such as `cust_4Xk...`.
pub fn new_id(prefix: &str) -> String {
    ids::id_from_bytes(prefix, &random_bytes::<ID_RANDOM_BYTES>())
}

/// A fresh 256-bit secret in URL-safe characters.
pub fn new_secret() -> String {
    ids::secret_from_bytes(&random_bytes::<SECRET_RANDOM_BYTES>())
}

/// A fresh 128-bit token in lowercase hex, for values people copy into other systems
/// (a DNS TXT record).
pub fn new_hex_token() -> String {
    hex(&random_bytes::<ID_RANDOM_BYTES>())
}

/// SHA-256 in lowercase hex. Secrets here are 256-bit random values, so a fast unsalted
/// hash is enough to make a leaked table useless while keeping lookups cheap.
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// HMAC-SHA256 of the concatenated `parts` under `key`.
pub fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().to_vec()
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares in time independent of where the first difference is.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Keys the server derives from the operator's secret (`VINR_SECRET_KEY_BASE`, or a key
/// file made on first start), never stored in the database: a database dump alone then
/// cannot forge a signed value or brute-force a fingerprint back to a card number.
#[derive(Clone)]
pub struct OperatorKeys {
    base: [u8; 32],
}

/// What a derived key is for; each purpose gets its own key, so that one use can never
/// stand in for another.
#[derive(Debug, Clone, Copy)]
pub enum KeyPurpose {
    /// Binds a plan-change preview to its confirmation in the portal.
    ChangeQuote,
    /// Card and IBAN fingerprints.
    Fingerprint,
    /// Links to receipt PDFs that open without a session.
    ReceiptLink,
    /// Links in e-mails that open a portal session to confirm a waiting payment.
    PaymentConfirmationLink,
    /// Sealing dashboard users' TOTP secrets in the database.
    TotpSecret,
}

impl KeyPurpose {
    fn label(self) -> &'static [u8] {
        match self {
            KeyPurpose::ChangeQuote => b"vinr change quote v1",
            KeyPurpose::Fingerprint => b"vinr fingerprint v1",
            KeyPurpose::ReceiptLink => b"vinr receipt link v1",
            KeyPurpose::PaymentConfirmationLink => b"vinr payment confirmation link v1",
            KeyPurpose::TotpSecret => b"vinr totp secret v1",
        }
    }
}

impl std::fmt::Debug for OperatorKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OperatorKeys(..)")
    }
}

impl OperatorKeys {
    /// Keys from a secret of at least 32 bytes (the operator's `VINR_SECRET_KEY_BASE`).
    pub fn from_secret(secret: &[u8]) -> anyhow::Result<Self> {
        anyhow::ensure!(
            secret.len() >= 32,
            "VINR_SECRET_KEY_BASE must be at least 32 characters"
        );
        let mut base = [0u8; 32];
        base.copy_from_slice(&Sha256::digest(secret));
        Ok(Self { base })
    }

    /// Fresh random keys (tests, and a first start that writes them to a key file).
    pub fn random() -> Self {
        Self {
            base: random_bytes::<32>(),
        }
    }

    /// The key file's secret if it exists, else a new one written there with mode 0600.
    pub fn from_key_file(path: &std::path::Path) -> anyhow::Result<Self> {
        use anyhow::Context;
        match std::fs::read_to_string(path) {
            Ok(secret) => Self::from_secret(secret.trim().as_bytes())
                .with_context(|| format!("the key file {} is too short", path.display())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let secret = hex(&random_bytes::<32>());
                write_private_file(path, &secret)
                    .with_context(|| format!("could not create the key file {}", path.display()))?;
                tracing::info!(path = %path.display(), "created the operator key file");
                Self::from_secret(secret.as_bytes())
            }
            Err(error) => Err(error)
                .with_context(|| format!("could not read the key file {}", path.display())),
        }
    }

    /// The key for `purpose`, further bound to `context` (a merchant id, say).
    pub fn derive(&self, purpose: KeyPurpose, context: &str) -> [u8; 32] {
        let mac = hmac_sha256(&self.base, &[purpose.label(), b"\0", context.as_bytes()]);
        let mut key = [0u8; 32];
        key.copy_from_slice(&mac);
        key
    }
}

/// What sealed values start with: the scheme, so that a later one can replace it.
const SEALED_PREFIX: &str = "v1.";

/// `plaintext` sealed with `key` (XChaCha20-Poly1305 with a random 192-bit nonce): readable
/// and unforgeable only with the key, which never is in the database.
pub fn seal(key: &[u8; 32], plaintext: &[u8]) -> String {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use chacha20poly1305::{aead::Aead, KeyInit, XChaCha20Poly1305, XNonce};
    let nonce = random_bytes::<24>();
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(XNonce::from_slice(&nonce), plaintext)
        .expect("encrypting in memory does not fail");
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    format!("{SEALED_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// What [`seal`] sealed with `key`; `None` when it was sealed with another key, altered,
/// or is not a sealed value.
pub fn open(key: &[u8; 32], sealed: &str) -> Option<Vec<u8>> {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use chacha20poly1305::{aead::Aead, KeyInit, XChaCha20Poly1305, XNonce};
    let bytes = URL_SAFE_NO_PAD
        .decode(sealed.strip_prefix(SEALED_PREFIX)?)
        .ok()?;
    if bytes.len() < 24 {
        return None;
    }
    let (nonce, ciphertext) = bytes.split_at(24);
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), ciphertext)
        .ok()
}

/// Whether `value` is a sealed value (rather than one stored before sealing began).
pub fn is_sealed(value: &str) -> bool {
    value.starts_with(SEALED_PREFIX)
}

/// Writes `contents` to a new file readable only by its owner (mode 0600), creating the
/// folder when missing. Refuses to overwrite an existing file.
pub fn write_private_file(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed() {
        let a = new_id("bps");
        let b = new_id("bps");
        assert_ne!(a, b);
        assert!(crate::domain::ids::has_prefix(&a, "bps"));
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_unaltered() {
        let keys = OperatorKeys::random();
        let key = keys.derive(KeyPurpose::TotpSecret, "usr_a");
        let sealed = seal(&key, b"JBSWY3DPEHPK3PXP");
        assert!(is_sealed(&sealed) && !sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            sealed,
            seal(&key, b"JBSWY3DPEHPK3PXP"),
            "a fresh nonce each time"
        );
        assert_eq!(
            open(&key, &sealed).as_deref(),
            Some(&b"JBSWY3DPEHPK3PXP"[..])
        );
        // Another user's key, another operator's keys, a changed byte, a plain value: no.
        assert_eq!(
            open(&keys.derive(KeyPurpose::TotpSecret, "usr_b"), &sealed),
            None
        );
        let other = OperatorKeys::random().derive(KeyPurpose::TotpSecret, "usr_a");
        assert_eq!(open(&other, &sealed), None);
        let mut altered = sealed.clone().into_bytes();
        let last = altered.len() - 2;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(open(&key, &String::from_utf8(altered).unwrap()), None);
        assert_eq!(open(&key, "JBSWY3DPEHPK3PXP"), None);
        assert_eq!(open(&key, "v1.short"), None);
    }

    #[test]
    fn secrets_are_unique_and_long() {
        let a = new_secret();
        assert_eq!(a.len(), 43);
        assert_ne!(a, new_secret());
    }

    #[test]
    fn derived_keys_differ_by_purpose_and_context_and_repeat() {
        let keys = OperatorKeys::from_secret(&[7u8; 40]).unwrap();
        let a = keys.derive(KeyPurpose::ChangeQuote, "mer_a");
        assert_eq!(a, keys.derive(KeyPurpose::ChangeQuote, "mer_a"));
        assert_ne!(a, keys.derive(KeyPurpose::ChangeQuote, "mer_b"));
        assert_ne!(a, keys.derive(KeyPurpose::Fingerprint, "mer_a"));
        assert_ne!(
            a,
            OperatorKeys::random().derive(KeyPurpose::ChangeQuote, "mer_a")
        );
        assert!(OperatorKeys::from_secret(b"short").is_err());
    }

    #[test]
    fn key_file_is_created_private_and_read_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("vinr-keys-{}", new_hex_token()));
        let path = dir.join("secret-key-base");
        let first = OperatorKeys::from_key_file(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let again = OperatorKeys::from_key_file(&path).unwrap();
        assert_eq!(
            first.derive(KeyPurpose::ReceiptLink, "x"),
            again.derive(KeyPurpose::ReceiptLink, "x")
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash_secret("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
