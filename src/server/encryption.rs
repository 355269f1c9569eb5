//! Encryption at rest of the secrets merchants give us (their payment processor's keys):
//! AES-256-GCM under the operator's encryption key (`VINR_ENCRYPTION_KEY`, or a key file
//! made with mode 0600 on first start). The key never is in the database, so a copy of the
//! database alone reads no processor key.
use aes_gcm::{aead::Aead, Aes256Gcm, KeyInit, Nonce};
use anyhow::Context;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

use super::secrets::{hex, random_bytes, write_private_file};

/// What encrypted values start with: the scheme, so that a later one can replace it.
const PREFIX: &str = "aes256gcm.";
const NONCE_BYTES: usize = 12;

#[derive(Clone)]
pub struct EncryptionKey {
    key: [u8; 32],
}

impl std::fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EncryptionKey(..)")
    }
}

/// Why a value did not decrypt: another key, an altered value, or not an encrypted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the value does not decrypt with this encryption key (another key, or altered)")]
pub struct WrongKey;

impl EncryptionKey {
    /// A key from 64 hex digits (32 bytes), as `VINR_ENCRYPTION_KEY` holds it.
    pub fn from_hex(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        anyhow::ensure!(
            text.len() == 64 && text.bytes().all(|byte| byte.is_ascii_hexdigit()),
            "VINR_ENCRYPTION_KEY must be 64 hexadecimal digits (32 bytes), e.g. from `openssl rand -hex 32`"
        );
        let mut key = [0u8; 32];
        for (index, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[index * 2..index * 2 + 2], 16)
                .expect("checked to be hexadecimal");
        }
        Ok(Self { key })
    }

    /// A fresh random key (tests, and a first start that writes it to a key file).
    pub fn random() -> Self {
        Self {
            key: random_bytes::<32>(),
        }
    }

    /// The key file's key if it exists, else a new one written there with mode 0600.
    pub fn from_key_file(path: &std::path::Path) -> anyhow::Result<Self> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_hex(&text).with_context(|| {
                format!("the encryption key file {} is malformed", path.display())
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let key = Self::random();
                write_private_file(path, &hex(&key.key)).with_context(|| {
                    format!(
                        "could not create the encryption key file {}",
                        path.display()
                    )
                })?;
                tracing::info!(path = %path.display(), "created the encryption key file");
                Ok(key)
            }
            Err(error) => Err(error).with_context(|| {
                format!("could not read the encryption key file {}", path.display())
            }),
        }
    }

    /// `plaintext` encrypted with a random 96-bit nonce. `context` (a merchant id and what
    /// the value is) is authenticated with it, so a value copied to another row or merchant
    /// does not decrypt there.
    pub fn encrypt(&self, context: &str, plaintext: &str) -> String {
        let nonce = random_bytes::<NONCE_BYTES>();
        let payload = aes_gcm::aead::Payload {
            msg: plaintext.as_bytes(),
            aad: context.as_bytes(),
        };
        let sealed = Aes256Gcm::new((&self.key).into())
            .encrypt(Nonce::from_slice(&nonce), payload)
            .expect("encrypting in memory does not fail");
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    /// What [`Self::encrypt`] encrypted under this key and `context`.
    pub fn decrypt(&self, context: &str, encrypted: &str) -> Result<String, WrongKey> {
        let bytes = encrypted
            .strip_prefix(PREFIX)
            .and_then(|body| URL_SAFE_NO_PAD.decode(body).ok())
            .filter(|bytes| bytes.len() > NONCE_BYTES)
            .ok_or(WrongKey)?;
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let payload = aes_gcm::aead::Payload {
            msg: ciphertext,
            aad: context.as_bytes(),
        };
        let plaintext = Aes256Gcm::new((&self.key).into())
            .decrypt(Nonce::from_slice(nonce), payload)
            .map_err(|_| WrongKey)?;
        String::from_utf8(plaintext).map_err(|_| WrongKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_decrypt_only_with_their_key_and_context_and_unaltered() {
        let key = EncryptionKey::random();
        let secret = "sk_live_51Hxyz";
        let encrypted = key.encrypt("acct_1:stripe_secret_key", secret);
        assert!(!encrypted.contains(secret));
        assert_ne!(encrypted, key.encrypt("acct_1:stripe_secret_key", secret));
        assert_eq!(
            key.decrypt("acct_1:stripe_secret_key", &encrypted)
                .as_deref(),
            Ok(secret)
        );
        assert_eq!(
            EncryptionKey::random().decrypt("acct_1:stripe_secret_key", &encrypted),
            Err(WrongKey)
        );
        assert_eq!(
            key.decrypt("acct_2:stripe_secret_key", &encrypted),
            Err(WrongKey),
            "another merchant's row"
        );
        let mut altered = encrypted.clone().into_bytes();
        let last = altered.len() - 2;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert_eq!(
            key.decrypt("acct_1:stripe_secret_key", &altered),
            Err(WrongKey)
        );
        assert_eq!(
            key.decrypt("acct_1:stripe_secret_key", secret),
            Err(WrongKey)
        );
    }

    #[test]
    fn keys_come_from_hex_or_a_private_key_file() {
        assert!(EncryptionKey::from_hex("abc").is_err());
        assert!(EncryptionKey::from_hex(&"zz".repeat(32)).is_err());
        let key = EncryptionKey::from_hex(&"0f".repeat(32)).unwrap();
        let same = EncryptionKey::from_hex(&"0F".repeat(32)).unwrap();
        assert_eq!(
            same.decrypt("c", &key.encrypt("c", "x")).as_deref(),
            Ok("x")
        );

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/encryption-key");
        let first = EncryptionKey::from_key_file(&path).unwrap();
        let again = EncryptionKey::from_key_file(&path).unwrap();
        assert_eq!(
            again.decrypt("c", &first.encrypt("c", "x")).as_deref(),
            Ok("x")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
