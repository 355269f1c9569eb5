//! Randomness from the OS CSPRNG, the fast hash under which secrets are stored, and the
//! HMAC, hex and comparison helpers that signatures and tokens share.
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::domain::ids::{self, ID_RANDOM_BYTES, SECRET_RANDOM_BYTES};

fn random_bytes<const N: usize>() -> [u8; N] {
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
    fn secrets_are_unique_and_long() {
        let a = new_secret();
        assert_eq!(a.len(), 43);
        assert_ne!(a, new_secret());
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash_secret("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
