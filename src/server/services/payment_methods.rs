//! Attaching cards through the vault: the number and CVC are checked, handed to the
//! processor for a token and a keyed fingerprint, and dropped. Only the token, fingerprint,
//! brand, last 4 and expiry are stored.
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use super::{
    events::{self, NewEvent},
    now_unix,
    objects::PaymentMethodObject,
    payments, Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        card::{check_cvc, CardNumber, Expiry, InvalidCard},
        ids::prefix,
    },
    server::{
        db::{store, store::payment_methods::PaymentMethodRow, Db},
        secrets,
    },
};

/// Card details as typed. Dropped as soon as the vault has what it keeps.
pub struct CardInput {
    pub number: String,
    pub exp_month: u8,
    pub exp_year: i32,
    pub cvc: String,
}

fn invalid_card(error: InvalidCard) -> ServiceError {
    let param = match error.field() {
        "number" => "card.number",
        "cvc" => "card.cvc",
        _ => "card.expMonth",
    };
    ServiceError::invalid(param, error.to_string())
}

/// Keyed hash of the digits: the same card gives the same fingerprint within a merchant,
/// and the number cannot be recovered from it without the key.
fn fingerprint(key: &str, number: &CardNumber) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key");
    mac.update(number.digits().as_bytes());
    let digest = mac.finalize().into_bytes();
    digest[..12]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Attaches a card to the customer (the default if they have none). The same card twice
/// returns the one already attached.
pub async fn attach_card(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    card: CardInput,
) -> ServiceResult<PaymentMethodObject> {
    let number = CardNumber::parse(&card.number).map_err(invalid_card)?;
    drop(card.number);
    let today = time::OffsetDateTime::now_utc().date();
    let expiry = Expiry::new(card.exp_month, card.exp_year, today).map_err(invalid_card)?;
    check_cvc(&card.cvc, number.brand()).map_err(invalid_card)?;
    drop(card.cvc);
    let processor = payments::processor(actor.livemode()).ok_or_else(|| {
        ServiceError::invalid("card", "No payment processor is configured for live mode")
    })?;
    let merchant_id = actor.merchant_id();

    let mut tx = db.begin_write().await?;
    store::customers::get(tx.exec(), merchant_id, customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    let key =
        store::merchants::fingerprint_key(tx.exec(), merchant_id, &secrets::new_secret()).await?;
    let fingerprint = fingerprint(&key, &number);
    if let Some(existing) = store::payment_methods::find_by_fingerprint(
        tx.exec(),
        merchant_id,
        customer_id,
        &fingerprint,
    )
    .await?
    {
        return Ok(PaymentMethodObject::new(&existing, actor.livemode()));
    }
    let token = processor
        .tokenize_card(&number)
        .map_err(ServiceError::PaymentFailed)?;
    let now = now_unix();
    let row = PaymentMethodRow {
        id: secrets::new_id(prefix::PAYMENT_METHOD),
        merchant_id: merchant_id.to_string(),
        customer_id: customer_id.to_string(),
        kind: "card".to_string(),
        processor_token: token,
        fingerprint,
        brand: number.brand().as_str().to_string(),
        last4: number.last4().to_string(),
        exp_month: i64::from(expiry.month),
        exp_year: i64::from(expiry.year),
        created_at: now,
        detached_at: None,
    };
    store::payment_methods::insert(tx.exec(), &row).await?;
    let object = PaymentMethodObject::new(&row, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "payment_method.attached",
            customer_id: Some(customer_id),
            object_id: &row.id,
            object: json!(object),
            previous_attributes: None,
        },
    )
    .await?;
    if store::customers::default_payment_method(tx.exec(), merchant_id, customer_id)
        .await?
        .is_none()
    {
        store::customers::set_default_payment_method(
            tx.exec(),
            merchant_id,
            customer_id,
            Some(&row.id),
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(payment_method = %row.id, brand = %row.brand, last4 = %row.last4, "card attached");
    Ok(object)
}

/// The customer's cards, newest first.
pub async fn list(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<Vec<PaymentMethodObject>> {
    let mut conn = db.conn().await?;
    store::customers::get(conn.exec(), actor.merchant_id(), customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    Ok(
        store::payment_methods::list_for_customer(conn.exec(), actor.merchant_id(), customer_id)
            .await?
            .iter()
            .map(|row| PaymentMethodObject::new(row, actor.livemode()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_keyed_and_stable() {
        let card = CardNumber::parse("4242424242424242").unwrap();
        assert_eq!(fingerprint("k1", &card), fingerprint("k1", &card));
        assert_ne!(fingerprint("k1", &card), fingerprint("k2", &card));
        assert_eq!(fingerprint("k1", &card).len(), 24);
    }
}
