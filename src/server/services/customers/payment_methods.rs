//! A customer's cards and SEPA mandates: attached through the vault (the number, CVC or
//! IBAN is checked, handed to the processor for a token, fingerprinted under the merchant's
//! and the operator's keys, and dropped; only the token, fingerprint, brand, last 4 and
//! expiry are stored), made the default, detached. (Over 500 lines: two attach paths with
//! their checks, and the fingerprint rekeying.)
use serde_json::json;

use crate::domain::portal_configuration::PortalFeature;
use crate::server::services::settings::portal_configurations::require_feature;
use crate::server::services::{
    developers::events::{self, NewEvent},
    now_unix,
    objects::PaymentMethodObject,
    payments::{PaymentProcessor, Payments},
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        card::{check_cvc, CardNumber, Expiry, InvalidCard},
        iban::Iban,
        ids::prefix,
    },
    server::{
        db::{store, store::payment_methods::PaymentMethodRow, Db, Tx},
        secrets::{self, KeyPurpose, OperatorKeys},
    },
};

/// Card details as typed. Dropped as soon as the vault has what it keeps.
pub struct CardInput {
    pub number: String,
    pub exp_month: u8,
    pub exp_year: i32,
    pub cvc: String,
    pub cardholder_name: Option<String>,
    pub postal_code: Option<String>,
    /// Make it the customer's default, in the same transaction as the attachment.
    pub make_default: bool,
}

fn invalid_card(error: InvalidCard) -> ServiceError {
    let param = match error.field() {
        "number" => "card.number",
        "cvc" => "card.cvc",
        _ => "card.expMonth",
    };
    ServiceError::invalid(param, error.to_string())
}

/// The fingerprint of a card number or IBAN: the same one gives the same fingerprint within
/// a merchant, and it cannot be recovered without both the merchant's key (in the database)
/// and the operator's key (never in it). The merchant's key stays the inner one so that
/// fingerprints stored before the operator key existed could be rekeyed without the numbers.
fn fingerprint(keys: &OperatorKeys, merchant_id: &str, merchant_key: &str, digits: &str) -> String {
    rekeyed(
        keys,
        merchant_id,
        &keyed_hash(merchant_key.as_bytes(), digits),
    )
}

/// The outer, operator-keyed layer over a merchant-keyed fingerprint.
fn rekeyed(keys: &OperatorKeys, merchant_id: &str, merchant_keyed: &str) -> String {
    keyed_hash(
        &keys.derive(KeyPurpose::Fingerprint, merchant_id),
        merchant_keyed,
    )
}

fn keyed_hash(key: &[u8], secret: &str) -> String {
    secrets::hex(&secrets::hmac_sha256(key, &[secret.as_bytes()])[..12])
}

/// Rewrites, once, the fingerprints stored before they were keyed by the operator's
/// secret (migration 0019); run at start, before any request. Answers how many.
pub async fn rekey_stored_fingerprints(db: &Db, keys: &OperatorKeys) -> ServiceResult<usize> {
    // A read first: once everything is rekeyed, a start takes no write turn for this.
    let any_old = {
        let mut conn = db.conn().await?;
        !store::payment_methods::with_old_fingerprints(conn.exec())
            .await?
            .is_empty()
    };
    if !any_old {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    let old = store::payment_methods::with_old_fingerprints(tx.exec()).await?;
    for (id, merchant_id, fingerprint) in &old {
        let fingerprint = rekeyed(keys, merchant_id, fingerprint);
        store::payment_methods::rekey_fingerprint(tx.exec(), id, &fingerprint).await?;
    }
    tx.commit().await?;
    Ok(old.len())
}

/// Attaches a card to the customer (the default if they have none). The same card twice
/// returns the one already attached.
pub async fn attach_card(
    db: &Db,
    keys: &OperatorKeys,
    payments: &Payments,
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
    let cardholder_name = card
        .cardholder_name
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty());
    if cardholder_name
        .as_ref()
        .is_some_and(|name| name.chars().count() > 200)
    {
        return Err(ServiceError::invalid(
            "billingDetails.name",
            "The cardholder name is at most 200 characters",
        ));
    }
    let postal_code = card
        .postal_code
        .map(|code| code.trim().to_ascii_uppercase())
        .filter(|code| !code.is_empty());
    if postal_code.as_ref().is_some_and(|code| {
        code.len() > 10
            || !code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
    }) {
        return Err(ServiceError::invalid(
            "billingDetails.postalCode",
            "Enter the postal code of the card's billing address",
        ));
    }
    crate::server::services::check_customer_scope(actor, customer_id)?;
    let processor = numbers_processor(db, payments, actor, "card").await?;
    let merchant_id = actor.merchant_id();

    let (tx, fingerprint) =
        match begin_attach(db, keys, actor, customer_id, number.digits()).await? {
            Vaulted::New(tx, fingerprint) => (tx, fingerprint),
            Vaulted::Already(tx, existing) => {
                return attached_again(tx, actor, &existing, card.make_default).await;
            }
        };
    let token = processor
        .tokenize_card(&number)
        .await
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
        sepa_country: None,
        sepa_bank_code: None,
        account_holder_name: cardholder_name,
        account_holder_email: None,
        billing_postal_code: postal_code,
        mandate_reference: None,
        mandate_accepted_at: None,
        mandate_ip: None,
        mandate_user_agent: None,
        created_at: now,
        detached_at: None,
    };
    let object = save_attached(tx, actor, &row, card.make_default).await?;
    tracing::info!(payment_method = %row.id, brand = %row.brand, last4 = %row.last4, "card attached");
    Ok(object)
}

/// Records `customer.updated` for a change of default payment method, once it is written.
async fn record_default_change(
    tx: &mut Tx,
    actor: &Actor,
    customer_id: &str,
    before: Option<&str>,
) -> ServiceResult<()> {
    let object =
        json!(crate::server::services::customers::object_in(tx.exec(), actor, customer_id).await?);
    events::record(
        tx.exec(),
        actor,
        now_unix(),
        NewEvent {
            event_type: "customer.updated",
            customer_id: Some(customer_id),
            object_id: customer_id,
            object,
            previous_attributes: Some(json!({ "defaultPaymentMethod": before })),
        },
    )
    .await?;
    Ok(())
}

/// Opens the write transaction of a change to one of the customer's payment methods, after
/// the scope and feature checks, with the method (missing or another customer's: not found).
async fn begin_change(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    payment_method_id: &str,
) -> ServiceResult<(Tx, PaymentMethodRow)> {
    let mut tx = db.begin_write().await?;
    let method = load_for_change(&mut tx, actor, customer_id, payment_method_id).await?;
    Ok((tx, method))
}

/// The customer's payment method a change is about, once scope and feature are checked.
async fn load_for_change(
    tx: &mut Tx,
    actor: &Actor,
    customer_id: &str,
    payment_method_id: &str,
) -> ServiceResult<PaymentMethodRow> {
    crate::server::services::check_customer_scope(actor, customer_id)?;
    require_feature(tx.exec(), actor, PortalFeature::PaymentMethodUpdate).await?;
    let method = store::payment_methods::get(
        tx.exec(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
        payment_method_id,
    )
    .await?
    .ok_or_else(|| ServiceError::not_found("payment method", "paymentMethod", payment_method_id))?;
    Ok(method)
}

/// Makes an attached payment method the customer's default (`customer.updated`).
pub async fn set_default(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    payment_method_id: &str,
) -> ServiceResult<PaymentMethodObject> {
    let mut tx = db.begin_write().await?;
    let object = set_default_in(&mut tx, actor, customer_id, payment_method_id).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`set_default`] inside the caller's transaction.
pub(crate) async fn set_default_in(
    tx: &mut Tx,
    actor: &Actor,
    customer_id: &str,
    payment_method_id: &str,
) -> ServiceResult<PaymentMethodObject> {
    let method = load_for_change(tx, actor, customer_id, payment_method_id).await?;
    let merchant_id = actor.merchant_id();
    let before =
        store::customers::default_payment_method(tx.exec(), merchant_id, customer_id).await?;
    if before.as_deref() != Some(&method.id) {
        store::customers::set_default_payment_method(
            tx.exec(),
            merchant_id,
            customer_id,
            Some(&method.id),
        )
        .await?;
        record_default_change(tx, actor, customer_id, before.as_deref()).await?;
    }
    Ok(PaymentMethodObject::new(&method, actor.livemode()))
}

/// Detaches a payment method (`payment_method.detached`). The only one of a customer with a
/// billed subscription stays; removing the default makes the most recent other one the
/// default (`customer.updated`).
pub async fn detach(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    payment_method_id: &str,
) -> ServiceResult<PaymentMethodObject> {
    let (mut tx, method) = begin_change(db, actor, customer_id, payment_method_id).await?;
    let merchant_id = actor.merchant_id();
    let others: Vec<_> =
        store::payment_methods::list_for_customer(tx.exec(), merchant_id, customer_id)
            .await?
            .into_iter()
            .filter(|other| other.id != method.id)
            .collect();
    if others.is_empty()
        && store::subscriptions::count_billed_for_customer(tx.exec(), merchant_id, customer_id)
            .await?
            > 0
    {
        return Err(ServiceError::invalid(
            "paymentMethod",
            "This is your only payment method and a subscription is billed to it. Add another one first.",
        ));
    }
    let now = now_unix();
    store::payment_methods::detach(tx.exec(), merchant_id, customer_id, &method.id, now).await?;
    let object = PaymentMethodObject::new(&method, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "payment_method.detached",
            customer_id: Some(customer_id),
            object_id: &method.id,
            object: json!(object),
            previous_attributes: Some(json!({ "customer": customer_id })),
        },
    )
    .await?;
    let default =
        store::customers::default_payment_method(tx.exec(), merchant_id, customer_id).await?;
    if default.as_deref() == Some(&method.id) {
        // Newest first: the most recently added other method becomes the default.
        let next = others.first().map(|other| other.id.as_str());
        store::customers::set_default_payment_method(tx.exec(), merchant_id, customer_id, next)
            .await?;
        record_default_change(&mut tx, actor, customer_id, Some(&method.id)).await?;
    }
    tx.commit().await?;
    tracing::info!(payment_method = %method.id, "payment method detached");
    Ok(object)
}

/// A bank account for SEPA Direct Debit, with the customer's acceptance of the mandate.
pub struct SepaInput {
    pub iban: String,
    pub account_holder_name: String,
    pub email: String,
    /// The customer ticked the mandate acceptance (the API in test mode accepts implicitly).
    pub mandate_accepted: bool,
    pub ip: String,
    pub user_agent: String,
    /// Make it the customer's default, in the same transaction as the attachment.
    pub make_default: bool,
}

/// Attaches a SEPA Direct Debit mandate: the IBAN is checked (country, length, mod-97),
/// handed to the processor, and only its country, bank code, last 4 and a keyed fingerprint
/// are kept, with the mandate's reference, time, IP and user agent.
pub async fn attach_sepa_debit(
    db: &Db,
    keys: &OperatorKeys,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    input: SepaInput,
) -> ServiceResult<PaymentMethodObject> {
    crate::server::services::check_customer_scope(actor, customer_id)?;
    let iban = Iban::parse(&input.iban)
        .map_err(|error| ServiceError::invalid("sepaDebit.iban", error.to_string()))?;
    drop(input.iban);
    let name = input.account_holder_name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ServiceError::invalid(
            "billingDetails.name",
            "Enter the account holder's name",
        ));
    }
    let email = input.email.trim();
    if !email.contains('@') || email.chars().count() > 200 || email.contains(char::is_whitespace) {
        return Err(ServiceError::invalid(
            "billingDetails.email",
            "Enter a valid e-mail address",
        ));
    }
    if !input.mandate_accepted {
        return Err(ServiceError::invalid(
            "mandate",
            "Please accept the SEPA Direct Debit mandate",
        ));
    }
    let processor = numbers_processor(db, payments, actor, "sepaDebit").await?;
    let merchant_id = actor.merchant_id();
    let (tx, fingerprint) = match begin_attach(db, keys, actor, customer_id, iban.as_str()).await? {
        Vaulted::New(tx, fingerprint) => (tx, fingerprint),
        Vaulted::Already(tx, existing) => {
            return attached_again(tx, actor, &existing, input.make_default).await;
        }
    };
    let token = processor
        .tokenize_iban(&iban)
        .await
        .map_err(ServiceError::PaymentFailed)?;
    let now = now_unix();
    let reference = format!("VINR-{}", secrets::new_id("m")[2..14].to_ascii_uppercase());
    let row = PaymentMethodRow {
        id: secrets::new_id(prefix::PAYMENT_METHOD),
        merchant_id: merchant_id.to_string(),
        customer_id: customer_id.to_string(),
        kind: "sepa_debit".to_string(),
        processor_token: token,
        fingerprint,
        brand: "sepa_debit".to_string(),
        last4: iban.last4().to_string(),
        exp_month: 0,
        exp_year: 0,
        sepa_country: Some(iban.country().to_string()),
        sepa_bank_code: iban.bank_code().map(str::to_string),
        account_holder_name: Some(name.to_string()),
        account_holder_email: Some(email.to_string()),
        billing_postal_code: None,
        mandate_reference: Some(reference),
        mandate_accepted_at: Some(now),
        mandate_ip: Some(input.ip.chars().take(64).collect()),
        mandate_user_agent: Some(input.user_agent.chars().take(500).collect()),
        created_at: now,
        detached_at: None,
    };
    let object = save_attached(tx, actor, &row, input.make_default).await?;
    tracing::info!(payment_method = %row.id, country = iban.country(), last4 = iban.last4(), "SEPA mandate attached");
    Ok(object)
}

/// The processor that takes card numbers and IBANs typed into our own form: test mode's.
/// Live mode refuses them: they are entered in the processor's own fields and never reach
/// this server (see [`super::processor_methods`]).
async fn numbers_processor(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    param: &'static str,
) -> ServiceResult<std::sync::Arc<dyn PaymentProcessor>> {
    let processor = payments
        .processor(
            db.conn().await?.exec(),
            actor.merchant_id(),
            actor.livemode(),
        )
        .await?
        .filter(|processor| processor.takes_numbers());
    processor.ok_or_else(|| {
        ServiceError::invalid(
            param,
            "In live mode card numbers and IBANs are entered in the payment processor's own fields, never sent to this server",
        )
    })
}

/// Where an attachment stands once its transaction is open: a new card or account (with
/// its fingerprint), or one the customer already has.
pub(super) enum Vaulted {
    New(Tx, String),
    Already(Tx, Box<PaymentMethodRow>),
}

/// Opens an attachment's write transaction after the customer and feature checks, and
/// fingerprints `digits` (a card number or IBAN) to find the same one attached before.
pub(super) async fn begin_attach(
    db: &Db,
    keys: &OperatorKeys,
    actor: &Actor,
    customer_id: &str,
    digits: &str,
) -> ServiceResult<Vaulted> {
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    store::customers::get(tx.exec(), merchant_id, actor.livemode(), customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    require_feature(tx.exec(), actor, PortalFeature::PaymentMethodUpdate).await?;
    let key =
        store::merchants::fingerprint_key(tx.exec(), merchant_id, &secrets::new_secret()).await?;
    let fingerprint = fingerprint(keys, merchant_id, &key, digits);
    let existing = store::payment_methods::find_by_fingerprint(
        tx.exec(),
        merchant_id,
        customer_id,
        &fingerprint,
    )
    .await?;
    Ok(match existing {
        Some(existing) => Vaulted::Already(tx, Box::new(existing)),
        None => Vaulted::New(tx, fingerprint),
    })
}

/// Stores a vaulted payment method with its `payment_method.attached` event, makes it the
/// default when asked or when the customer has none (`customer.updated`), and commits.
pub(super) async fn save_attached(
    mut tx: Tx,
    actor: &Actor,
    row: &PaymentMethodRow,
    make_default: bool,
) -> ServiceResult<PaymentMethodObject> {
    let (merchant_id, customer_id, now) = (&row.merchant_id, &row.customer_id, row.created_at);
    store::payment_methods::insert(tx.exec(), row).await?;
    let object = PaymentMethodObject::new(row, actor.livemode());
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
    let before =
        store::customers::default_payment_method(tx.exec(), merchant_id, customer_id).await?;
    if make_default || before.is_none() {
        store::customers::set_default_payment_method(
            tx.exec(),
            merchant_id,
            customer_id,
            Some(&row.id),
        )
        .await?;
        record_default_change(&mut tx, actor, customer_id, before.as_deref()).await?;
    }
    tx.commit().await?;
    Ok(object)
}

/// The same card or account attached again: the stored one, made the default when asked.
pub(super) async fn attached_again(
    mut tx: Tx,
    actor: &Actor,
    existing: &PaymentMethodRow,
    make_default: bool,
) -> ServiceResult<PaymentMethodObject> {
    if make_default {
        set_default_in(&mut tx, actor, &existing.customer_id, &existing.id).await?;
        tx.commit().await?;
    }
    Ok(PaymentMethodObject::new(existing, actor.livemode()))
}

/// The customer's cards, newest first.
pub async fn list(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<Vec<PaymentMethodObject>> {
    let mut conn = db.conn().await?;
    crate::server::services::require_customer(conn.exec(), actor, customer_id).await?;
    Ok(
        store::payment_methods::list_for_customer(conn.exec(), actor.merchant_id(), customer_id)
            .await?
            .iter()
            .map(|row| PaymentMethodObject::new(row, actor.livemode()))
            .collect(),
    )
}

/// Detaches payment method `id` of whichever customer of the merchant holds it (the
/// REST API's `POST /v1/payment_methods/{id}/detach`).
pub async fn detach_by_id(
    db: &Db,
    actor: &Actor,
    payment_method_id: &str,
) -> ServiceResult<PaymentMethodObject> {
    let customer_id = {
        let mut conn = db.conn().await?;
        store::payment_methods::owner(
            conn.exec(),
            actor.merchant_id(),
            actor.livemode(),
            payment_method_id,
        )
        .await?
        .ok_or_else(|| ServiceError::not_found("payment method", "id", payment_method_id))?
    };
    detach(db, actor, &customer_id, payment_method_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_need_both_keys_and_are_stable() {
        let card = CardNumber::parse("4242424242424242").unwrap();
        let operator = OperatorKeys::from_secret(&[1u8; 32]).unwrap();
        let other_operator = OperatorKeys::from_secret(&[2u8; 32]).unwrap();
        let print = |keys: &OperatorKeys, merchant: &str, key: &str| {
            fingerprint(keys, merchant, key, card.digits())
        };
        assert_eq!(
            print(&operator, "mer_a", "k1"),
            print(&operator, "mer_a", "k1")
        );
        assert_ne!(
            print(&operator, "mer_a", "k1"),
            print(&operator, "mer_a", "k2")
        );
        assert_ne!(
            print(&operator, "mer_a", "k1"),
            print(&operator, "mer_b", "k1")
        );
        assert_ne!(
            print(&operator, "mer_a", "k1"),
            print(&other_operator, "mer_a", "k1")
        );
        // What the database alone gives (the merchant's key) is not the fingerprint.
        assert_ne!(
            print(&operator, "mer_a", "k1"),
            keyed_hash(b"k1", card.digits())
        );
        assert_eq!(print(&operator, "mer_a", "k1").len(), 24);
        // Rekeying a stored merchant-keyed value gives what a new attach computes.
        let stored = keyed_hash(b"k1", card.digits());
        assert_eq!(
            rekeyed(&operator, "mer_a", &stored),
            print(&operator, "mer_a", "k1")
        );
    }
}
