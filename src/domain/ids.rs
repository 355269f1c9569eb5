//! Object ids (`cust_...`, `bps_...`) and secret tokens, built from caller-supplied randomness
//! so that this module stays pure; the server feeds it bytes from the OS CSPRNG.

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Prefixes of the objects the product knows, as they appear in ids.
pub mod prefix {
    pub const MERCHANT: &str = "mer";
    pub const API_KEY: &str = "key";
    pub const CUSTOMER: &str = "cust";
    pub const PRODUCT: &str = "prod";
    pub const PRICE: &str = "price";
    pub const SUBSCRIPTION: &str = "sub";
    pub const PORTAL_CONFIGURATION: &str = "bpc";
    pub const PORTAL_SESSION: &str = "bps";
    pub const EVENT: &str = "evt";
    pub const COUPON: &str = "rwd";
    pub const INVOICE_ITEM: &str = "ii";
    pub const INVOICE: &str = "in";
    pub const PAYMENT_METHOD: &str = "pm";
    pub const TEST_CLOCK: &str = "clock";
    pub const TAX_ID: &str = "txi";
    pub const WEBHOOK_ENDPOINT: &str = "we";
    pub const WEBHOOK_DELIVERY: &str = "whd";
    pub const AUDIT_ENTRY: &str = "aud";
    pub const CUSTOM_DOMAIN: &str = "cdom";
    pub const DASHBOARD_USER: &str = "usr";
    /// Not stored: the `Request-Id` header of an API response, to quote in a support request.
    pub const REQUEST: &str = "req";
}

/// Random bytes behind an id: 16 bytes = 128 bits, enough that ids are never guessed or reused.
pub const ID_RANDOM_BYTES: usize = 16;
/// Random bytes behind a secret (portal session secret, cookie token, API key): 256 bits.
pub const SECRET_RANDOM_BYTES: usize = 32;

/// `prefix_` followed by the base62 encoding of `random`.
pub fn id_from_bytes(prefix: &str, random: &[u8]) -> String {
    format!("{prefix}_{}", base62(random))
}

/// A URL-safe secret token (base62, no padding) encoding all of `random`.
pub fn secret_from_bytes(random: &[u8]) -> String {
    base62(random)
}

/// Whether `id` has the given prefix and a non-empty body of id characters.
/// Used to reject malformed ids before they reach a query.
pub fn has_prefix(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('_'))
        .is_some_and(|body| {
            !body.is_empty()
                && body.len() <= 64
                && body
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        })
}

/// Base62 of a big-endian number, keeping leading zero bytes as leading '0' digits
/// so the output length only depends on the input length.
fn base62(bytes: &[u8]) -> String {
    // The fewest base62 digits that can hold every value of `bytes.len()` bytes.
    let width = (bytes.len() as f64 * 8.0 / 62f64.log2()).ceil() as usize;
    let mut number = bytes.to_vec();
    let mut digits = Vec::with_capacity(width);
    while digits.len() < width {
        let mut remainder: u32 = 0;
        for byte in number.iter_mut() {
            let accumulator = (remainder << 8) | u32::from(*byte);
            *byte = (accumulator / 62) as u8;
            remainder = accumulator % 62;
        }
        digits.push(BASE62[remainder as usize]);
    }
    digits.reverse();
    String::from_utf8(digits).expect("base62 alphabet is ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ids_carry_their_prefix() {
        let id = id_from_bytes(prefix::PORTAL_SESSION, &[7; ID_RANDOM_BYTES]);
        assert!(id.starts_with("bps_"));
        assert!(has_prefix(&id, prefix::PORTAL_SESSION));
        assert!(!has_prefix(&id, prefix::CUSTOMER));
    }

    #[test]
    fn all_zero_bytes_encode_as_zeros_of_full_width() {
        assert_eq!(secret_from_bytes(&[0; 4]), "000000");
    }

    #[test]
    fn a_secret_holds_at_least_128_bits() {
        let secret = secret_from_bytes(&[0xff; SECRET_RANDOM_BYTES]);
        // 62^len must be at least 2^256 for the encoding to be lossless.
        assert!(secret.len() as f64 * 62f64.log2() >= 256.0);
        const { assert!(SECRET_RANDOM_BYTES * 8 >= 128) };
    }

    #[test]
    fn has_prefix_rejects_malformed_ids() {
        assert!(!has_prefix("cust_", prefix::CUSTOMER));
        assert!(!has_prefix("cust", prefix::CUSTOMER));
        assert!(!has_prefix("cust_a b", prefix::CUSTOMER));
        assert!(!has_prefix("cust_'; drop table", prefix::CUSTOMER));
        assert!(has_prefix("cust_8sJ2kLpQ", prefix::CUSTOMER));
        assert!(has_prefix("prod_basic", prefix::PRODUCT));
    }

    proptest! {
        #[test]
        fn different_bytes_give_different_secrets(a in proptest::array::uniform32(any::<u8>()),
                                                  b in proptest::array::uniform32(any::<u8>())) {
            prop_assume!(a != b);
            prop_assert_ne!(secret_from_bytes(&a), secret_from_bytes(&b));
        }

        #[test]
        fn secret_length_is_fixed(a in proptest::array::uniform32(any::<u8>())) {
            prop_assert_eq!(secret_from_bytes(&a).len(), 43);
        }
    }
}
