//! Connecting live mode to the merchant's payment processor (`POST /v1/payment_processors`,
//! Settings → Payments): the secret key and webhook signing secret are checked with one
//! call to the processor, stored encrypted, and shown afterwards only by their last four
//! characters. Test mode needs no processor.
use serde::{Deserialize, Serialize};

use crate::server::{
    db::{store, store::payment_processors::ProcessorRow, Db},
    processors::Decline,
    services::{
        developers::audit,
        now_unix,
        objects::format_time,
        payments::{secret_context, Payments},
        Actor, ServiceError, ServiceResult,
    },
};

/// What a merchant gives to connect its processor. Only Stripe today.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConnectProcessor {
    pub processor: String,
    pub secret_key: String,
    pub webhook_secret: String,
    /// Stripe.js needs it in the customer's browser (`pk_live_...`, or `pk_test_...` with
    /// test keys).
    pub publishable_key: String,
}

/// A connection as the API answers it: never a secret, only its last four characters.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentProcessorObject {
    pub object: &'static str,
    pub processor: String,
    pub secret_key_last4: String,
    pub webhook_secret_last4: String,
    pub publishable_key: String,
    /// Where the processor sends its events (`{public URL}/webhooks/stripe/{merchant}`).
    pub webhook_path: String,
    /// Connected with the processor's test keys: live mode rehearses in the processor's
    /// test mode (no real money moves) and test clocks are allowed.
    pub sandbox: bool,
    pub livemode: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl PaymentProcessorObject {
    fn new(row: &ProcessorRow) -> Self {
        Self {
            object: "payment_processor",
            processor: row.processor.clone(),
            secret_key_last4: row.secret_key_last4.clone(),
            webhook_secret_last4: row.webhook_secret_last4.clone(),
            publishable_key: row.publishable_key.clone(),
            webhook_path: webhook_path(&row.merchant_id),
            sandbox: row.sandbox,
            livemode: true,
            created_at: format_time(row.created_at),
            updated_at: format_time(row.updated_at),
        }
    }
}

/// The path of the merchant's processor webhooks on this server.
pub fn webhook_path(merchant_id: &str) -> String {
    format!("/webhooks/stripe/{merchant_id}")
}

fn live_only(actor: &Actor) -> ServiceResult<()> {
    if actor.livemode() {
        Ok(())
    } else {
        Err(ServiceError::invalid(
            "livemode",
            "Payment processors are connected with a live key; test mode uses the built-in test processor",
        ))
    }
}

fn last4(secret: &str) -> String {
    secret[secret.len().saturating_sub(4)..].to_string()
}

/// Whether `secret` looks like one of Stripe's secrets starting with one of `prefixes`.
fn well_formed(secret: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|prefix| {
        secret.strip_prefix(prefix).is_some_and(|rest| {
            (8..=500).contains(&rest.len())
                && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
    })
}

/// Checks the keys with the processor and saves them, replacing a connection before.
pub async fn connect(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    request: ConnectProcessor,
) -> ServiceResult<PaymentProcessorObject> {
    live_only(actor)?;
    if request.processor != "stripe" {
        return Err(ServiceError::invalid(
            "processor",
            "The processor must be \"stripe\"",
        ));
    }
    let secret_key = request.secret_key.trim();
    let sandbox = well_formed(secret_key, &["sk_test_", "rk_test_"]);
    if !sandbox && !well_formed(secret_key, &["sk_live_", "rk_live_"]) {
        return Err(ServiceError::invalid(
            "secretKey",
            "Enter your Stripe live secret key (sk_live_...) or a restricted key (rk_live_...); \
             test keys (sk_test_...) rehearse without real money",
        ));
    }
    let webhook_secret = request.webhook_secret.trim();
    if !well_formed(webhook_secret, &["whsec_"]) {
        return Err(ServiceError::invalid(
            "webhookSecret",
            "Enter the signing secret of your Stripe webhook endpoint (whsec_...)",
        ));
    }
    let publishable_key = request.publishable_key.trim();
    let (publishable_prefix, mode) = if sandbox {
        ("pk_test_", "test")
    } else {
        ("pk_live_", "live")
    };
    if !well_formed(publishable_key, &[publishable_prefix]) {
        return Err(ServiceError::invalid(
            "publishableKey",
            format!(
                "Enter your Stripe {mode} publishable key ({publishable_prefix}...), of the same \
                 mode as the secret key: the portal's card fields need it"
            ),
        ));
    }
    match payments.stripe().processor(secret_key).check_key().await {
        Ok(()) => {}
        Err(Decline::Unavailable) => {
            return Err(ServiceError::invalid(
                "secretKey",
                "Stripe could not be reached to check the key; nothing was saved, try again",
            ))
        }
        Err(refused) => {
            return Err(ServiceError::invalid(
                "secretKey",
                format!("Stripe did not accept this key ({refused}); nothing was saved"),
            ))
        }
    }
    let merchant_id = actor.merchant_id();
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let before = store::payment_processors::get(tx.exec(), merchant_id).await?;
    let encryption = payments.encryption();
    let row = ProcessorRow {
        merchant_id: merchant_id.to_string(),
        processor: "stripe".to_string(),
        secret_key_encrypted: encryption
            .encrypt(&secret_context(merchant_id, "secret_key"), secret_key),
        secret_key_last4: last4(secret_key),
        webhook_secret_encrypted: encryption.encrypt(
            &secret_context(merchant_id, "webhook_secret"),
            webhook_secret,
        ),
        webhook_secret_last4: last4(webhook_secret),
        publishable_key: publishable_key.to_string(),
        sandbox,
        created_at: before.as_ref().map_or(now, |before| before.created_at),
        updated_at: now,
    };
    store::payment_processors::upsert(tx.exec(), &row).await?;
    // Between the processor's test and live accounts, its customers are not the same ones.
    if before
        .as_ref()
        .is_some_and(|before| before.sandbox != sandbox)
    {
        store::payment_processors::forget_processor_customers(tx.exec(), merchant_id).await?;
    }
    let object = PaymentProcessorObject::new(&row);
    let changes = serde_json::json!({
        "secretKeyLast4": {
            "before": before.as_ref().map(|b| &b.secret_key_last4),
            "after": row.secret_key_last4,
        },
        "webhookSecretLast4": {
            "before": before.as_ref().map(|b| &b.webhook_secret_last4),
            "after": row.webhook_secret_last4,
        },
        "sandbox": {
            "before": before.as_ref().map(|b| b.sandbox),
            "after": row.sandbox,
        },
    });
    audit::record(
        tx.exec(),
        actor,
        now,
        audit::NewEntry {
            action: "payment_processor.connected",
            customer_id: None,
            object_id: "stripe",
            changes: Some(changes),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(merchant = merchant_id, last4 = %row.secret_key_last4, sandbox, "Stripe connected");
    Ok(object)
}

/// The publishable key the portal's processor fields use, when live mode is connected.
pub async fn publishable_key(db: &Db, merchant_id: &str) -> ServiceResult<Option<String>> {
    let mut conn = db.conn().await?;
    Ok(store::payment_processors::get(conn.exec(), merchant_id)
        .await?
        .map(|row| row.publishable_key))
}

/// The `Content-Security-Policy` directives of a page with the processor's fields: exactly
/// the origins of its script, its frames and its API (Stripe's, or the operator's).
pub fn fields_policy(js_url: &str, api_base: &str) -> String {
    let origin = |url: &str| {
        url::Url::parse(url)
            .map(|url| url.origin().ascii_serialization())
            .unwrap_or_default()
    };
    let script = origin(js_url);
    // Stripe.js frames its fields from js.stripe.com and 3-D Secure from hooks.stripe.com.
    let frames = if script == "https://js.stripe.com" {
        format!("{script} https://hooks.stripe.com")
    } else {
        script.clone()
    };
    format!(
        "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' {script}; frame-src {frames}; connect-src 'self' {}",
        origin(api_base)
    )
}

/// The merchant's connection, if live mode has one.
pub async fn get(db: &Db, actor: &Actor) -> ServiceResult<Option<PaymentProcessorObject>> {
    live_only(actor)?;
    let mut conn = db.conn().await?;
    Ok(
        store::payment_processors::get(conn.exec(), actor.merchant_id())
            .await?
            .as_ref()
            .map(PaymentProcessorObject::new),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_stripe_shaped_secrets_are_taken() {
        assert!(well_formed(
            "sk_live_51HabcdefGH",
            &["sk_live_", "rk_live_"]
        ));
        assert!(well_formed(
            "rk_live_51HabcdefGH",
            &["sk_live_", "rk_live_"]
        ));
        assert!(!well_formed(
            "sk_test_51HabcdefGH",
            &["sk_live_", "rk_live_"]
        ));
        assert!(!well_formed("sk_live_short", &["sk_live_"]));
        assert!(!well_formed("sk_live_51Habcdef GH", &["sk_live_"]));
        assert_eq!(last4("whsec_abcd1234"), "1234");
    }
}
