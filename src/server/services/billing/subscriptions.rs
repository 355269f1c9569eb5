//! Subscription operations shared by the REST API and the portal: start, read, update (every
//! part of `POST /v1/subscriptions/{id}` in one transaction), change plan, cancel, pause,
//! resume, reactivate and apply a coupon. (Over 500 lines: the composed update and the
//! portal's rules for each part; each part's `*_in` function is short.)
use crate::domain::{dates::period_end_after, subscription::Interval};
use serde_json::json;

use crate::domain::invoice::InvoiceStatus;
use crate::domain::portal_configuration::PortalFeature;
use crate::domain::subscription::SubscriptionStatus;
use crate::server::services::settings::portal_configurations::{require_feature, retention_offer};
use crate::server::services::{
    billing::clock,
    billing::invoices::{self, BillingReason},
    billing::labels,
    billing::plan_changes::{self, ChangedPlan, PlanChange},
    developers::events::{self, NewEvent},
    now_unix,
    objects::{DiscountObject, SubscriptionObject},
    payments::Payments,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        ids,
        ids::prefix,
        portal_configuration::{CancelMode, CancellationReasonOption, ProrationBehavior},
        proration::{self, Item, Period},
    },
    server::{
        db::{
            store,
            store::{invoice_items::InvoiceItemRow, subscriptions::SubscriptionRow},
            Db, Tx,
        },
        secrets,
    },
};

/// Reads a subscription within the actor's scope.
pub async fn get(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    let mut conn = db.conn().await?;
    let row = store::subscriptions::get(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)?;
    let price = crate::server::services::billing::products::subscribed_price(
        conn.exec(),
        actor.merchant_id(),
        &row.price_id,
    )
    .await?;
    Ok(SubscriptionObject::new(&row, &price, actor.livemode()))
}

/// Moves a subscription to another price (quantity unchanged, prorations created): the
/// simplest [`change_plan`].
pub async fn switch_plan(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    subscription_id: &str,
    price_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let change = PlanChange {
        price: Some(price_id.to_string()),
        ..PlanChange::default()
    };
    change_plan(db, payments, actor, subscription_id, &change).await
}

/// How a subscription is to be canceled.
pub struct CancelRequest {
    /// For API callers; a portal session uses its configuration's mode instead.
    pub at_period_end: bool,
    pub reason: Option<String>,
    pub comment: Option<String>,
    /// For API callers cancelling now: credit the unused time. A portal session uses its
    /// configuration's `prorationBehavior` instead.
    pub prorate: bool,
}

pub const MAX_COMMENT_CHARS: usize = 500;

/// Loads a subscription for a change, within the actor's scope, locked on PostgreSQL.
async fn load_for_change(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionRow> {
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    store::subscriptions::get_for_update(
        tx.exec(),
        actor.merchant_id(),
        actor.livemode(),
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)
}

/// The subscription as the API shows it, read inside the caller's transaction.
async fn object_in(
    tx: &mut Tx,
    actor: &Actor,
    row: &SubscriptionRow,
) -> ServiceResult<SubscriptionObject> {
    let price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        actor.merchant_id(),
        &row.price_id,
    )
    .await?;
    Ok(SubscriptionObject::new(row, &price, actor.livemode()))
}

/// Saves `after` and records its event with the previous values of the changed fields.
async fn save_and_record(
    tx: &mut Tx,
    actor: &Actor,
    mut after: SubscriptionRow,
    event_type: &'static str,
    previous_attributes: serde_json::Value,
) -> ServiceResult<SubscriptionObject> {
    let now = now_unix();
    after.updated_at = now;
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
        now,
        NewEvent {
            event_type,
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: Some(previous_attributes),
        },
    )
    .await?;
    Ok(object)
}

/// Cancels at the period end (`subscription.updated`, `cancelAtPeriodEnd`) or now
/// (`subscription.deleted`). The reason and comment travel in the same event.
pub async fn cancel(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    request: CancelRequest,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = cancel_in(&mut tx, actor, subscription_id, request).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`cancel`] inside the caller's transaction.
pub(crate) async fn cancel_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    request: CancelRequest,
) -> ServiceResult<SubscriptionObject> {
    let before = load_for_change(tx, actor, subscription_id).await?;
    let mut at_period_end = request.at_period_end;
    let mut prorate = request.prorate;
    let mut reason = request.reason.filter(|reason| !reason.is_empty());
    if let Some(features) =
        require_feature(tx.exec(), actor, PortalFeature::SubscriptionCancel).await?
    {
        let cancel = features.subscription_cancel;
        at_period_end = cancel.mode == CancelMode::AtPeriodEnd;
        prorate = cancel.proration_behavior == Some(ProrationBehavior::CreateProrations);
        let allowed = cancel
            .cancellation_reason
            .filter(|reasons| reasons.enabled)
            .map(|reasons| reasons.options)
            .unwrap_or_default();
        if let Some(given) = &reason {
            let known = serde_json::from_value::<CancellationReasonOption>(json!(given)).ok();
            if !known.is_some_and(|option| allowed.contains(&option)) {
                reason = None;
                if !allowed.is_empty() {
                    return Err(ServiceError::invalid(
                        "reason",
                        "Please choose one of the listed reasons",
                    ));
                }
            }
        }
    } else if let Some(given) = &reason {
        if serde_json::from_value::<CancellationReasonOption>(json!(given)).is_err() {
            return Err(ServiceError::invalid(
                "cancellationDetails.reason",
                "reason must be one of too_expensive, missing_features, switched_service, unused, \
                 customer_service, too_complex, low_quality, other",
            ));
        }
    }
    let comment = request
        .comment
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty());
    if comment
        .as_ref()
        .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
    {
        return Err(ServiceError::invalid(
            "cancellationDetails.comment",
            format!("The comment is at most {MAX_COMMENT_CHARS} characters"),
        ));
    }
    if before.status == SubscriptionStatus::Canceled {
        return Err(ServiceError::invalid(
            "id",
            "This subscription has already ended",
        ));
    }
    let now = clock::customer_now(tx.exec(), actor.merchant_id(), &before.customer_id).await?;
    let mut after = before.clone();
    after.canceled_at = Some(now);
    after.cancellation_reason = reason;
    after.cancellation_comment = comment;
    if at_period_end {
        if before.cancel_at_period_end {
            return object_in(tx, actor, &before).await;
        }
        after.cancel_at_period_end = true;
        let previous = json!({ "cancelAtPeriodEnd": false, "canceledAt": null });
        save_and_record(tx, actor, after, "subscription.updated", previous).await
    } else {
        after.status = SubscriptionStatus::Canceled;
        after.ended_at = Some(now);
        after.cancel_at_period_end = false;
        after.scheduled_price_id = None;
        after.scheduled_quantity = None;
        if prorate {
            credit_unused_time(tx, &before, now).await?;
        }
        // What was waiting for this subscription's next invoice now waits for the
        // customer's next invoice, so that no charge or credit is lost.
        store::invoice_items::move_pending_to_customer(tx.exec(), &before.merchant_id, &before.id)
            .await?;
        let previous = json!({ "status": before.status, "endedAt": null });
        save_and_record(tx, actor, after, "subscription.deleted", previous).await
    }
}

/// On an immediate cancellation: a credit for the paid, unused rest of the period, as
/// Stripe prorates (to the second, rounded half-even), kept for the customer's next invoice.
async fn credit_unused_time(
    tx: &mut Tx,
    subscription: &SubscriptionRow,
    now: i64,
) -> ServiceResult<()> {
    let price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        &subscription.merchant_id,
        &subscription.price_id,
    )
    .await?;
    let period = Period {
        start: subscription.current_period_start,
        end: subscription.current_period_end,
    };
    let old = Item {
        unit_amount: price.unit_amount,
        quantity: subscription.quantity,
    };
    let nothing = Item {
        unit_amount: 0,
        quantity: 0,
    };
    let [credit, _] = proration::prorate(old, nothing, period, now)
        .map_err(|e| anyhow::anyhow!("proration failed: {e}"))?;
    if credit.amount == 0 {
        return Ok(());
    }
    let language = labels::customer_language(
        tx.exec(),
        &subscription.merchant_id,
        &subscription.customer_id,
    )
    .await?;
    let item = InvoiceItemRow {
        id: secrets::new_id(prefix::INVOICE_ITEM),
        merchant_id: subscription.merchant_id.clone(),
        customer_id: subscription.customer_id.clone(),
        subscription_id: Some(subscription.id.clone()),
        description: labels::proration_words(
            language,
            proration::LineKind::Credit,
            &price.product_name,
            1,
            credit.from,
            now,
        ),
        amount: credit.amount,
        currency: price.currency.clone(),
        period_start: credit.from,
        period_end: credit.until,
        proration: true,
        invoice_id: None,
        created_at: now_unix(),
        price_id: None,
        quantity: None,
        unit_amount: None,
        discountable: false,
    };
    store::invoice_items::insert(tx.exec(), &item).await?;
    Ok(())
}

/// Pauses billing (`subscriptionPause`): no invoices until it resumes, by itself at
/// `resumes_at` (the customer's time) or when resumed.
pub async fn pause(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    resumes_at: Option<i64>,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = pause_in(&mut tx, actor, subscription_id, resumes_at).await?;
    tx.commit().await?;
    Ok(object)
}

/// Pauses for `days` of the customer's clock (the portal's 30/60/90 days), or until
/// resumed: the resumption time is read in the same transaction as the pause.
pub async fn pause_for_days(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    days: Option<i64>,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let resumes_at = match days {
        None => None,
        Some(days) => {
            let row = load_for_change(&mut tx, actor, subscription_id).await?;
            let now = clock::customer_now(tx.exec(), actor.merchant_id(), &row.customer_id).await?;
            let resumes_at = days.checked_mul(86_400).and_then(|s| now.checked_add(s));
            Some(resumes_at.ok_or_else(|| {
                ServiceError::invalid("resumeAfterDays", "Choose how long to pause billing")
            })?)
        }
    };
    let object = pause_in(&mut tx, actor, subscription_id, resumes_at).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`pause`] inside the caller's transaction.
pub(crate) async fn pause_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    resumes_at: Option<i64>,
) -> ServiceResult<SubscriptionObject> {
    let before = load_for_change(tx, actor, subscription_id).await?;
    require_feature(tx.exec(), actor, PortalFeature::SubscriptionPause).await?;
    if before.status != SubscriptionStatus::Active || before.cancel_at_period_end {
        return Err(ServiceError::invalid(
            "pauseCollection",
            "Only an active subscription that is not set to cancel can be paused",
        ));
    }
    let now = clock::customer_now(tx.exec(), actor.merchant_id(), &before.customer_id).await?;
    if let Some(resumes_at) = resumes_at {
        if resumes_at <= now || resumes_at > now.saturating_add(366 * 86_400) {
            return Err(ServiceError::invalid(
                "pauseCollection.resumesAt",
                "The resume date must be in the future and within a year",
            ));
        }
    }
    let mut after = before.clone();
    after.status = SubscriptionStatus::Paused;
    after.paused_at = Some(now);
    after.resumes_at = resumes_at;
    let previous = json!({ "status": before.status, "pauseCollection": null });
    save_and_record(tx, actor, after, "subscription.updated", previous).await
}

/// Resumes a paused subscription now; billing continues at the period end.
pub async fn resume(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = resume_in(&mut tx, actor, subscription_id).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`resume`] inside the caller's transaction.
pub(crate) async fn resume_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let before = load_for_change(tx, actor, subscription_id).await?;
    require_feature(tx.exec(), actor, PortalFeature::SubscriptionPause).await?;
    if before.status != SubscriptionStatus::Paused {
        return Err(ServiceError::invalid(
            "pauseCollection",
            "This subscription is not paused",
        ));
    }
    let mut after = before.clone();
    after.status = SubscriptionStatus::Active;
    after.paused_at = None;
    after.resumes_at = None;
    let previous = json!({
        "status": "paused",
        "pauseCollection": {
            "pausedAt": before.paused_at.map(crate::server::services::objects::format_time),
            "resumesAt": before.resumes_at.map(crate::server::services::objects::format_time),
        },
    });
    save_and_record(tx, actor, after, "subscription.updated", previous).await
}

/// Undoes a cancellation scheduled for the period end.
pub async fn reactivate(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = reactivate_in(&mut tx, actor, subscription_id).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`reactivate`] inside the caller's transaction.
pub(crate) async fn reactivate_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let before = load_for_change(tx, actor, subscription_id).await?;
    require_feature(tx.exec(), actor, PortalFeature::SubscriptionCancel).await?;
    if before.status == SubscriptionStatus::Canceled || !before.cancel_at_period_end {
        return Err(ServiceError::invalid(
            "cancelAtPeriodEnd",
            "This subscription is not scheduled to cancel",
        ));
    }
    let mut after = before.clone();
    after.cancel_at_period_end = false;
    after.canceled_at = None;
    after.cancellation_reason = None;
    after.cancellation_comment = None;
    let previous = json!({
        "cancelAtPeriodEnd": true,
        "canceledAt": before.canceled_at.map(crate::server::services::objects::format_time),
    });
    save_and_record(tx, actor, after, "subscription.updated", previous).await
}

/// Applies a coupon to the subscription's coming invoices. A portal customer can only
/// accept their configuration's retention offer, once per subscription.
pub async fn apply_coupon(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    coupon_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = apply_coupon_in(&mut tx, actor, subscription_id, coupon_id).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`apply_coupon`] inside the caller's transaction.
pub(crate) async fn apply_coupon_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    coupon_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let before = load_for_change(tx, actor, subscription_id).await?;
    let is_retention = matches!(actor, Actor::PortalSession { .. });
    // In the portal, only the session's retention offer may be applied.
    let features = require_feature(tx.exec(), actor, PortalFeature::SubscriptionCancel).await?;
    if let (Some(features), Actor::PortalSession { session_id, .. }) = (features, actor) {
        let offered = retention_offer(tx.exec(), session_id, features).await?;
        if offered.as_deref() != Some(coupon_id) {
            return Err(ServiceError::FeatureDisabled);
        }
        if before.retention_offer_accepted_at.is_some() {
            return Err(ServiceError::invalid(
                "coupon",
                "This offer was already accepted",
            ));
        }
    }
    if store::coupons::get(tx.exec(), actor.merchant_id(), coupon_id)
        .await?
        .is_none()
    {
        return Err(ServiceError::not_found("coupon", "coupon", coupon_id));
    }
    if before.status == SubscriptionStatus::Canceled {
        return Err(ServiceError::invalid(
            "id",
            "This subscription has already ended",
        ));
    }
    let now = clock::customer_now(tx.exec(), actor.merchant_id(), &before.customer_id).await?;
    let mut after = before.clone();
    after.coupon_id = Some(coupon_id.to_string());
    after.coupon_applied_at = Some(now);
    if is_retention {
        after.retention_offer_accepted_at = Some(now);
    }
    let previous = json!({ "discount": DiscountObject::of(&before) });
    save_and_record(tx, actor, after, "subscription.updated", previous).await
}

/// Pausing or resuming, as one part of [`update`].
pub enum PauseChange {
    Pause { resumes_at: Option<i64> },
    Resume,
}

/// The parts of `POST /v1/subscriptions/{id}`; absent parts change nothing.
#[derive(Default)]
pub struct SubscriptionUpdate {
    pub plan_change: Option<PlanChange>,
    pub coupon: Option<String>,
    /// Drops a plan change scheduled for the period end.
    pub drop_pending_update: bool,
    pub pause: Option<PauseChange>,
    /// `true` cancels at the period end (with `reason` and `comment`); `false` undoes that.
    pub cancel_at_period_end: Option<bool>,
    pub cancellation_reason: Option<String>,
    pub cancellation_comment: Option<String>,
}

/// `POST /v1/subscriptions/{id}`: every part in one transaction, in a fixed order (plan
/// change, coupon, dropped pending update, pause or resume, cancellation or its undoing),
/// each with its own event as before. A refused part refuses the whole request and nothing
/// is changed or emitted; an `always_invoice` invoice is charged after the commit.
pub async fn update(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    subscription_id: &str,
    update: SubscriptionUpdate,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let mut changed_plan = None;
    let mut result = None;
    if let Some(change) = &update.plan_change {
        let changed = plan_changes::change_plan_in(&mut tx, actor, subscription_id, change).await?;
        result = Some(changed.object.clone());
        changed_plan = Some(changed);
    }
    if let Some(coupon) = &update.coupon {
        result = Some(apply_coupon_in(&mut tx, actor, subscription_id, coupon).await?);
    }
    if update.drop_pending_update {
        result =
            Some(plan_changes::cancel_scheduled_change_in(&mut tx, actor, subscription_id).await?);
    }
    match update.pause {
        Some(PauseChange::Pause { resumes_at }) => {
            result = Some(pause_in(&mut tx, actor, subscription_id, resumes_at).await?);
        }
        Some(PauseChange::Resume) => {
            result = Some(resume_in(&mut tx, actor, subscription_id).await?);
        }
        None => {}
    }
    match update.cancel_at_period_end {
        Some(true) => {
            let request = CancelRequest {
                prorate: false,
                at_period_end: true,
                reason: update.cancellation_reason,
                comment: update.cancellation_comment,
            };
            result = Some(cancel_in(&mut tx, actor, subscription_id, request).await?);
        }
        Some(false) => {
            let current = load_for_change(&mut tx, actor, subscription_id).await?;
            result = Some(if current.cancel_at_period_end {
                reactivate_in(&mut tx, actor, subscription_id).await?
            } else {
                object_in(&mut tx, actor, &current).await?
            });
        }
        None => {}
    }
    let result = match result {
        Some(object) => object,
        // Nothing to change: the subscription as it is.
        None => {
            let row = load_for_change(&mut tx, actor, subscription_id).await?;
            object_in(&mut tx, actor, &row).await?
        }
    };
    tx.commit().await?;
    match changed_plan {
        // Charged after the commit; answers the subscription as every part left it.
        Some(changed) if changed.invoice_to_charge.is_some() => {
            charge_after_commit(db, payments, actor, changed).await
        }
        _ => Ok(result),
    }
}

/// Starts a subscription for one of the merchant's customers (first period begins now).
pub async fn create(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    price_id: &str,
    quantity: Option<i64>,
) -> ServiceResult<SubscriptionObject> {
    let quantity = quantity.unwrap_or(1);
    if !(1..=plan_changes::MAX_QUANTITY).contains(&quantity) {
        return Err(ServiceError::invalid(
            "quantity",
            format!(
                "The quantity must be between 1 and {}",
                plan_changes::MAX_QUANTITY
            ),
        ));
    }
    start(db, payments, actor, customer_id, price_id, quantity).await
}

/// The customer's subscriptions, oldest first; another merchant's customer has none.
pub async fn list_for_customer(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<Vec<SubscriptionObject>> {
    let mut conn = db.conn().await?;
    if store::customers::get(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
    )
    .await?
    .is_none()
    {
        return Err(ServiceError::not_found("customer", "customer", customer_id));
    }
    Ok(store::subscriptions::list_for_customer_with_prices(
        conn.exec(),
        actor.merchant_id(),
        customer_id,
    )
    .await?
    .iter()
    .map(|row| SubscriptionObject::new(&row.subscription, &row.price(), actor.livemode()))
    .collect())
}

/// Makes a plan change: new price and quantity, proration lines as pending invoice items
/// (`create_prorations`), and `subscription.updated`, all in one transaction; an
/// `always_invoice` invoice is charged after the commit.
pub async fn change_plan(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    subscription_id: &str,
    change: &PlanChange,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let changed = plan_changes::change_plan_in(&mut tx, actor, subscription_id, change).await?;
    tx.commit().await?;
    charge_after_commit(db, payments, actor, changed).await
}

/// Charges a plan change's `always_invoice` invoice after its commit, so that no lock is
/// held while the processor answers; a decline leaves the invoice open and the subscription
/// past due, as at renewal. Answers the subscription as it ends up.
async fn charge_after_commit(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    changed: ChangedPlan,
) -> ServiceResult<SubscriptionObject> {
    let Some(invoice_id) = changed.invoice_to_charge else {
        return Ok(changed.object);
    };
    invoices::attempt_payment(
        db,
        payments,
        actor.merchant_id(),
        actor.livemode(),
        &invoice_id,
        now_unix(),
        invoices::CustomerPresent::of(actor),
    )
    .await?;
    get(db, actor, &changed.object.id).await
}

/// Starts an active subscription whose first period begins now (the customer's time) and
/// issues its first invoice, charged before answering. A declined first payment leaves the
/// subscription `past_due` with the invoice open, to be retried.
async fn start(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    price_id: &str,
    quantity: i64,
) -> ServiceResult<SubscriptionObject> {
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    store::customers::get(tx.exec(), merchant_id, actor.livemode(), customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    let price = store::catalog::get_price(tx.exec(), merchant_id, price_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("price", "price", price_id))?;
    if !price.available() {
        return Err(ServiceError::invalid(
            "price",
            "This price is no longer available",
        ));
    }
    let now = now_unix();
    let start = clock::customer_now(tx.exec(), merchant_id, customer_id).await?;
    let interval = Interval::parse(&price.billing_interval).unwrap_or(Interval::Month);
    let mut row = SubscriptionRow {
        id: secrets::new_id(prefix::SUBSCRIPTION),
        merchant_id: merchant_id.to_string(),
        customer_id: customer_id.to_string(),
        price_id: price.id.clone(),
        quantity,
        status: SubscriptionStatus::Active,
        current_period_start: start,
        current_period_end: period_end_after(
            start,
            interval,
            price.interval_count.clamp(1, 12) as u32,
            start,
        ),
        cancel_at_period_end: false,
        created_at: now,
        updated_at: now,
        canceled_at: None,
        ended_at: None,
        cancellation_reason: None,
        cancellation_comment: None,
        coupon_id: None,
        coupon_applied_at: None,
        retention_offer_accepted_at: None,
        scheduled_price_id: None,
        scheduled_quantity: None,
        paused_at: None,
        resumes_at: None,
        latest_invoice_id: None,
        billing_cycle_anchor: Some(start),
        livemode: actor.livemode(),
    };
    store::subscriptions::insert(tx.exec(), &row).await?;
    let invoice = invoices::issue_for_subscription(
        &mut tx,
        actor,
        &row,
        &price,
        BillingReason::SubscriptionCreate,
        Some((row.current_period_start, row.current_period_end)),
        start,
    )
    .await?;
    row.latest_invoice_id = Some(invoice.id.clone());
    store::subscriptions::update_state(tx.exec(), &row).await?;
    let object = SubscriptionObject::new(&row, &price, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "subscription.created",
            customer_id: Some(customer_id),
            object_id: &row.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: None,
        },
    )
    .await?;
    tx.commit().await?;
    if invoice.status == InvoiceStatus::Open {
        invoices::attempt_payment(
            db,
            payments,
            merchant_id,
            actor.livemode(),
            &invoice.id,
            now,
            invoices::CustomerPresent::of(actor),
        )
        .await?;
        return crate::server::services::billing::subscriptions::get(db, actor, &row.id).await;
    }
    Ok(object)
}
