//! Stripe's webhooks: the `Stripe-Signature` check (HMAC-SHA256 of `{t}.{body}` with the
//! endpoint's signing secret, compared in constant time, five minutes' tolerance) and the
//! few fields of an event we act on.
use serde_json::Value;

use crate::server::secrets::{constant_time_eq, hex, hmac_sha256};

/// How old a signed event may be: Stripe's own libraries' default.
pub const TOLERANCE_SECONDS: i64 = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the Stripe-Signature header is missing or malformed")]
    Malformed,
    #[error("the signature is older than five minutes (or from the future)")]
    Stale,
    #[error("no signature matches this body and the signing secret")]
    Mismatch,
}

/// Checks `header` (`t=...,v1=...[,v1=...]`) against `body` and `secret` at `now`.
pub fn verify(header: &str, body: &[u8], secret: &str, now: i64) -> Result<(), SignatureError> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
            Some(("v1", value)) => signatures.push(value),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(SignatureError::Stale);
    }
    let expected = hex(&hmac_sha256(
        secret.as_bytes(),
        &[timestamp.to_string().as_bytes(), b".", body],
    ));
    // Every candidate is compared, so the time taken does not say which one matched.
    let matched = signatures.iter().fold(false, |matched, signature| {
        constant_time_eq(signature.as_bytes(), expected.as_bytes()) | matched
    });
    if matched {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

/// The header Stripe would send for `body` at `timestamp` (tests, and localstripe's check).
pub fn sign(body: &[u8], secret: &str, timestamp: i64) -> String {
    let signature = hex(&hmac_sha256(
        secret.as_bytes(),
        &[timestamp.to_string().as_bytes(), b".", body],
    ));
    format!("t={timestamp},v1={signature}")
}

/// What an event tells us, when it is one we act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcessorEvent {
    /// A payment (a debit that was processing, a payment the customer authenticated) paid.
    PaymentSucceeded { payment: String, invoice: String },
    /// A payment failed, perhaps days after it was made (a SEPA debit the bank returned).
    PaymentFailed {
        payment: String,
        invoice: String,
        code: String,
    },
    /// A payment method was detached at the processor (a mandate revoked, a card removed).
    MethodDetached { token: String },
    /// The network updated a saved card (a new expiry date).
    CardUpdated {
        token: String,
        exp_month: i64,
        exp_year: i64,
        last4: String,
    },
    /// Anything else: stored as seen, nothing to do.
    Other,
}

/// An event's id, type and what it tells us.
pub fn parse(event: &Value) -> Option<(String, String, ProcessorEvent)> {
    let id = event["id"].as_str()?.to_string();
    let kind = event["type"].as_str()?.to_string();
    let object = &event["data"]["object"];
    let text = |value: &Value| value.as_str().map(str::to_string);
    let told = match kind.as_str() {
        "payment_intent.succeeded" | "payment_intent.payment_failed" => {
            match (
                text(&object["id"]),
                text(&object["metadata"]["vinr_invoice"]),
            ) {
                (Some(payment), Some(invoice)) if kind == "payment_intent.succeeded" => {
                    ProcessorEvent::PaymentSucceeded { payment, invoice }
                }
                (Some(payment), Some(invoice)) => {
                    let error = &object["last_payment_error"];
                    let code = text(&error["decline_code"])
                        .or_else(|| text(&error["code"]))
                        .unwrap_or_else(|| "card_declined".to_string());
                    ProcessorEvent::PaymentFailed {
                        payment,
                        invoice,
                        code,
                    }
                }
                _ => ProcessorEvent::Other,
            }
        }
        "payment_method.detached" => match text(&object["id"]) {
            Some(token) => ProcessorEvent::MethodDetached { token },
            None => ProcessorEvent::Other,
        },
        "payment_method.updated" | "payment_method.automatically_updated" => {
            match (text(&object["id"]), object["card"].as_object()) {
                (Some(token), Some(card)) => ProcessorEvent::CardUpdated {
                    token,
                    exp_month: card.get("exp_month").and_then(Value::as_i64).unwrap_or(0),
                    exp_year: card.get("exp_year").and_then(Value::as_i64).unwrap_or(0),
                    last4: card
                        .get("last4")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                },
                _ => ProcessorEvent::Other,
            }
        }
        _ => ProcessorEvent::Other,
    };
    Some((id, kind, told))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";
    const BODY: &[u8] = br#"{"id":"evt_1","type":"payment_intent.succeeded"}"#;

    #[test]
    fn good_signatures_pass() {
        let header = sign(BODY, SECRET, 1_700_000_000);
        assert_eq!(verify(&header, BODY, SECRET, 1_700_000_010), Ok(()));
        // Several v1 signatures (a secret being rolled): one matching is enough.
        let rolled = format!("t=1700000000,v1={},{}", "ab".repeat(32), &header[13..]);
        assert_eq!(verify(&rolled, BODY, SECRET, 1_700_000_000), Ok(()));
    }

    #[test]
    fn stale_tampered_and_foreign_signatures_fail() {
        let header = sign(BODY, SECRET, 1_700_000_000);
        assert_eq!(
            verify(&header, BODY, SECRET, 1_700_000_000 + 301),
            Err(SignatureError::Stale)
        );
        assert_eq!(
            verify(&header, BODY, SECRET, 1_700_000_000 - 301),
            Err(SignatureError::Stale)
        );
        let tampered = br#"{"id":"evt_1","type":"payment_intent.payment_failed"}"#;
        assert_eq!(
            verify(&header, tampered, SECRET, 1_700_000_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(&header, BODY, "whsec_other", 1_700_000_000),
            Err(SignatureError::Mismatch)
        );
        // A re-dated header keeps the old signature: it no longer matches.
        let redated = header.replace("t=1700000000", "t=1700000100");
        assert_eq!(
            verify(&redated, BODY, SECRET, 1_700_000_100),
            Err(SignatureError::Mismatch)
        );
        for malformed in ["", "t=1700000000", "v1=abc", "t=x,v1=abc"] {
            assert_eq!(
                verify(malformed, BODY, SECRET, 1_700_000_000),
                Err(SignatureError::Malformed),
                "{malformed}"
            );
        }
    }

    #[test]
    fn events_we_act_on_are_read() {
        let event = serde_json::json!({
            "id": "evt_2", "type": "payment_intent.payment_failed",
            "data": {"object": {"id": "pi_1", "metadata": {"vinr_invoice": "in_9"},
                     "last_payment_error": {"code": "card_declined",
                                            "decline_code": "insufficient_funds"}}}
        });
        assert_eq!(
            parse(&event),
            Some((
                "evt_2".to_string(),
                "payment_intent.payment_failed".to_string(),
                ProcessorEvent::PaymentFailed {
                    payment: "pi_1".to_string(),
                    invoice: "in_9".to_string(),
                    code: "insufficient_funds".to_string()
                }
            ))
        );
        let foreign = serde_json::json!({
            "id": "evt_3", "type": "payment_intent.succeeded",
            "data": {"object": {"id": "pi_2", "metadata": {}}}
        });
        assert_eq!(parse(&foreign).unwrap().2, ProcessorEvent::Other);
        assert_eq!(parse(&serde_json::json!({"type": "x"})), None);
    }
}
