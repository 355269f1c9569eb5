//! Products, prices and subscriptions as a merchant sets them up (the demo's seeding and
//! the tests; the REST API's catalog routes go through `products`), and the one lookup of
//! a subscription's price.
use super::{
    clock,
    events::{self, NewEvent},
    invoices::{self, BillingReason},
    now_unix,
    objects::SubscriptionObject,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{dates::period_end_after, ids::prefix, money::Currency, subscription::Interval},
    server::{
        db::{
            store::{self, subscriptions::SubscriptionRow},
            Db,
        },
        secrets,
    },
};

/// The price a subscription (or a just-written row) refers to. Prices are never deleted, so
/// a missing one is a broken invariant, reported as an internal error in one place.
pub(crate) async fn subscribed_price(
    exec: crate::server::db::Exec<'_>,
    merchant_id: &str,
    price_id: &str,
) -> ServiceResult<store::catalog::PriceWithProductRow> {
    store::catalog::get_price(exec, merchant_id, price_id)
        .await?
        .ok_or_else(|| {
            anyhow::anyhow!("price {price_id} of merchant {merchant_id} is missing").into()
        })
}

/// A product with one recurring price, under caller-chosen ids.
pub struct NewPlan<'a> {
    pub product_id: &'a str,
    pub name: &'a str,
    pub price_id: &'a str,
    pub unit_amount: i64,
    pub currency: Currency,
    pub interval: Interval,
}

/// A product with one monthly (or yearly) price, made through the same services as
/// `POST /v1/products` and `POST /v1/prices`, so that they are audited and checked alike:
/// the demo's plans and the tests' fixtures.
pub async fn create_product_with_price(
    db: &Db,
    actor: &Actor,
    plan: NewPlan<'_>,
) -> ServiceResult<()> {
    super::products::create_product(
        db,
        actor,
        Some(plan.product_id.to_string()),
        plan.name.to_string(),
        None,
    )
    .await?;
    let price = super::products::CreatePrice {
        id: Some(plan.price_id.to_string()),
        product: plan.product_id.to_string(),
        unit_amount: plan.unit_amount,
        currency: plan.currency.code().to_string(),
        interval: plan.interval.as_str().to_string(),
        interval_count: None,
        lookup_key: None,
    };
    super::products::create_price(db, actor, price).await?;
    Ok(())
}

/// Starts an active subscription whose first period begins now (the customer's time) and
/// issues its first invoice, charged before answering. A declined first payment leaves the
/// subscription `past_due` with the invoice open, to be retried.
pub async fn create_subscription(
    db: &Db,
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
    if !price.active {
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
        status: "active".to_string(),
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
    if invoice.status == "open" {
        invoices::attempt_payment(db, merchant_id, actor.livemode(), &invoice.id, now).await?;
        return super::subscriptions::get(db, actor, &row.id).await;
    }
    Ok(object)
}
