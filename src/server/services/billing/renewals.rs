//! Renewing subscriptions at their period end: the background worker's job, also run for
//! one customer when their test clock moves.
//!
//! Each due subscription, in one transaction with its events: a scheduled cancellation
//! ends it (`subscription.deleted`); a pause whose resume date has come ends
//! (`subscription.updated`); a paused one moves to its next period without an invoice;
//! otherwise a scheduled change is applied, the period advances and the new period's
//! invoice is issued with the pending items and the coupon. Invoices are charged after
//! the renewals commit.

use serde_json::{json, Map, Value};

use crate::domain::subscription::SubscriptionStatus;
use crate::server::services::{
    billing::clock,
    billing::invoices::{self, BillingReason},
    developers::events::{self, NewEvent},
    now_unix,
    objects::{format_time, PriceObject, SubscriptionObject},
    payments::Payments,
    Actor, ServiceResult,
};
use crate::{
    domain::{dates::period_end_after, subscription::Interval},
    server::db::{store, store::catalog::PriceWithProductRow, Db, Tx},
};

/// Subscriptions renewed per transaction.
const BATCH: i64 = 100;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RenewalReport {
    /// Periods advanced (a subscription several periods behind counts once per period).
    pub renewed: usize,
    /// Subscriptions that ended at their period end.
    pub ended: usize,
    /// Payment attempts made afterwards.
    pub payment_attempts: usize,
}

/// Renews everything due at `now` (real time; customers on a test clock use theirs),
/// optionally only one customer's subscriptions, then charges the invoices that are due.
pub async fn run_due(
    db: &Db,
    payments: &Payments,
    now: i64,
    only_customer: Option<&str>,
) -> ServiceResult<RenewalReport> {
    let mut report = RenewalReport::default();
    loop {
        let mut tx = db.begin_write().await?;
        let due = store::subscriptions::claim_due_for_renewal(tx.exec(), now, BATCH, only_customer)
            .await?;
        if due.is_empty() {
            break;
        }
        let mut progressed = false;
        for (merchant_id, subscription_id, livemode) in &due {
            match renew_one(&mut tx, merchant_id, *livemode, subscription_id, now).await? {
                Renewal::Renewed => report.renewed += 1,
                Renewal::Ended => report.ended += 1,
                Renewal::NotDue => continue,
            }
            progressed = true;
        }
        tx.commit().await?;
        if !progressed {
            // Claimed but not due after all (the query and the row disagree): stop rather
            // than claim the same rows again.
            break;
        }
    }
    report.payment_attempts = invoices::collect_due(db, payments, now, only_customer).await?;
    Ok(report)
}

enum Renewal {
    Renewed,
    Ended,
    NotDue,
}

async fn renew_one(
    tx: &mut Tx,
    merchant_id: &str,
    livemode: bool,
    subscription_id: &str,
    now: i64,
) -> ServiceResult<Renewal> {
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode,
    };
    let Some(before) = store::subscriptions::get_for_update(
        tx.exec(),
        merchant_id,
        livemode,
        None,
        subscription_id,
    )
    .await?
    else {
        return Ok(Renewal::NotDue);
    };
    let at = clock::customer_time_at(tx.exec(), merchant_id, &before.customer_id, now).await?;
    let resumes =
        before.status == SubscriptionStatus::Paused && before.resumes_at.is_some_and(|r| r <= at);
    if before.current_period_end > at && !resumes {
        // Renewed by another worker meanwhile.
        return Ok(Renewal::NotDue);
    }
    let mut after = before.clone();
    after.updated_at = now_unix();
    let mut previous = Map::new();

    if resumes {
        after.status = SubscriptionStatus::Active;
        after.paused_at = None;
        after.resumes_at = None;
        previous.insert("status".into(), json!("paused"));
        previous.insert(
            "pauseCollection".into(),
            json!({
                "pausedAt": before.paused_at.map(format_time),
                "resumesAt": before.resumes_at.map(format_time),
            }),
        );
        if before.current_period_end > at {
            save(tx, &actor, &after, "subscription.updated", previous, None).await?;
            return Ok(Renewal::Renewed);
        }
    }

    let period_end = before.current_period_end;
    if before.cancel_at_period_end {
        after.status = SubscriptionStatus::Canceled;
        after.ended_at = Some(period_end);
        previous.insert("status".into(), json!(before.status));
        previous.insert("endedAt".into(), Value::Null);
        save(tx, &actor, &after, "subscription.deleted", previous, None).await?;
        tracing::info!(subscription = %after.id, "subscription ended at period end");
        return Ok(Renewal::Ended);
    }

    let old_price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        merchant_id,
        &before.price_id,
    )
    .await?;
    if let Some(scheduled) = after.scheduled_price_id.take() {
        after.price_id = scheduled;
        previous.insert("price".into(), json!(PriceObject::from(&old_price)));
    }
    if let Some(quantity) = after.scheduled_quantity.take() {
        if quantity != before.quantity {
            after.quantity = quantity;
            previous.insert("quantity".into(), json!(before.quantity));
        }
    }
    if before.scheduled_price_id.is_some() || before.scheduled_quantity.is_some() {
        previous.insert(
            "pendingUpdate".into(),
            json!(SubscriptionObject::new(&before, &old_price, false).pending_update),
        );
    }
    let price = if after.price_id == old_price.id {
        old_price.clone()
    } else {
        crate::server::services::billing::products::subscribed_price(
            tx.exec(),
            merchant_id,
            &after.price_id,
        )
        .await?
    };
    let interval = Interval::parse(&price.billing_interval).unwrap_or(Interval::Month);
    let anchor = before
        .billing_cycle_anchor
        .unwrap_or(before.current_period_start);
    after.current_period_start = period_end;
    after.current_period_end = period_end_after(
        anchor,
        interval,
        price.interval_count.clamp(1, 12) as u32,
        period_end,
    );
    previous.insert(
        "currentPeriodStart".into(),
        json!(format_time(before.current_period_start)),
    );
    previous.insert(
        "currentPeriodEnd".into(),
        json!(format_time(before.current_period_end)),
    );

    if after.status != SubscriptionStatus::Paused {
        let invoice = invoices::issue_for_subscription(
            tx,
            &actor,
            &after,
            &price,
            BillingReason::SubscriptionCycle,
            Some((after.current_period_start, after.current_period_end)),
            after.current_period_start,
        )
        .await?;
        previous.insert("latestInvoice".into(), json!(before.latest_invoice_id));
        after.latest_invoice_id = Some(invoice.id);
    }
    save(
        tx,
        &actor,
        &after,
        "subscription.updated",
        previous,
        Some(&price),
    )
    .await?;
    Ok(Renewal::Renewed)
}

/// Writes the subscription and its event. `price` is the subscription's price when the
/// caller already has it (one query fewer per renewal).
async fn save(
    tx: &mut Tx,
    actor: &Actor,
    after: &store::subscriptions::SubscriptionRow,
    event_type: &'static str,
    previous: Map<String, Value>,
    price: Option<&PriceWithProductRow>,
) -> ServiceResult<()> {
    store::subscriptions::update_state(tx.exec(), after).await?;
    let price = match price.filter(|price| price.id == after.price_id) {
        Some(price) => price.clone(),
        None => {
            crate::server::services::billing::products::subscribed_price(
                tx.exec(),
                actor.merchant_id(),
                &after.price_id,
            )
            .await?
        }
    };
    let object = SubscriptionObject::new(after, &price, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        after.updated_at,
        NewEvent {
            event_type,
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: json!(object),
            previous_attributes: Some(Value::Object(previous)),
        },
    )
    .await?;
    Ok(())
}
