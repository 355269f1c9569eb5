//! Live mode's cards and SEPA mandates: entered in the processor's own fields (a setup
//! intent made here, confirmed in the browser by the processor's script) or brought over
//! from the merchant's processor account by id. This server never sees the number or IBAN;
//! it keeps the processor's payment method id with its display data, like the vault does.
use super::payment_methods::{attached_again, begin_attach, save_attached, Vaulted};
use crate::domain::{ids::prefix, portal_configuration::PortalFeature};
use crate::server::{
    db::{store, store::payment_methods::PaymentMethodRow, Db},
    processors::{CollectedMethod, Collection, MethodKind, PaymentProcessor},
    secrets::{self, OperatorKeys},
    services::{
        check_customer_scope, now_unix,
        objects::PaymentMethodObject,
        payments::{processor_customer, Payments},
        settings::portal_configurations::require_feature,
        Actor, ServiceError, ServiceResult,
    },
};

/// The processor whose fields collect cards: the live one the merchant connected.
async fn fields_processor(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
) -> ServiceResult<std::sync::Arc<dyn PaymentProcessor>> {
    let processor = payments
        .processor(
            db.conn().await?.exec(),
            actor.merchant_id(),
            actor.livemode(),
        )
        .await?;
    match processor {
        Some(processor) if !processor.takes_numbers() => Ok(processor),
        Some(_) => Err(ServiceError::invalid(
            "type",
            "Test mode takes card numbers and IBANs in the portal's own form",
        )),
        None => Err(ServiceError::invalid(
            "livemode",
            "No payment processor is connected for live mode: connect Stripe first (POST /v1/payment_processors or Settings → Payments)",
        )),
    }
}

/// Checks the customer and the portal's permission before the processor is asked anything.
async fn check_customer(db: &Db, actor: &Actor, customer_id: &str) -> ServiceResult<()> {
    check_customer_scope(actor, customer_id)?;
    let mut conn = db.conn().await?;
    store::customers::get(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
    )
    .await?
    .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    require_feature(conn.exec(), actor, PortalFeature::PaymentMethodUpdate).await?;
    Ok(())
}

/// The processor and its customer for ours, once the customer and the portal's permission
/// are checked (the processor's customer is made on first use).
async fn at_processor(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<(std::sync::Arc<dyn PaymentProcessor>, String)> {
    check_customer(db, actor, customer_id).await?;
    let processor = fields_processor(db, payments, actor).await?;
    let customer = processor_customer(
        db,
        processor.as_ref(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
    )
    .await?;
    Ok((processor, customer))
}

/// Starts collecting a card or mandate in the processor's fields: the setup intent whose
/// client secret the browser confirms.
pub async fn start_collection(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    kind: MethodKind,
) -> ServiceResult<Collection> {
    let (processor, customer) = at_processor(db, payments, actor, customer_id).await?;
    processor
        .start_collection(&customer, kind)
        .await
        .map_err(ServiceError::PaymentFailed)
}

/// Saves what a confirmed setup intent collected (the default when asked or when the
/// customer has none). A setup intent of another customer, or not confirmed, is refused.
pub async fn finish_collection(
    db: &Db,
    keys: &OperatorKeys,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    setup_intent: &str,
    make_default: bool,
) -> ServiceResult<PaymentMethodObject> {
    let (processor, customer) = at_processor(db, payments, actor, customer_id).await?;
    let collected = processor
        .finished_collection(&customer, setup_intent)
        .await
        .map_err(ServiceError::PaymentFailed)?;
    save_collected(db, keys, actor, customer_id, collected, make_default).await
}

/// A payment method the merchant collected with its processor before.
pub struct ExistingMethod<'a> {
    pub kind: MethodKind,
    /// The processor's id (`pm_...`).
    pub payment_method: &'a str,
    pub make_default: bool,
}

/// `POST /v1/customers/{id}/payment_methods` with `processorPaymentMethod`: a card or
/// mandate the merchant collected with its processor before, attached to the customer.
pub async fn attach_existing(
    db: &Db,
    keys: &OperatorKeys,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    existing: ExistingMethod<'_>,
) -> ServiceResult<PaymentMethodObject> {
    let ExistingMethod {
        kind,
        payment_method,
        make_default,
    } = existing;
    let (processor, customer) = at_processor(db, payments, actor, customer_id).await?;
    let collected = processor
        .attach_existing(&customer, payment_method)
        .await
        .map_err(|decline| match decline {
            crate::server::processors::Decline::Refused(message) => {
                ServiceError::invalid("processorPaymentMethod", message)
            }
            other => ServiceError::PaymentFailed(other),
        })?;
    if collected.kind != kind {
        return Err(ServiceError::invalid(
            "type",
            format!(
                "{payment_method} is a {} payment method, not {}",
                collected.kind.as_str(),
                kind.as_str()
            ),
        ));
    }
    save_collected(db, keys, actor, customer_id, collected, make_default).await
}

/// The client secret with which the customer confirms the payment their bank asked them to
/// authenticate (3-D Secure) for one of their open invoices; the processor's event then
/// pays the invoice.
pub async fn payment_to_confirm(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    invoice_id: &str,
) -> ServiceResult<String> {
    check_customer_scope(actor, customer_id)?;
    let waiting = {
        let mut conn = db.conn().await?;
        let invoice = store::invoices::get(
            conn.exec(),
            actor.merchant_id(),
            actor.livemode(),
            Some(customer_id),
            invoice_id,
        )
        .await?
        .ok_or_else(|| ServiceError::not_found("invoice", "invoice", invoice_id))?;
        store::payment_processors::latest_payment(conn.exec(), actor.merchant_id(), &invoice.id)
            .await?
            .filter(|payment| {
                payment.status == "requires_action"
                    && invoice.status == crate::domain::invoice::InvoiceStatus::Open
            })
    };
    let payment = waiting.ok_or_else(|| {
        ServiceError::invalid(
            "invoice",
            "This invoice has no payment waiting for your confirmation",
        )
    })?;
    let processor = fields_processor(db, payments, actor).await?;
    processor
        .confirmation_secret(&payment.payment_id, invoice_id)
        .await
        .map_err(ServiceError::PaymentFailed)
}

/// A saved card the card network updated at the processor (a new expiry, a new number's
/// last four): ours follows, with `payment_method.updated`. Other changes are ignored.
pub async fn card_updated(
    db: &Db,
    merchant_id: &str,
    token: &str,
    exp_month: i64,
    exp_year: i64,
    last4: &str,
) -> ServiceResult<()> {
    let valid = (1..=12).contains(&exp_month)
        && (2000..=2200).contains(&exp_year)
        && last4.len() == 4
        && last4.bytes().all(|b| b.is_ascii_digit());
    if !valid {
        return Ok(());
    }
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: true,
    };
    let mut tx = db.begin_write().await?;
    let Some(id) =
        store::payment_methods::by_processor_token(tx.exec(), merchant_id, token).await?
    else {
        return Ok(());
    };
    let Some(customer_id) =
        store::payment_methods::owner(tx.exec(), merchant_id, true, &id).await?
    else {
        return Ok(());
    };
    let Some(before) =
        store::payment_methods::get(tx.exec(), merchant_id, true, &customer_id, &id).await?
    else {
        return Ok(());
    };
    if (before.exp_month, before.exp_year, before.last4.as_str()) == (exp_month, exp_year, last4) {
        return Ok(());
    }
    store::payment_methods::update_card(tx.exec(), merchant_id, &id, exp_month, exp_year, last4)
        .await?;
    let Some(after) =
        store::payment_methods::get(tx.exec(), merchant_id, true, &customer_id, &id).await?
    else {
        return Ok(());
    };
    crate::server::services::developers::events::record(
        tx.exec(),
        &actor,
        now_unix(),
        crate::server::services::developers::events::NewEvent {
            event_type: "payment_method.updated",
            customer_id: Some(&customer_id),
            object_id: &id,
            object: serde_json::json!(PaymentMethodObject::new(&after, true)),
            previous_attributes: Some(serde_json::json!({
                "card": {
                    "expMonth": before.exp_month,
                    "expYear": before.exp_year,
                    "last4": before.last4,
                }
            })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Stores a collected method as the vault stores one (the same card twice is the one
/// already attached), with its event, in one transaction.
async fn save_collected(
    db: &Db,
    keys: &OperatorKeys,
    actor: &Actor,
    customer_id: &str,
    collected: CollectedMethod,
    make_default: bool,
) -> ServiceResult<PaymentMethodObject> {
    // The processor's fingerprint of the number stands in for the number, keyed as ours are.
    let identity = format!(
        "processor:{}:{}",
        collected.kind.as_str(),
        collected.fingerprint.as_deref().unwrap_or(&collected.token)
    );
    let (tx, fingerprint) = match begin_attach(db, keys, actor, customer_id, &identity).await? {
        Vaulted::New(tx, fingerprint) => (tx, fingerprint),
        Vaulted::Already(tx, existing) => {
            return attached_again(tx, actor, &existing, make_default).await;
        }
    };
    let now = now_unix();
    let sepa = collected.kind == MethodKind::SepaDebit;
    let client = actor.client();
    let row = PaymentMethodRow {
        id: secrets::new_id(prefix::PAYMENT_METHOD),
        merchant_id: actor.merchant_id().to_string(),
        customer_id: customer_id.to_string(),
        kind: collected.kind.as_str().to_string(),
        processor_token: collected.token,
        fingerprint,
        brand: collected.brand,
        last4: collected.last4,
        exp_month: collected.exp_month,
        exp_year: collected.exp_year,
        sepa_country: collected.country.filter(|_| sepa),
        sepa_bank_code: collected.bank_code,
        account_holder_name: collected.holder_name,
        account_holder_email: collected.holder_email,
        billing_postal_code: collected.postal_code,
        mandate_reference: collected.mandate_reference,
        mandate_accepted_at: sepa.then_some(now),
        mandate_ip: client.and_then(|client| client.ip.clone()).filter(|_| sepa),
        mandate_user_agent: client
            .and_then(|client| client.user_agent.clone())
            .filter(|_| sepa),
        created_at: now,
        detached_at: None,
    };
    let object = save_attached(tx, actor, &row, make_default).await?;
    tracing::info!(payment_method = %row.id, kind = %row.kind, last4 = %row.last4, "processor payment method attached");
    Ok(object)
}
