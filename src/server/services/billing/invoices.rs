//! Invoices: issued for a subscription's period (with its pending items), numbered per
//! merchant, and collected by charging the customer's default payment method.
//!
//! Issuing happens inside the caller's transaction; charging happens after it commits, so
//! that no database lock is held while the processor answers. An open invoice whose
//! `next_payment_attempt` is due is claimed by pushing that time forward (a lease): if the
//! process dies mid-charge, the invoice is claimed again when the lease runs out, and the
//! processor's idempotency key (invoice id and attempt number) keeps it from charging twice.
//!
//! Over 500 lines: issuing, paying (with retries and dunning states) and voiding share the
//! invoice's state rules.
use serde_json::json;

use crate::domain::{invoice::InvoiceStatus, subscription::SubscriptionStatus};
use crate::server::services::{
    billing::clock,
    billing::coupons,
    billing::invoice_views::in_scope,
    billing::labels,
    developers::events::{self, NewEvent},
    now_unix,
    objects::{InvoiceObject, SubscriptionObject},
    payments::{ChargeOutcome, ChargeRequest, Decline, Payments},
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        coupon::Discount,
        dates::add_months,
        ids::prefix,
        invoice::{self, Line},
        money::Currency,
    },
    server::{
        db::{
            store::{
                self, catalog::PriceWithProductRow, invoice_items::InvoiceItemRow,
                invoices::InvoiceRow, subscriptions::SubscriptionRow,
            },
            Db, Exec, Tx,
        },
        secrets,
    },
};

/// How long a claimed payment attempt is reserved for the worker that claimed it.
const PAYMENT_LEASE_SECONDS: i64 = 15 * 60;

/// Whole calendar months from `from` to `to`: the largest `m` with `from + m months <= to`.
pub(super) fn whole_months_between(from: i64, to: i64) -> u32 {
    let (Ok(start), Ok(end)) = (
        time::OffsetDateTime::from_unix_timestamp(from),
        time::OffsetDateTime::from_unix_timestamp(to),
    ) else {
        return 0;
    };
    let rough = (end.year() - start.year()) * 12 + i32::from(u8::from(end.month()))
        - i32::from(u8::from(start.month()));
    let mut months = u32::try_from(rough.max(0)).unwrap_or(0);
    while months > 0 && add_months(start, months) > end {
        months -= 1;
    }
    months
}

/// The subscription's coupon if it still discounts an invoice for a period starting at
/// `invoice_at`: `once` covers the first invoice after it was applied, `repeating` those
/// starting within its months, `forever` all.
pub(super) async fn active_coupon(
    exec: Exec<'_>,
    subscription: &SubscriptionRow,
    months_per_invoice: u32,
    invoice_at: i64,
) -> ServiceResult<Option<(String, Discount)>> {
    let (Some(coupon_id), Some(applied_at)) =
        (&subscription.coupon_id, subscription.coupon_applied_at)
    else {
        return Ok(None);
    };
    let Some(coupon) = store::coupons::get(exec, &subscription.merchant_id, coupon_id).await?
    else {
        return Ok(None);
    };
    let Some((discount, duration)) = coupons::terms(&coupon) else {
        return Ok(None);
    };
    let months_after = whole_months_between(applied_at, invoice_at);
    Ok(duration
        .applies(months_after / months_per_invoice, months_after)
        .then(|| (coupon_id.clone(), discount)))
}

fn invalid_currency(code: &str) -> ServiceError {
    ServiceError::Internal(anyhow::anyhow!("stored currency {code} is not known"))
}

/// Why an invoice is issued, as Stripe names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillingReason {
    SubscriptionCreate,
    SubscriptionCycle,
    SubscriptionUpdate,
}

impl BillingReason {
    fn as_str(self) -> &'static str {
        match self {
            Self::SubscriptionCreate => "subscription_create",
            Self::SubscriptionCycle => "subscription_cycle",
            Self::SubscriptionUpdate => "subscription_update",
        }
    }
}

/// Issues a finalised invoice for `subscription` inside `tx`: the recurring charge for
/// `period` (if given), then every pending item of the subscription, discounted by its
/// coupon. `at` is the customer's time. Returns the invoice, open (to be charged) or, when
/// nothing is due, already paid.
pub(super) async fn issue_for_subscription(
    tx: &mut Tx,
    actor: &Actor,
    subscription: &SubscriptionRow,
    price: &PriceWithProductRow,
    reason: BillingReason,
    period: Option<(i64, i64)>,
    at: i64,
) -> ServiceResult<InvoiceRow> {
    let merchant_id = &subscription.merchant_id;
    let now = now_unix();
    let invoice_id = secrets::new_id(prefix::INVOICE);
    let currency =
        Currency::parse(&price.currency).map_err(|_| invalid_currency(&price.currency))?;
    let (period_start, period_end) = period.unwrap_or((at, at));
    let language =
        labels::customer_language(tx.exec(), merchant_id, &subscription.customer_id).await?;
    if let Some((start, end)) = period {
        let line = InvoiceItemRow {
            id: secrets::new_id(prefix::INVOICE_ITEM),
            merchant_id: merchant_id.clone(),
            customer_id: subscription.customer_id.clone(),
            subscription_id: Some(subscription.id.clone()),
            description: labels::item_words(language, &price.product_name, subscription.quantity),
            amount: price.unit_amount * subscription.quantity,
            currency: price.currency.clone(),
            period_start: start,
            period_end: end,
            proration: false,
            invoice_id: Some(invoice_id.clone()),
            created_at: now,
            price_id: Some(price.id.clone()),
            quantity: Some(subscription.quantity),
            unit_amount: Some(price.unit_amount),
            discountable: true,
        };
        store::invoice_items::insert(tx.exec(), &line).await?;
    }
    store::invoice_items::attach_pending(
        tx.exec(),
        merchant_id,
        &subscription.customer_id,
        &subscription.id,
        &invoice_id,
    )
    .await?;
    let lines = store::invoice_items::for_invoice(tx.exec(), merchant_id, &invoice_id).await?;
    let coupon = active_coupon(
        tx.exec(),
        subscription,
        price.months_per_period(),
        period_start,
    )
    .await?;
    let totals = invoice::totals(
        &lines
            .iter()
            .map(|line| Line {
                amount: line.amount,
                discountable: line.discountable,
            })
            .collect::<Vec<_>>(),
        coupon.as_ref().map(|(_, discount)| discount),
        &currency,
    );
    let number =
        store::merchants::next_invoice_number(tx.exec(), merchant_id, actor.livemode()).await?;
    if totals.carried_credit > 0 {
        // Credit beyond this invoice's charges waits for the next one instead of being lost.
        let credit = InvoiceItemRow {
            id: secrets::new_id(prefix::INVOICE_ITEM),
            merchant_id: merchant_id.clone(),
            customer_id: subscription.customer_id.clone(),
            subscription_id: Some(subscription.id.clone()),
            description: labels::carried_credit_words(language, &number),
            amount: -totals.carried_credit,
            currency: price.currency.clone(),
            period_start,
            period_end,
            proration: false,
            invoice_id: None,
            created_at: now,
            price_id: None,
            quantity: None,
            unit_amount: None,
            discountable: false,
        };
        store::invoice_items::insert(tx.exec(), &credit).await?;
    }
    let nothing_due = totals.amount_due == 0;
    let row = InvoiceRow {
        id: invoice_id,
        merchant_id: merchant_id.clone(),
        customer_id: subscription.customer_id.clone(),
        subscription_id: Some(subscription.id.clone()),
        number: Some(number),
        status: if nothing_due {
            InvoiceStatus::Paid
        } else {
            InvoiceStatus::Open
        },
        billing_reason: reason.as_str().to_string(),
        currency: price.currency.clone(),
        subtotal: totals.subtotal,
        discount: totals.discount,
        total: totals.total,
        amount_paid: 0,
        amount_due: totals.amount_due,
        coupon_id: coupon.map(|(id, _)| id),
        period_start,
        period_end,
        attempt_count: 0,
        next_payment_attempt: (!nothing_due).then_some(at),
        payment_method_id: None,
        last_payment_error: None,
        // Invoice times are the customer's (a test clock's, or real time).
        created_at: at,
        finalized_at: Some(at),
        paid_at: nothing_due.then_some(at),
        livemode: actor.livemode(),
        language: language.tag().to_string(),
    };
    store::invoices::insert(tx.exec(), &row).await?;
    let object = json!(InvoiceObject::new(&row, &lines, actor.livemode()));
    let mut types = vec!["invoice.created", "invoice.finalized"];
    if nothing_due {
        types.push("invoice.paid");
    }
    for event_type in types {
        events::record(
            tx.exec(),
            actor,
            now,
            NewEvent {
                event_type,
                customer_id: Some(&row.customer_id),
                object_id: &row.id,
                object: object.clone(),
                previous_attributes: None,
            },
        )
        .await?;
    }
    Ok(row)
}

/// Charges every open invoice whose payment attempt is due (optionally of one customer),
/// in batches. Returns how many attempts were made.
pub async fn collect_due(
    db: &Db,
    payments: &Payments,
    now: i64,
    only_customer: Option<&str>,
) -> ServiceResult<usize> {
    const BATCH: i64 = 200;
    let mut attempts = 0;
    loop {
        let claimed = {
            let mut tx = db.begin_write().await?;
            let claimed = store::invoices::claim_due_for_payment(
                tx.exec(),
                now,
                PAYMENT_LEASE_SECONDS,
                BATCH,
                only_customer,
            )
            .await?;
            tx.commit().await?;
            claimed
        };
        if claimed.is_empty() {
            return Ok(attempts);
        }
        for (merchant_id, invoice_id, livemode) in &claimed {
            attempt_payment(
                db,
                payments,
                merchant_id,
                *livemode,
                invoice_id,
                now,
                CustomerPresent::No,
            )
            .await?;
            attempts += 1;
        }
        if (claimed.len() as i64) < BATCH {
            return Ok(attempts);
        }
    }
}

/// How an attempt ended, as the invoice records it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Settled {
    Paid,
    /// Declined (or no processor, no method): retried on the dunning schedule.
    Failed(Decline),
    /// A debit the bank answers later: the invoice waits, without retries, for the event.
    Processing,
}

/// One payment attempt for an open invoice: charge the customer's default payment method,
/// then record the outcome (`invoice.paid`, or `invoice.payment_failed` and the
/// subscription `past_due`) in one transaction. `now` is the process's time; a customer
/// on a test clock is at their clock's time instead.
pub async fn attempt_payment(
    db: &Db,
    payments: &Payments,
    merchant_id: &str,
    livemode: bool,
    invoice_id: &str,
    now: i64,
    customer_present: CustomerPresent,
) -> ServiceResult<(InvoiceRow, Option<Decline>)> {
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode,
    };
    let (invoice, payment_method, processor, processor_customer, debit_on_its_way) = {
        let mut conn = db.conn().await?;
        let invoice = store::invoices::get(conn.exec(), merchant_id, livemode, None, invoice_id)
            .await?
            .ok_or_else(|| ServiceError::not_found("invoice", "id", invoice_id))?;
        let payment_method = match store::customers::default_payment_method(
            conn.exec(),
            merchant_id,
            &invoice.customer_id,
        )
        .await?
        {
            Some(id) => {
                store::payment_methods::get(
                    conn.exec(),
                    merchant_id,
                    livemode,
                    &invoice.customer_id,
                    &id,
                )
                .await?
            }
            None => None,
        };
        let processor = match payments.processor(conn.exec(), merchant_id, livemode).await {
            Ok(processor) => processor,
            Err(ServiceError::PaymentFailed(_)) => None,
            Err(other) => return Err(other),
        };
        // Live mode only: the processor's customer, and whether a debit is on its way.
        let (processor_customer, debit_on_its_way) = if livemode {
            let customer = store::payment_processors::processor_customer(
                conn.exec(),
                merchant_id,
                &invoice.customer_id,
            )
            .await?;
            let latest =
                store::payment_processors::latest_payment(conn.exec(), merchant_id, invoice_id)
                    .await?;
            let on_its_way = latest.is_some_and(|payment| {
                payment.status == "processing" && payment.attempt == invoice.attempt_count
            });
            (customer, on_its_way)
        } else {
            (None, false)
        };
        (
            invoice,
            payment_method,
            processor,
            processor_customer,
            debit_on_its_way,
        )
    };
    if invoice.status != InvoiceStatus::Open || debit_on_its_way {
        // Not open, or a debit is on its way: charging again could take the money twice.
        return Ok((invoice, None));
    }
    let attempt = invoice.attempt_count + 1;
    let outcome = match (&payment_method, processor) {
        (None, _) => Err(Decline::NoPaymentMethod),
        (Some(_), None) => Err(Decline::Unavailable),
        (Some(method), Some(processor)) => {
            processor
                .charge(ChargeRequest {
                    token: &method.processor_token,
                    processor_customer: processor_customer.as_deref(),
                    amount: invoice.amount_due,
                    currency: &invoice.currency,
                    idempotency_key: &format!("{}:{attempt}", invoice.id),
                    invoice_id: &invoice.id,
                })
                .await
        }
    };
    let (settled, payment) = match outcome {
        Ok(ChargeOutcome::Succeeded { payment }) => (Settled::Paid, Some((payment, "succeeded"))),
        Ok(ChargeOutcome::Processing { payment }) => {
            (Settled::Processing, Some((payment, "processing")))
        }
        Ok(ChargeOutcome::RequiresAction { payment }) => (
            Settled::Failed(Decline::AuthenticationRequired),
            Some((payment, "requires_action")),
        ),
        Err(decline) => (Settled::Failed(decline), None),
    };
    let payment = payment.filter(|_| livemode);
    record_attempt(
        db,
        &actor,
        Attempt {
            invoice_id,
            attempts_before: invoice.attempt_count,
            attempt,
            payment_method_id: payment_method.as_ref().map(|method| method.id.as_str()),
            payment: payment.as_ref().map(|(id, status)| (id.as_str(), *status)),
            customer_present,
        },
        settled,
        now,
    )
    .await
}

/// Whether the customer is in the portal when a payment is attempted: if not, and their
/// bank asks them to confirm it, they are e-mailed a link to the portal to do so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerPresent {
    Yes,
    No,
}

impl CustomerPresent {
    /// A customer acting in the portal is present; a merchant, the API or a renewal is not.
    pub fn of(actor: &Actor) -> Self {
        if matches!(actor, Actor::PortalSession { .. }) {
            Self::Yes
        } else {
            Self::No
        }
    }
}

/// An attempt to record: which invoice, the attempt count it was made at and its number,
/// and the processor's payment (id and status) in live mode.
struct Attempt<'a> {
    invoice_id: &'a str,
    attempts_before: i64,
    attempt: i64,
    payment_method_id: Option<&'a str>,
    payment: Option<(&'a str, &'a str)>,
    customer_present: CustomerPresent,
}

/// Records an attempt's outcome on the invoice, its events and the subscription's status
/// in one transaction, unless someone else recorded this attempt meanwhile.
async fn record_attempt(
    db: &Db,
    actor: &Actor,
    attempt: Attempt<'_>,
    settled: Settled,
    now: i64,
) -> ServiceResult<(InvoiceRow, Option<Decline>)> {
    let (merchant_id, livemode, invoice_id) =
        (actor.merchant_id(), actor.livemode(), attempt.invoice_id);
    let mut tx = db.begin_write().await?;
    let Some(before) =
        store::invoices::get(tx.exec(), merchant_id, livemode, None, invoice_id).await?
    else {
        return Err(ServiceError::not_found("invoice", "id", invoice_id));
    };
    if before.status != InvoiceStatus::Open || before.attempt_count != attempt.attempts_before {
        // Someone else recorded this attempt (or paid the invoice) meanwhile.
        return Ok((before, None));
    }
    let at = clock::customer_time_at(tx.exec(), merchant_id, &before.customer_id, now).await?;
    let mut after = before.clone();
    after.attempt_count = attempt.attempt;
    if let Some(method) = attempt.payment_method_id {
        after.payment_method_id = Some(method.to_string());
    }
    let (event_type, new_subscription_status) = match &settled {
        Settled::Paid => {
            after.status = InvoiceStatus::Paid;
            after.amount_paid = before.amount_due;
            after.amount_due = 0;
            after.paid_at = Some(at);
            after.next_payment_attempt = None;
            after.last_payment_error = None;
            (Some("invoice.paid"), Some(SubscriptionStatus::Active))
        }
        Settled::Processing => {
            after.next_payment_attempt = None;
            after.last_payment_error = None;
            (None, None)
        }
        Settled::Failed(decline) => {
            after.last_payment_error = Some(decline.to_string());
            let event = if *decline == Decline::AuthenticationRequired {
                "invoice.payment_action_required"
            } else {
                "invoice.payment_failed"
            };
            match invoice::next_retry_after(attempt.attempt) {
                Some(wait) => {
                    after.next_payment_attempt = Some(at + wait);
                    (Some(event), Some(SubscriptionStatus::PastDue))
                }
                None => {
                    after.status = InvoiceStatus::Uncollectible;
                    after.next_payment_attempt = None;
                    (Some(event), Some(SubscriptionStatus::Unpaid))
                }
            }
        }
    };
    store::invoices::update_state(tx.exec(), &after).await?;
    if let Some((payment_id, status)) = attempt.payment {
        let now = now_unix();
        store::payment_processors::save_payment(
            tx.exec(),
            &store::payment_processors::PaymentRow {
                merchant_id: merchant_id.to_string(),
                payment_id: payment_id.to_string(),
                invoice_id: invoice_id.to_string(),
                attempt: attempt.attempt,
                status: status.to_string(),
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        if status == "requires_action" && attempt.customer_present == CustomerPresent::No {
            let customer =
                store::customers::get(tx.exec(), merchant_id, livemode, &after.customer_id).await?;
            if let Some(email) = customer.and_then(|customer| customer.email) {
                store::payment_confirmation_mails::queue(
                    tx.exec(),
                    merchant_id,
                    payment_id,
                    invoice_id,
                    &email,
                    // The worker's time, not a test clock's.
                    now_unix(),
                )
                .await?;
            }
        }
    }
    let lines = store::invoice_items::for_invoice(tx.exec(), merchant_id, invoice_id).await?;
    let object = json!(InvoiceObject::new(&after, &lines, livemode));
    let mut previous = json!({ "attemptCount": before.attempt_count });
    if after.status != before.status {
        previous["status"] = json!(before.status);
    }
    let mut event_types: Vec<&str> = event_type.into_iter().collect();
    if after.status == InvoiceStatus::Uncollectible {
        event_types.push("invoice.marked_uncollectible");
    }
    for event_type in event_types {
        events::record(
            tx.exec(),
            actor,
            now_unix(),
            NewEvent {
                event_type,
                customer_id: Some(&after.customer_id),
                object_id: &after.id,
                object: object.clone(),
                previous_attributes: Some(previous.clone()),
            },
        )
        .await?;
    }
    if let (Some(subscription_id), Some(status)) = (&after.subscription_id, new_subscription_status)
    {
        set_subscription_status(&mut tx, actor, subscription_id, status).await?;
    }
    tx.commit().await?;
    if after.status == InvoiceStatus::Paid {
        // The payment is recorded whatever happens to its receipt; a receipt that could not
        // be made now is made when it is first asked for.
        if let Err(error) = crate::server::services::billing::receipts::record(
            db,
            merchant_id,
            livemode,
            invoice_id,
        )
        .await
        {
            tracing::error!(%error, invoice = %after.id, "receipt not rendered");
        }
    }
    match &settled {
        Settled::Paid => {
            tracing::info!(invoice = %after.id, amount = after.amount_paid, "invoice paid")
        }
        Settled::Processing => tracing::info!(invoice = %after.id, "payment processing"),
        Settled::Failed(decline) => {
            tracing::info!(invoice = %after.id, attempt = attempt.attempt, reason = decline.code(), "payment failed")
        }
    }
    Ok((
        after,
        match settled {
            Settled::Failed(decline) => Some(decline),
            _ => None,
        },
    ))
}

/// A payment the processor says succeeded for one of the merchant's open invoices, which we
/// have no record of (its answer was lost): the invoice is paid, at its current attempt.
pub async fn paid_at_processor(
    db: &Db,
    merchant_id: &str,
    payment_id: &str,
    invoice_id: &str,
) -> ServiceResult<bool> {
    let Some(invoice) =
        store::invoices::get(db.conn().await?.exec(), merchant_id, true, None, invoice_id).await?
    else {
        return Ok(false);
    };
    if invoice.status != InvoiceStatus::Open {
        return Ok(false);
    }
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: true,
    };
    let (after, _) = record_attempt(
        db,
        &actor,
        Attempt {
            invoice_id,
            attempts_before: invoice.attempt_count,
            // An attempt whose answer is still on its way finds this one recorded.
            attempt: invoice.attempt_count.max(1),
            payment_method_id: None,
            payment: Some((payment_id, "succeeded")),
            customer_present: CustomerPresent::No,
        },
        Settled::Paid,
        now_unix(),
    )
    .await?;
    Ok(after.status == InvoiceStatus::Paid)
}

/// What the processor said later about a payment made for an invoice: a SEPA debit that
/// succeeded or was returned days after, a payment the customer authenticated. Settles the
/// invoice as an attempt would have; a payment already settled, or not this merchant's,
/// changes nothing (events arrive more than once and out of order).
pub async fn settle_processor_payment(
    db: &Db,
    merchant_id: &str,
    payment_id: &str,
    outcome: Result<(), Decline>,
) -> ServiceResult<bool> {
    let Some(payment) =
        store::payment_processors::payment(db.conn().await?.exec(), merchant_id, payment_id)
            .await?
    else {
        return Ok(false);
    };
    if !matches!(payment.status.as_str(), "processing" | "requires_action") {
        return Ok(false);
    }
    let decline = match outcome {
        // The money moved: the invoice is paid, even if a retry was made since.
        Ok(()) => return paid_at_processor(db, merchant_id, payment_id, &payment.invoice_id).await,
        Err(decline) => decline,
    };
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: true,
    };
    // A failure counts only while it is the invoice's latest attempt.
    let (after, _) = record_attempt(
        db,
        &actor,
        Attempt {
            invoice_id: &payment.invoice_id,
            attempts_before: payment.attempt,
            attempt: payment.attempt,
            payment_method_id: None,
            payment: Some((payment_id, "failed")),
            customer_present: CustomerPresent::No,
        },
        Settled::Failed(decline),
        now_unix(),
    )
    .await?;
    Ok(after.attempt_count == payment.attempt)
}

/// Moves a subscription between active, past_due and unpaid after a payment outcome
/// (`subscription.updated`); a canceled or paused subscription keeps its status.
async fn set_subscription_status(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    status: SubscriptionStatus,
) -> ServiceResult<()> {
    let Some(before) = store::subscriptions::get_for_update(
        tx.exec(),
        actor.merchant_id(),
        actor.livemode(),
        None,
        subscription_id,
    )
    .await?
    else {
        return Ok(());
    };
    let movable = matches!(
        before.status,
        SubscriptionStatus::Active | SubscriptionStatus::PastDue | SubscriptionStatus::Unpaid
    );
    if !movable || before.status == status {
        return Ok(());
    }
    if status == SubscriptionStatus::Active
        && store::invoices::count_unpaid_for_subscription(
            tx.exec(),
            actor.merchant_id(),
            subscription_id,
        )
        .await?
            > 0
    {
        // Another invoice is still unpaid: the subscription stays past due.
        return Ok(());
    }
    let mut after = before.clone();
    after.status = status;
    after.updated_at = now_unix();
    store::subscriptions::update_state(tx.exec(), &after).await?;
    let price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        actor.merchant_id(),
        &after.price_id,
    )
    .await?;
    let object = SubscriptionObject::new(&after, &price, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        after.updated_at,
        NewEvent {
            event_type: "subscription.updated",
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: json!(object),
            previous_attributes: Some(json!({ "status": before.status })),
        },
    )
    .await?;
    Ok(())
}

/// An invoice within the actor's scope, with its lines.
pub async fn get(db: &Db, actor: &Actor, invoice_id: &str) -> ServiceResult<InvoiceObject> {
    let mut conn = db.conn().await?;
    let row = in_scope(conn.exec(), actor, invoice_id).await?;
    let lines =
        store::invoice_items::for_invoice(conn.exec(), actor.merchant_id(), invoice_id).await?;
    Ok(InvoiceObject::new(&row, &lines, actor.livemode()))
}

/// The customer's invoices, newest first (at most `limit`).
pub async fn list_for_customer(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    limit: i64,
) -> ServiceResult<Vec<InvoiceObject>> {
    let mut conn = db.conn().await?;
    crate::server::services::require_customer(conn.exec(), actor, customer_id).await?;
    let rows =
        store::invoices::list_for_customer(conn.exec(), actor.merchant_id(), customer_id, limit)
            .await?;
    let mut objects = Vec::with_capacity(rows.len());
    for row in &rows {
        let lines =
            store::invoice_items::for_invoice(conn.exec(), actor.merchant_id(), &row.id).await?;
        objects.push(InvoiceObject::new(row, &lines, actor.livemode()));
    }
    Ok(objects)
}

/// Voids an open invoice (`POST /v1/invoices/{id}/void`): nothing more is collected for it
/// (`invoice.voided`), and a subscription past due only because of it is active again.
pub async fn void(db: &Db, actor: &Actor, invoice_id: &str) -> ServiceResult<InvoiceObject> {
    let mut tx = db.begin_write().await?;
    let before = in_scope(tx.exec(), actor, invoice_id).await?;
    if before.status != InvoiceStatus::Open {
        return Err(ServiceError::invalid(
            "id",
            format!(
                "Only an open invoice can be voided; this one is {}",
                before.status
            ),
        ));
    }
    let mut after = before.clone();
    after.status = InvoiceStatus::Void;
    after.next_payment_attempt = None;
    store::invoices::update_state(tx.exec(), &after).await?;
    let lines =
        store::invoice_items::for_invoice(tx.exec(), actor.merchant_id(), invoice_id).await?;
    let object = InvoiceObject::new(&after, &lines, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now_unix(),
        NewEvent {
            event_type: "invoice.voided",
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: json!(object),
            previous_attributes: Some(json!({ "status": before.status })),
        },
    )
    .await?;
    if let Some(subscription_id) = &after.subscription_id {
        set_subscription_status(&mut tx, actor, subscription_id, SubscriptionStatus::Active)
            .await?;
    }
    tx.commit().await?;
    Ok(object)
}

/// Charges an open invoice now (`POST /v1/invoices/{id}/pay`, "Pay now" in the portal).
pub async fn pay(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    invoice_id: &str,
) -> ServiceResult<InvoiceObject> {
    let current = get(db, actor, invoice_id).await?;
    if current.status != InvoiceStatus::Open {
        return Err(ServiceError::invalid(
            "id",
            format!("This invoice is {}, not open", current.status),
        ));
    }
    if let (_, Some(decline)) = attempt_payment(
        db,
        payments,
        actor.merchant_id(),
        actor.livemode(),
        invoice_id,
        now_unix(),
        CustomerPresent::of(actor),
    )
    .await?
    {
        return Err(ServiceError::PaymentFailed(decline));
    }
    get(db, actor, invoice_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_months_count_calendar_months() {
        let jan_31 = 1_801_353_600; // 2027-01-31
        let feb_28 = jan_31 + 28 * 86_400;
        let mar_31 = jan_31 + 59 * 86_400;
        // A month after Jan 31 is Feb 28, as billing periods count it.
        assert_eq!(whole_months_between(jan_31, feb_28), 1);
        assert_eq!(whole_months_between(jan_31, feb_28 - 1), 0);
        assert_eq!(whole_months_between(jan_31, mar_31), 2);
        assert_eq!(whole_months_between(mar_31, jan_31), 0);
        // A coupon applied a few seconds into a period has not run a month at the next start.
        let start = 1_795_564_800; // 2026-11-25
        let next = add_months(time::OffsetDateTime::from_unix_timestamp(start).unwrap(), 1)
            .unix_timestamp();
        assert_eq!(whole_months_between(start + 5, next), 0);
        assert_eq!(whole_months_between(start, next), 1);
    }
}
