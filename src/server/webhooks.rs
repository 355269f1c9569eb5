//! Webhook signatures, as merchants verify them.
//!
//! Every delivery carries two header sets, one signature per active secret in each:
//! - `Vinr-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">` (key: the whole
//!   `whsec_...` secret), matching the seed's `vinr.webhooks.verify(payload, signature)`;
//! - Standard Webhooks v1: `webhook-id`, `webhook-timestamp` and
//!   `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` (key: the base64
//!   part of the secret, decoded).
use std::time::Duration;

use super::secrets::{constant_time_eq, hex, hmac_sha256 as hmac};
use base64::{engine::general_purpose::STANDARD, Engine};

/// Why a webhook was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the signature header is missing parts or malformed")]
    BadHeader,
    #[error("no signature in the header matches the payload and secret")]
    NoMatchingSignature,
    #[error("the signature's timestamp is outside the tolerance")]
    TimestampOutsideTolerance,
    #[error("the payload is not a JSON event")]
    BadPayload,
}

/// How far a signature's timestamp may be from now by default: five minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// A new signing secret: `whsec_` + base64 of 32 random bytes.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the OS random number generator is unavailable");
    format!("whsec_{}", STANDARD.encode(bytes))
}

/// The `Vinr-Signature` header for `payload` at `timestamp`, one `v1` per secret.
pub fn vinr_signature(payload: &[u8], secrets: &[&str], timestamp: i64) -> String {
    let t = timestamp.to_string();
    let mut header = format!("t={t}");
    for secret in secrets {
        let signature = hmac(secret.as_bytes(), &[t.as_bytes(), b".", payload]);
        header.push_str(&format!(",v1={}", hex(&signature)));
    }
    header
}

/// The Standard Webhooks key of a `whsec_` secret: its base64 part, decoded.
fn standard_key(secret: &str) -> Option<Vec<u8>> {
    STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap_or(secret))
        .ok()
}

/// The `webhook-signature` header (Standard Webhooks v1), one signature per secret.
pub fn standard_signature(id: &str, timestamp: i64, payload: &[u8], secrets: &[&str]) -> String {
    let t = timestamp.to_string();
    secrets
        .iter()
        .filter_map(|secret| standard_key(secret))
        .map(|key| {
            let signature = hmac(&key, &[id.as_bytes(), b".", t.as_bytes(), b".", payload]);
            format!("v1,{}", STANDARD.encode(signature))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_time(timestamp: i64, now: i64, tolerance: Duration) -> Result<(), VerifyError> {
    let tolerance = i64::try_from(tolerance.as_secs()).unwrap_or(i64::MAX);
    if (now - timestamp).abs() > tolerance {
        return Err(VerifyError::TimestampOutsideTolerance);
    }
    Ok(())
}

fn parse_event(payload: &[u8]) -> Result<serde_json::Value, VerifyError> {
    serde_json::from_slice(payload).map_err(|_| VerifyError::BadPayload)
}

/// Verifies a `Vinr-Signature` header against `secret` and returns the event.
pub fn verify(
    payload: &[u8],
    header: &str,
    secret: &str,
    tolerance: Duration,
) -> Result<serde_json::Value, VerifyError> {
    verify_at(payload, header, secret, tolerance, now())
}

/// [`verify`] at a given time (unix seconds).
pub fn verify_at(
    payload: &[u8],
    header: &str,
    secret: &str,
    tolerance: Duration,
    now: i64,
) -> Result<serde_json::Value, VerifyError> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => {
                timestamp = Some(value.parse::<i64>().map_err(|_| VerifyError::BadHeader)?)
            }
            Some(("v1", value)) => signatures.push(value.to_string()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(VerifyError::BadHeader)?;
    if signatures.is_empty() {
        return Err(VerifyError::BadHeader);
    }
    let expected = hex(&hmac(
        secret.as_bytes(),
        &[timestamp.to_string().as_bytes(), b".", payload],
    ));
    if !signatures
        .iter()
        .any(|candidate| constant_time_eq(candidate.as_bytes(), expected.as_bytes()))
    {
        return Err(VerifyError::NoMatchingSignature);
    }
    check_time(timestamp, now, tolerance)?;
    parse_event(payload)
}

/// Verifies Standard Webhooks headers (`webhook-id`, `webhook-timestamp`,
/// `webhook-signature`) against `secret` and returns the event.
pub fn verify_standard(
    payload: &[u8],
    id: &str,
    timestamp: &str,
    signature: &str,
    secret: &str,
    tolerance: Duration,
) -> Result<serde_json::Value, VerifyError> {
    verify_standard_at(payload, id, timestamp, signature, secret, tolerance, now())
}

/// [`verify_standard`] at a given time (unix seconds).
pub fn verify_standard_at(
    payload: &[u8],
    id: &str,
    timestamp: &str,
    signature: &str,
    secret: &str,
    tolerance: Duration,
    now: i64,
) -> Result<serde_json::Value, VerifyError> {
    let timestamp: i64 = timestamp
        .trim()
        .parse()
        .map_err(|_| VerifyError::BadHeader)?;
    let key = standard_key(secret).ok_or(VerifyError::BadHeader)?;
    let expected = STANDARD.encode(hmac(
        &key,
        &[
            id.as_bytes(),
            b".",
            timestamp.to_string().as_bytes(),
            b".",
            payload,
        ],
    ));
    let candidates: Vec<&str> = signature
        .split_whitespace()
        .filter_map(|part| part.strip_prefix("v1,"))
        .collect();
    if candidates.is_empty() {
        return Err(VerifyError::BadHeader);
    }
    if !candidates
        .iter()
        .any(|candidate| constant_time_eq(candidate.as_bytes(), expected.as_bytes()))
    {
        return Err(VerifyError::NoMatchingSignature);
    }
    check_time(timestamp, now, tolerance)?;
    parse_event(payload)
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = br#"{"id":"evt_1","object":"event","type":"subscription.updated"}"#;
    const NOW: i64 = 1_795_564_800;

    #[test]
    fn vinr_signatures_verify_with_either_active_secret() {
        let (old, new) = (new_secret(), new_secret());
        assert!(old.starts_with("whsec_") && old.len() > 6 + 32);
        let header = vinr_signature(BODY, &[&new, &old], NOW);
        assert_eq!(header.matches("v1=").count(), 2);
        for secret in [&old, &new] {
            let event = verify_at(BODY, &header, secret, DEFAULT_TOLERANCE, NOW + 10).unwrap();
            assert_eq!(event["id"], "evt_1");
        }
        assert_eq!(
            verify_at(BODY, &header, &new_secret(), DEFAULT_TOLERANCE, NOW),
            Err(VerifyError::NoMatchingSignature)
        );
        let tampered = br#"{"id":"evt_2","object":"event","type":"subscription.updated"}"#;
        assert_eq!(
            verify_at(tampered, &header, &new, DEFAULT_TOLERANCE, NOW),
            Err(VerifyError::NoMatchingSignature)
        );
        assert_eq!(
            verify_at(BODY, &header, &new, DEFAULT_TOLERANCE, NOW + 301),
            Err(VerifyError::TimestampOutsideTolerance)
        );
        assert_eq!(
            verify_at(BODY, "v1=abc", &new, DEFAULT_TOLERANCE, NOW),
            Err(VerifyError::BadHeader)
        );
        assert_eq!(
            verify_at(BODY, "t=x,v1=abc", &new, DEFAULT_TOLERANCE, NOW),
            Err(VerifyError::BadHeader)
        );
    }

    #[test]
    fn standard_webhooks_signatures_verify() {
        let secret = new_secret();
        let header = standard_signature("evt_1", NOW, BODY, &[&secret]);
        assert!(header.starts_with("v1,"));
        let event = verify_standard_at(
            BODY,
            "evt_1",
            &NOW.to_string(),
            &header,
            &secret,
            DEFAULT_TOLERANCE,
            NOW,
        )
        .unwrap();
        assert_eq!(event["type"], "subscription.updated");
        assert_eq!(
            verify_standard_at(
                BODY,
                "evt_2",
                &NOW.to_string(),
                &header,
                &secret,
                DEFAULT_TOLERANCE,
                NOW
            ),
            Err(VerifyError::NoMatchingSignature)
        );
        assert_eq!(
            verify_standard_at(
                BODY,
                "evt_1",
                &(NOW - 400).to_string(),
                &standard_signature("evt_1", NOW - 400, BODY, &[&secret]),
                &secret,
                DEFAULT_TOLERANCE,
                NOW
            ),
            Err(VerifyError::TimestampOutsideTolerance)
        );
    }

    #[test]
    fn the_standard_webhooks_reference_vector_verifies() {
        // From the Standard Webhooks specification's test vectors.
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let payload = br#"{"test": 2432232314}"#;
        let signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        assert!(verify_standard_at(
            payload,
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            signature,
            secret,
            DEFAULT_TOLERANCE,
            1_614_265_330
        )
        .is_ok());
    }
}
