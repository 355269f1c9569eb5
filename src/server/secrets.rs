//! Randomness from the OS CSPRNG and the fast hash under which secrets are stored.
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

/// SHA-256 in lowercase hex. Secrets here are 256-bit random values, so a fast unsalted
/// hash is enough to make a leaked table useless while keeping lookups cheap.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        use std::fmt::Write;
        let _ = write!(hex, "{byte:02x}");
    }
    hex
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
