//! Which processor moves a merchant's money in a mode: the built-in test processor in test
//! mode; in live mode the processor the merchant connected (its key decrypted here, for
//! the one request), or none.
use std::sync::Arc;

pub use crate::server::processors::{ChargeOutcome, ChargeRequest, Decline, PaymentProcessor};
use crate::server::{
    db::{store, Exec},
    encryption::EncryptionKey,
    processors::{stripe::StripeSettings, test_mode::TestProcessor, NewProcessorCustomer},
    services::{ServiceError, ServiceResult},
};

/// Everything needed to reach a merchant's processor: the operator's encryption key for
/// the stored secrets, and where Stripe is.
#[derive(Clone, Debug)]
pub struct Payments {
    encryption: Arc<EncryptionKey>,
    stripe: StripeSettings,
}

/// The context a stored processor secret is encrypted under: its merchant and field.
pub fn secret_context(merchant_id: &str, field: &str) -> String {
    format!("{merchant_id}:payment_processor:{field}")
}

impl Payments {
    pub fn new(encryption: EncryptionKey, stripe: StripeSettings) -> Self {
        Self {
            encryption: Arc::new(encryption),
            stripe,
        }
    }

    /// Payments as the configuration sets them up.
    pub fn from_config(config: &crate::server::config::Config) -> anyhow::Result<Self> {
        Ok(Self::new(
            config.encryption_key.clone(),
            StripeSettings::new(&config.stripe_api_base, &config.stripe_js_url)?,
        ))
    }

    pub fn encryption(&self) -> &EncryptionKey {
        &self.encryption
    }

    pub fn stripe(&self) -> &StripeSettings {
        &self.stripe
    }

    /// The processor for the merchant in a mode; `None` in live mode until one is connected.
    pub async fn processor(
        &self,
        exec: Exec<'_>,
        merchant_id: &str,
        livemode: bool,
    ) -> ServiceResult<Option<Arc<dyn PaymentProcessor>>> {
        if !livemode {
            return Ok(Some(Arc::new(TestProcessor)));
        }
        let Some(row) = store::payment_processors::get(exec, merchant_id).await? else {
            return Ok(None);
        };
        let secret_key = self
            .encryption
            .decrypt(
                &secret_context(merchant_id, "secret_key"),
                &row.secret_key_encrypted,
            )
            .map_err(|error| {
                // The operator's key changed: nothing can be charged until it is back, or
                // the merchant connects again.
                tracing::error!(merchant = merchant_id, error = %error, "the processor's key does not decrypt");
                ServiceError::PaymentFailed(Decline::Unavailable)
            })?;
        Ok(Some(Arc::new(self.stripe.processor(&secret_key))))
    }

    /// The webhook signing secret of the merchant's processor, if one is connected.
    pub async fn webhook_secret(
        &self,
        exec: Exec<'_>,
        merchant_id: &str,
    ) -> ServiceResult<Option<String>> {
        let Some(row) = store::payment_processors::get(exec, merchant_id).await? else {
            return Ok(None);
        };
        Ok(self
            .encryption
            .decrypt(
                &secret_context(merchant_id, "webhook_secret"),
                &row.webhook_secret_encrypted,
            )
            .ok())
    }
}

/// The processor's customer for our customer, made at the processor on first use.
pub async fn processor_customer(
    db: &crate::server::db::Db,
    processor: &dyn PaymentProcessor,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
) -> ServiceResult<String> {
    let mut conn = db.conn().await?;
    if let Some(id) =
        store::payment_processors::processor_customer(conn.exec(), merchant_id, customer_id).await?
    {
        return Ok(id);
    }
    let customer = store::customers::get(conn.exec(), merchant_id, livemode, customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    drop(conn);
    let made = processor
        .create_customer(NewProcessorCustomer {
            customer_id,
            name: customer.name.as_deref(),
            email: customer.email.as_deref(),
        })
        .await
        .map_err(ServiceError::PaymentFailed)?;
    let mut tx = db.begin_write().await?;
    store::payment_processors::save_processor_customer(
        tx.exec(),
        merchant_id,
        customer_id,
        &made,
        crate::server::services::now_unix(),
    )
    .await?;
    // Two first uses at once: both made the same customer (one idempotency key); the
    // first one saved is the one answered.
    let saved = store::payment_processors::processor_customer(tx.exec(), merchant_id, customer_id)
        .await?
        .unwrap_or(made);
    tx.commit().await?;
    Ok(saved)
}
