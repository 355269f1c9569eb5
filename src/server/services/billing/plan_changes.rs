//! Changing a subscription's price or quantity. The preview the customer confirms and the
//! change itself run the same computation at the same proration time, so they match to the
//! minor unit. A merchant's API call may name that time (`prorationDate`); in the portal it
//! is always the server's: the preview signs it into a [`ChangeQuote`] that the confirmation
//! carries back, and a confirmation whose amounts no longer match is refused.
//!
//! Over 500 lines: the plan (proration, deferral rules, the signed quote) and its unit
//! tests; the quote is the part to move out next.
use serde_json::{json, Map, Value};

use crate::domain::invoice::InvoiceStatus;
use crate::domain::portal_configuration::PortalFeature;
use crate::domain::subscription::SubscriptionRefusal;
use crate::server::services::settings::portal_configurations::{deep_link, require_feature};
use crate::server::services::{
    billing::clock,
    billing::invoices::{self, BillingReason},
    billing::labels,
    developers::events::{self, NewEvent},
    now_unix,
    objects::{DiscountObject, PriceObject, SubscriptionObject},
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        ids::{self, prefix},
        money::Currency,
        portal_configuration::{AllowedProduct, ProrationBehavior},
        proration::{self, Item, LineKind, Period},
    },
    server::{
        db::{
            store::{
                self, catalog::PriceWithProductRow, invoice_items::InvoiceItemRow,
                subscriptions::SubscriptionRow,
            },
            Db, Tx,
        },
        secrets::{self, KeyPurpose, OperatorKeys},
    },
    views::{ChangePreview, PreviewDiscount, PreviewLine},
};

/// The largest quantity a subscription may have.
pub const MAX_QUANTITY: i64 = 10_000;

/// A requested change; absent fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct PlanChange {
    pub price: Option<String>,
    pub quantity: Option<i64>,
    /// For API callers; a portal session uses its configuration's behaviour.
    pub proration_behavior: Option<ProrationBehavior>,
    /// Unix seconds within the current period; defaults to now. API callers only: a portal
    /// session's proration time is the server's (now, or its confirmed quote's).
    pub proration_date: Option<i64>,
    /// The portal's signed preview that this change confirms (required for portal sessions).
    pub confirmed_quote: Option<ChangeQuote>,
}

/// How long a portal preview may be confirmed at its amounts.
pub const QUOTE_VALID_FOR_SECONDS: i64 = 600;

/// A preview the server signed for one portal session: the change it describes, the
/// proration time the server chose and the amounts it showed. Only [`ChangeQuote::verify`]
/// makes one, so a customer cannot choose the proration time or the amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeQuote {
    subscription_id: String,
    price_id: String,
    quantity: i64,
    proration_date: i64,
    amount_due_today: i64,
    next_invoice_total: i64,
    currency: String,
    takes_effect_at_period_end: bool,
    /// The coupon the change applies with it; empty for none.
    coupon: String,
}

impl ChangeQuote {
    fn of_preview(preview: &ChangePreview) -> Self {
        Self {
            subscription_id: preview.subscription_id.clone(),
            price_id: preview.new_price_id.clone(),
            quantity: preview.quantity,
            proration_date: preview.proration_date,
            amount_due_today: preview.amount_due_today,
            next_invoice_total: preview.next_invoice_total,
            currency: preview.currency.clone(),
            takes_effect_at_period_end: preview.takes_effect_at_period_end,
            coupon: preview
                .new_discount
                .as_ref()
                .map(|discount| discount.coupon.clone())
                .unwrap_or_default(),
        }
    }

    /// The MAC over every field, the session it was shown in and its expiry.
    fn mac(&self, keys: &OperatorKeys, actor: &Actor, expires_at: i64) -> String {
        let key = keys.derive(KeyPurpose::ChangeQuote, actor.merchant_id());
        let session = match actor {
            Actor::PortalSession { session_id, .. } => session_id.as_str(),
            _ => "",
        };
        let message = format!(
            "{session}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{expires_at}",
            self.subscription_id,
            self.price_id,
            self.quantity,
            self.proration_date,
            self.amount_due_today,
            self.next_invoice_total,
            self.currency,
            self.takes_effect_at_period_end,
            self.coupon,
        );
        secrets::hex(&secrets::hmac_sha256(&key, &[message.as_bytes()]))
    }

    /// The token the review page posts back: the fields, the expiry and their MAC.
    pub fn sign(keys: &OperatorKeys, actor: &Actor, preview: &ChangePreview, now: i64) -> String {
        let quote = Self::of_preview(preview);
        let expires_at = now + QUOTE_VALID_FOR_SECONDS;
        let mac = quote.mac(keys, actor, expires_at);
        format!(
            "{}.{}.{}.{}.{}.{}.{}.{}.{}.{expires_at}.{mac}",
            quote.subscription_id,
            quote.price_id,
            quote.quantity,
            quote.proration_date,
            quote.amount_due_today,
            quote.next_invoice_total,
            quote.currency,
            u8::from(quote.takes_effect_at_period_end),
            quote.coupon,
        )
    }

    /// The quote in `token` if this server signed it for this session and it has not
    /// expired; anything else is [`ServiceError::QuoteChanged`] (review again).
    pub fn verify(
        keys: &OperatorKeys,
        actor: &Actor,
        token: &str,
        now: i64,
    ) -> ServiceResult<Self> {
        let parts: Vec<&str> = token.split('.').collect();
        let [subscription_id, price_id, quantity, proration_date, amount_due_today, next_invoice_total, currency, deferred, coupon, expires_at, mac] =
            parts[..]
        else {
            return Err(ServiceError::QuoteChanged);
        };
        let number = |text: &str| text.parse::<i64>().map_err(|_| ServiceError::QuoteChanged);
        let quote = Self {
            subscription_id: subscription_id.to_string(),
            price_id: price_id.to_string(),
            quantity: number(quantity)?,
            proration_date: number(proration_date)?,
            amount_due_today: number(amount_due_today)?,
            next_invoice_total: number(next_invoice_total)?,
            currency: currency.to_string(),
            takes_effect_at_period_end: match deferred {
                "1" => true,
                "0" => false,
                _ => return Err(ServiceError::QuoteChanged),
            },
            coupon: coupon.to_string(),
        };
        let expires_at = number(expires_at)?;
        let expected = quote.mac(keys, actor, expires_at);
        if !secrets::constant_time_eq(expected.as_bytes(), mac.as_bytes()) || now > expires_at {
            return Err(ServiceError::QuoteChanged);
        }
        Ok(quote)
    }

    /// The change this quote describes, to confirm.
    pub fn change(&self) -> PlanChange {
        PlanChange {
            price: Some(self.price_id.clone()),
            quantity: Some(self.quantity),
            confirmed_quote: Some(self.clone()),
            ..PlanChange::default()
        }
    }

    pub fn subscription_id(&self) -> &str {
        &self.subscription_id
    }
}

/// A change worked out but not yet saved.
struct Planned {
    before: SubscriptionRow,
    after: SubscriptionRow,
    old_price: PriceWithProductRow,
    new_price: PriceWithProductRow,
    behavior: ProrationBehavior,
    preview: ChangePreview,
    /// The customer's time (their test clock's, or real time).
    customer_now: i64,
    /// The change waits for the period end (a downgrade the configuration defers).
    deferred: bool,
}

fn behavior_name(behavior: ProrationBehavior) -> &'static str {
    match behavior {
        ProrationBehavior::None => "none",
        ProrationBehavior::CreateProrations => "create_prorations",
        ProrationBehavior::AlwaysInvoice => "always_invoice",
    }
}

async fn plan(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    change: &PlanChange,
) -> ServiceResult<Planned> {
    let merchant_id = actor.merchant_id();
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    let before = store::subscriptions::get_for_update(
        tx.exec(),
        merchant_id,
        actor.livemode(),
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)?;
    // A customer in the portal may only do what the session's configuration offers.
    let portal_rules = require_feature(tx.exec(), actor, PortalFeature::SubscriptionUpdate)
        .await?
        .map(|features| features.subscription_update);
    let status = before.status;
    if !status.can_change_plan() {
        return Err(ServiceError::Refused(
            SubscriptionRefusal::CannotChangePlan(status),
        ));
    }
    let old_price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        merchant_id,
        &before.price_id,
    )
    .await?;
    let new_price = match change.price.as_deref() {
        Some(price_id) if price_id != old_price.id => {
            store::catalog::get_price(tx.exec(), merchant_id, price_id)
                .await?
                .ok_or_else(|| ServiceError::not_found("price", "price", price_id))?
        }
        _ => old_price.clone(),
    };
    let quantity = change.quantity.unwrap_or(before.quantity);
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        return Err(ServiceError::Refused(
            SubscriptionRefusal::QuantityOutOfRange {
                maximum: MAX_QUANTITY,
            },
        ));
    }
    if let Some(rules) = &portal_rules {
        if new_price.id != old_price.id && !rules.allows_price(&new_price.product_id, &new_price.id)
        {
            return Err(ServiceError::Refused(SubscriptionRefusal::PlanNotOffered));
        }
        if quantity != before.quantity {
            let bounds = rules.products.iter().find_map(|entry| match entry {
                AllowedProduct::Detailed {
                    product,
                    adjustable_quantity: Some(bounds),
                    ..
                } if *product == new_price.product_id && bounds.enabled => Some(*bounds),
                _ => None,
            });
            match bounds {
                Some(bounds) if (bounds.minimum..=bounds.maximum).contains(&quantity) => {}
                Some(bounds) => {
                    return Err(ServiceError::Refused(SubscriptionRefusal::QuantityBounds {
                        minimum: bounds.minimum,
                        maximum: bounds.maximum,
                    }))
                }
                None => return Err(ServiceError::Refused(SubscriptionRefusal::QuantityFixed)),
            }
        }
    }
    if new_price.id != old_price.id {
        if !new_price.available() {
            return Err(ServiceError::Refused(SubscriptionRefusal::PriceUnavailable));
        }
        if new_price.currency != old_price.currency {
            return Err(ServiceError::Refused(
                SubscriptionRefusal::CurrencyMismatch {
                    new: new_price.currency.clone(),
                    current: old_price.currency.clone(),
                },
            ));
        }
    }
    let behavior = match &portal_rules {
        Some(rules) => rules.proration_behavior,
        None => change
            .proration_behavior
            .unwrap_or(ProrationBehavior::CreateProrations),
    };
    let period = Period {
        start: before.current_period_start,
        end: before.current_period_end,
    };
    let customer_now = clock::customer_now(tx.exec(), merchant_id, &before.customer_id).await?;
    // The portal never chooses the proration time: it is now, or the time the server
    // signed into the preview being confirmed.
    let proration_date = match (&portal_rules, &change.confirmed_quote) {
        (Some(_), Some(quote)) => quote.proration_date,
        (Some(_), None) => customer_now,
        (None, _) => change.proration_date.unwrap_or(customer_now),
    };
    if !(period.start..=period.end).contains(&proration_date) {
        return Err(ServiceError::invalid(
            "prorationDate",
            "prorationDate must fall within the current billing period",
        ));
    }

    let changes_anything = new_price.id != old_price.id || quantity != before.quantity;
    // Downgrades the configuration defers wait for the period end: no proration then.
    let deferred = changes_anything
        && portal_rules
            .as_ref()
            .and_then(|rules| rules.schedule_at_period_end.as_ref())
            .is_some_and(|schedule| {
                schedule.defers(
                    (
                        old_price.unit_amount * before.quantity,
                        old_price.months_per_period(),
                    ),
                    (
                        new_price.unit_amount * quantity,
                        new_price.months_per_period(),
                    ),
                )
            });
    let mut lines = Vec::new();
    if changes_anything && !deferred && behavior != ProrationBehavior::None {
        let old_item = Item {
            unit_amount: old_price.unit_amount,
            quantity: before.quantity,
        };
        let new_item = Item {
            unit_amount: new_price.unit_amount,
            quantity,
        };
        for line in proration::prorate(old_item, new_item, period, proration_date)
            .map_err(|e| anyhow::anyhow!("proration failed: {e}"))?
        {
            let (price, line_quantity) = match line.kind {
                LineKind::Credit => (&old_price, before.quantity),
                LineKind::Charge => (&new_price, quantity),
            };
            lines.push(PreviewLine {
                kind: line.kind,
                plan_name: price.product_name.clone(),
                quantity: line_quantity,
                period_start: line.from,
                period_end: line.until,
                amount: line.amount,
            });
        }
    }
    let proration_total: i64 = lines.iter().map(|line| line.amount).sum();
    let pending =
        store::invoice_items::pending_total_for_subscription(tx.exec(), merchant_id, &before.id)
            .await?;
    let mut after = before.clone();
    after.price_id = new_price.id.clone();
    after.quantity = quantity;
    // A portal link confirming exactly this change may apply a coupon with it (once: a
    // subscription that already has it keeps its own start).
    let link_coupon = match actor {
        Actor::PortalSession { session_id, .. } if changes_anything => {
            deep_link(tx.exec(), session_id)
                .await?
                .and_then(|flow| {
                    flow.confirm_coupon(&before.id, &new_price.id, quantity)
                        .map(str::to_string)
                })
                .filter(|coupon| before.coupon_id.as_ref() != Some(coupon))
        }
        _ => None,
    };
    if let Some(coupon) = &link_coupon {
        after.coupon_id = Some(coupon.clone());
        after.coupon_applied_at = Some(customer_now);
    }
    let recurring = new_price.unit_amount * quantity;
    let discount =
        match invoices::active_coupon(tx.exec(), &after, new_price.months_per_period(), period.end)
            .await?
        {
            Some((_, discount)) => {
                let currency = Currency::parse(&new_price.currency).map_err(|_| {
                    anyhow::anyhow!("stored currency {} is not known", new_price.currency)
                })?;
                discount.off(recurring, &currency)
            }
            None => 0,
        };
    let new_discount = match &link_coupon {
        Some(coupon) => {
            let row = store::coupons::get(tx.exec(), merchant_id, coupon)
                .await?
                .ok_or_else(|| ServiceError::not_found("coupon", "coupon", coupon))?;
            Some(PreviewDiscount {
                coupon: coupon.clone(),
                coupon_name: row.name,
                amount_off: discount,
            })
        }
        None => None,
    };
    // The same arithmetic as the invoices the change will produce: `always_invoice`
    // invoices the prorations and pending items now, carrying any surplus credit forward.
    let (amount_due_today, next_invoice_total) = match behavior {
        _ if deferred => (0, recurring - discount + pending),
        ProrationBehavior::AlwaysInvoice => {
            let today = proration_total + pending;
            let carried_credit = (-today).max(0);
            (today.max(0), recurring - discount - carried_credit)
        }
        ProrationBehavior::CreateProrations => {
            (0, recurring - discount + pending + proration_total)
        }
        ProrationBehavior::None => (0, recurring - discount + pending),
    };
    let next_invoice_total = next_invoice_total.max(0);
    let currency = new_price.currency.clone();
    let preview = ChangePreview {
        subscription_id: before.id.clone(),
        current_plan_name: old_price.product_name.clone(),
        current_quantity: before.quantity,
        new_plan_name: new_price.product_name.clone(),
        new_price_id: new_price.id.clone(),
        quantity,
        new_unit_amount: new_price.unit_amount,
        new_interval: new_price.billing_interval.clone(),
        new_interval_count: new_price.interval_count,
        currency,
        proration_behavior: behavior_name(behavior).to_string(),
        proration_date,
        lines,
        amount_due_today,
        next_invoice_total,
        next_invoice_date: period.end,
        takes_effect_at_period_end: deferred,
        new_discount,
        quote: None,
    };
    Ok(Planned {
        before,
        after,
        old_price,
        new_price,
        behavior,
        preview,
        customer_now,
        deferred,
    })
}

/// What the change would do, without doing it.
pub async fn preview(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    change: &PlanChange,
) -> ServiceResult<ChangePreview> {
    let mut tx = db.begin_write().await?;
    let planned = plan(&mut tx, actor, subscription_id, change).await?;
    // Dropping the transaction rolls it back: a preview changes nothing.
    drop(tx);
    Ok(planned.preview)
}

/// A plan change made inside a transaction, and the invoice (if any) to charge once that
/// transaction has committed.
pub(crate) struct ChangedPlan {
    pub object: SubscriptionObject,
    pub invoice_to_charge: Option<String>,
}

/// A plan change inside the caller's transaction; the caller commits, then charges what
/// [`ChangedPlan::invoice_to_charge`] names (`subscriptions::charge_after_commit`).
pub(crate) async fn change_plan_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
    change: &PlanChange,
) -> ServiceResult<ChangedPlan> {
    let unchanged = |object| ChangedPlan {
        object,
        invoice_to_charge: None,
    };
    let Planned {
        before,
        mut after,
        old_price,
        new_price,
        behavior,
        customer_now,
        deferred,
        preview,
    } = plan(tx, actor, subscription_id, change).await?;
    // A portal confirmation must be of a preview the server signed, at the amounts shown.
    if matches!(actor, Actor::PortalSession { .. }) {
        let shown = change
            .confirmed_quote
            .as_ref()
            .ok_or(ServiceError::QuoteChanged)?;
        if *shown != ChangeQuote::of_preview(&preview) {
            return Err(ServiceError::QuoteChanged);
        }
    }
    if after.price_id == before.price_id && after.quantity == before.quantity {
        return Ok(unchanged(SubscriptionObject::new(
            &before,
            &old_price,
            actor.livemode(),
        )));
    }
    if deferred {
        return schedule_change(tx, actor, before, after, &old_price)
            .await
            .map(unchanged);
    }
    // A change made now replaces any change that was waiting for the period end.
    after.scheduled_price_id = None;
    after.scheduled_quantity = None;
    let now = now_unix();
    let language =
        labels::customer_language(tx.exec(), &before.merchant_id, &before.customer_id).await?;
    for line in &preview.lines {
        let item = InvoiceItemRow {
            id: secrets::new_id(prefix::INVOICE_ITEM),
            merchant_id: before.merchant_id.clone(),
            customer_id: before.customer_id.clone(),
            subscription_id: Some(before.id.clone()),
            description: labels::proration_words(
                language,
                line.kind,
                &line.plan_name,
                line.quantity,
                line.period_start,
                customer_now,
            ),
            amount: line.amount,
            currency: new_price.currency.clone(),
            period_start: line.period_start,
            period_end: line.period_end,
            proration: true,
            invoice_id: None,
            created_at: now,
            price_id: None,
            quantity: None,
            unit_amount: None,
            discountable: false,
        };
        store::invoice_items::insert(tx.exec(), &item).await?;
    }
    // `always_invoice`: the prorations (and anything else pending) are invoiced now.
    let invoice = if behavior == ProrationBehavior::AlwaysInvoice {
        let invoice = invoices::issue_for_subscription(
            tx,
            actor,
            &after,
            &new_price,
            BillingReason::SubscriptionUpdate,
            None,
            customer_now,
        )
        .await?;
        after.latest_invoice_id = Some(invoice.id.clone());
        Some(invoice)
    } else {
        None
    };
    after.updated_at = now;
    store::subscriptions::update_state(tx.exec(), &after).await?;
    let object = SubscriptionObject::new(&after, &new_price, actor.livemode());
    let mut previous = Map::new();
    if before.price_id != after.price_id {
        previous.insert("price".into(), json!(PriceObject::from(&old_price)));
    }
    if before.quantity != after.quantity {
        previous.insert("quantity".into(), json!(before.quantity));
    }
    if before.coupon_id != after.coupon_id {
        previous.insert("discount".into(), json!(DiscountObject::of(&before)));
    }
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "subscription.updated",
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: Some(Value::Object(previous)),
        },
    )
    .await?;
    tracing::info!(subscription = %after.id, from = %old_price.id, to = %new_price.id, quantity = after.quantity, "plan changed");
    Ok(ChangedPlan {
        object,
        invoice_to_charge: invoice
            .filter(|invoice| invoice.status == InvoiceStatus::Open)
            .map(|invoice| invoice.id),
    })
}

/// Records a change to apply at the period end ("Changes to Basic on Dec 25"); the
/// subscription keeps its price and quantity until the renewal applies it.
async fn schedule_change(
    tx: &mut Tx,
    actor: &Actor,
    before: SubscriptionRow,
    wanted: SubscriptionRow,
    current_price: &PriceWithProductRow,
) -> ServiceResult<SubscriptionObject> {
    let mut after = before.clone();
    after.scheduled_price_id = Some(wanted.price_id.clone());
    after.scheduled_quantity = Some(wanted.quantity);
    // A coupon the change applies discounts the invoice on which the change takes effect.
    after.coupon_id = wanted.coupon_id.clone();
    after.coupon_applied_at = wanted.coupon_applied_at;
    after.updated_at = now_unix();
    store::subscriptions::update_state(tx.exec(), &after).await?;
    let object = SubscriptionObject::new(&after, current_price, actor.livemode());
    let previous = SubscriptionObject::new(&before, current_price, actor.livemode()).pending_update;
    events::record(
        tx.exec(),
        actor,
        after.updated_at,
        NewEvent {
            event_type: "subscription.updated",
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: Some(if before.coupon_id != after.coupon_id {
                json!({ "pendingUpdate": previous, "discount": DiscountObject::of(&before) })
            } else {
                json!({ "pendingUpdate": previous })
            }),
        },
    )
    .await?;
    tracing::info!(subscription = %after.id, to = %wanted.price_id, "plan change scheduled for the period end");
    Ok(object)
}

/// Drops a change scheduled for the period end: the subscription keeps its plan.
pub async fn cancel_scheduled_change(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let mut tx = db.begin_write().await?;
    let object = cancel_scheduled_change_in(&mut tx, actor, subscription_id).await?;
    tx.commit().await?;
    Ok(object)
}

/// [`cancel_scheduled_change`] inside the caller's transaction.
pub(crate) async fn cancel_scheduled_change_in(
    tx: &mut Tx,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    let before = store::subscriptions::get_for_update(
        tx.exec(),
        actor.merchant_id(),
        actor.livemode(),
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)?;
    require_feature(tx.exec(), actor, PortalFeature::SubscriptionUpdate).await?;
    let price = crate::server::services::billing::products::subscribed_price(
        tx.exec(),
        actor.merchant_id(),
        &before.price_id,
    )
    .await?;
    if before.scheduled_price_id.is_none() {
        return Err(ServiceError::Refused(
            SubscriptionRefusal::NoScheduledChange,
        ));
    }
    let mut after = before.clone();
    after.scheduled_price_id = None;
    after.scheduled_quantity = None;
    after.updated_at = now_unix();
    store::subscriptions::update_state(tx.exec(), &after).await?;
    let object = SubscriptionObject::new(&after, &price, actor.livemode());
    let previous = SubscriptionObject::new(&before, &price, actor.livemode()).pending_update;
    events::record(
        tx.exec(),
        actor,
        after.updated_at,
        NewEvent {
            event_type: "subscription.updated",
            customer_id: Some(&after.customer_id),
            object_id: &after.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: Some(json!({ "pendingUpdate": previous })),
        },
    )
    .await?;
    Ok(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn portal_actor(session_id: &str) -> Actor {
        Actor::PortalSession {
            merchant_id: "mer_1".into(),
            session_id: session_id.into(),
            customer_id: "cust_1".into(),
            configuration_id: "bpc_1".into(),
            livemode: false,
            client: Default::default(),
        }
    }

    fn preview() -> ChangePreview {
        ChangePreview {
            subscription_id: "sub_1".into(),
            current_plan_name: "Basic".into(),
            current_quantity: 1,
            new_plan_name: "Pro".into(),
            new_price_id: "price_pro".into(),
            quantity: 2,
            new_unit_amount: 2_900,
            new_interval: "month".into(),
            new_interval_count: 1,
            currency: "usd".into(),
            proration_behavior: "create_prorations".into(),
            proration_date: 1_800_000_000,
            lines: Vec::new(),
            amount_due_today: 0,
            next_invoice_total: 5_800,
            next_invoice_date: 1_801_000_000,
            takes_effect_at_period_end: false,
            new_discount: None,
            quote: None,
        }
    }

    #[test]
    fn a_quote_verifies_for_its_session_until_it_expires() {
        let keys = OperatorKeys::random();
        let actor = portal_actor("bps_1");
        let now = 1_800_000_000;
        let token = ChangeQuote::sign(&keys, &actor, &preview(), now);
        let quote = ChangeQuote::verify(&keys, &actor, &token, now + 1).unwrap();
        assert_eq!(quote, ChangeQuote::of_preview(&preview()));
        assert_eq!(quote.change().quantity, Some(2));
        let expired = ChangeQuote::verify(&keys, &actor, &token, now + QUOTE_VALID_FOR_SECONDS + 1);
        assert!(matches!(expired, Err(ServiceError::QuoteChanged)));
        let other_session = ChangeQuote::verify(&keys, &portal_actor("bps_2"), &token, now);
        assert!(matches!(other_session, Err(ServiceError::QuoteChanged)));
        let other_keys = ChangeQuote::verify(&OperatorKeys::random(), &actor, &token, now);
        assert!(matches!(other_keys, Err(ServiceError::QuoteChanged)));
    }

    #[test]
    fn an_altered_or_malformed_quote_is_refused() {
        let keys = OperatorKeys::random();
        let actor = portal_actor("bps_1");
        let now = 1_800_000_000;
        let token = ChangeQuote::sign(&keys, &actor, &preview(), now);
        let fields: Vec<&str> = token.split('.').collect();
        for index in 0..fields.len() {
            let mut altered: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
            altered[index].push('1');
            let result = ChangeQuote::verify(&keys, &actor, &altered.join("."), now);
            assert!(
                matches!(result, Err(ServiceError::QuoteChanged)),
                "field {index}"
            );
        }
        for malformed in ["", "a.b", &format!("{token}.extra")] {
            let result = ChangeQuote::verify(&keys, &actor, malformed, now);
            assert!(matches!(result, Err(ServiceError::QuoteChanged)));
        }
    }
}
