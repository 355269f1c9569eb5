//! The processor's events about a merchant's live payments and payment methods, each
//! handled once: a SEPA debit that succeeded or was returned days later, a payment the
//! customer authenticated, a mandate revoked or a card removed at the processor. Each
//! change goes through the same services as any other, with our own events and webhooks.
use serde_json::Value;

use crate::server::{
    db::{store, Db},
    processors::{
        stripe_events::{self, ProcessorEvent},
        Decline,
    },
    services::{
        billing::invoices,
        customers::{payment_methods, processor_methods},
        now_unix, Actor, ServiceError, ServiceResult,
    },
};

/// What became of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Acted on (or nothing to do for this kind of event).
    Done,
    /// Seen before: nothing done again.
    Duplicate,
}

/// Handles one verified event for the merchant's live mode.
pub async fn handle(db: &Db, merchant_id: &str, event: &Value) -> ServiceResult<Handled> {
    let (event_id, event_type, told) = stripe_events::parse(event)
        .ok_or_else(|| ServiceError::invalid("event", "The event has no id or type"))?;
    // Claimed first, in a transaction of its own: two deliveries of one event at once
    // cannot both act on it.
    let first = {
        let mut tx = db.begin_write().await?;
        let first = store::payment_processors::first_time_seen(
            tx.exec(),
            merchant_id,
            &event_id,
            &event_type,
            now_unix(),
        )
        .await?;
        tx.commit().await?;
        first
    };
    if !first {
        return Ok(Handled::Duplicate);
    }
    let outcome = act(db, merchant_id, told).await;
    if !matches!(outcome, Ok(Handled::Done)) {
        // Not done: forgotten, so that the processor's next delivery is handled.
        let mut tx = db.begin_write().await?;
        store::payment_processors::forget_event(tx.exec(), merchant_id, &event_id).await?;
        tx.commit().await?;
    }
    tracing::info!(merchant = merchant_id, event = %event_id, kind = %event_type, ?outcome, "processor event");
    outcome
}

async fn act(db: &Db, merchant_id: &str, told: ProcessorEvent) -> ServiceResult<Handled> {
    let system = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: true,
    };
    let settled = match told {
        ProcessorEvent::PaymentSucceeded { payment, invoice } => {
            settle(db, merchant_id, &payment, &invoice, Ok(())).await?
        }
        ProcessorEvent::PaymentFailed {
            payment,
            invoice,
            code,
        } => {
            let decline = match Decline::from_code(&code) {
                // A debit returned by the bank reads as such, whatever code it came with.
                Decline::CardDeclined if is_debit(db, merchant_id, &invoice).await? => {
                    Decline::DebitFailed
                }
                decline => decline,
            };
            settle(db, merchant_id, &payment, &invoice, Err(decline)).await?
        }
        ProcessorEvent::MethodDetached { token } => {
            let id = store::payment_methods::by_processor_token(
                db.conn().await?.exec(),
                merchant_id,
                &token,
            )
            .await?;
            if let Some(id) = id {
                payment_methods::detach_by_id(db, &system, &id).await?;
            }
            Handled::Done
        }
        ProcessorEvent::CardUpdated {
            token,
            exp_month,
            exp_year,
            last4,
        } => {
            processor_methods::card_updated(db, merchant_id, &token, exp_month, exp_year, &last4)
                .await?;
            Handled::Done
        }
        ProcessorEvent::Other => Handled::Done,
    };
    Ok(settled)
}

/// Whether the invoice's payment method is a SEPA mandate.
async fn is_debit(db: &Db, merchant_id: &str, invoice_id: &str) -> ServiceResult<bool> {
    let mut conn = db.conn().await?;
    let Some(invoice) =
        store::invoices::get(conn.exec(), merchant_id, true, None, invoice_id).await?
    else {
        return Ok(false);
    };
    let Some(method_id) = invoice.payment_method_id else {
        return Ok(false);
    };
    Ok(store::payment_methods::get(
        conn.exec(),
        merchant_id,
        true,
        &invoice.customer_id,
        &method_id,
    )
    .await?
    .is_some_and(|method| method.kind == "sepa_debit"))
}

async fn settle(
    db: &Db,
    merchant_id: &str,
    payment: &str,
    invoice: &str,
    outcome: Result<(), Decline>,
) -> ServiceResult<Handled> {
    let known = store::payment_processors::payment(db.conn().await?.exec(), merchant_id, payment)
        .await?
        .is_some();
    if known {
        invoices::settle_processor_payment(db, merchant_id, payment, outcome).await?;
    } else if outcome.is_ok() {
        // A payment we have no answer for (the charge's answer was lost, or this event
        // overtook it) paid the invoice its metadata names: the invoice is paid, so that no
        // retry charges the customer again. A failure we do not know of changes nothing:
        // the charge's own answer records it.
        invoices::paid_at_processor(db, merchant_id, payment, invoice).await?;
    }
    Ok(Handled::Done)
}
