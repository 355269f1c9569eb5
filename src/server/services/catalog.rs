//! Customers, products, prices and subscriptions as a merchant sets them up. The REST
//! endpoints for these come with the billing engine; for now demo seeding and tests use them.
use serde_json::json;

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
            store::{
                self,
                catalog::{PriceRow, ProductRow},
                customers::CustomerRow,
                subscriptions::SubscriptionRow,
            },
            Db, Tx,
        },
        secrets,
    },
};

/// A customer as the REST API returns it.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerObject {
    pub id: String,
    pub object: &'static str,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: serde_json::Value,
    pub default_payment_method: Option<String>,
    /// The customer's test-clock time, when on one.
    pub test_clock_time: Option<String>,
    pub created_at: String,
    pub livemode: bool,
}

/// A customer of the actor's merchant.
pub async fn get_customer(db: &Db, actor: &Actor, id: &str) -> ServiceResult<CustomerObject> {
    let not_found = || ServiceError::not_found("customer", "id", id);
    if actor.customer_scope().is_some_and(|scope| scope != id) {
        return Err(not_found());
    }
    let mut conn = db.conn().await?;
    let row = store::customers::get(conn.exec(), actor.merchant_id(), actor.livemode(), id)
        .await?
        .ok_or_else(not_found)?;
    let default_payment_method =
        store::customers::default_payment_method(conn.exec(), actor.merchant_id(), id).await?;
    let clock = store::customers::clock_time(conn.exec(), actor.merchant_id(), id).await?;
    let details =
        store::customers::get_details(conn.exec(), actor.merchant_id(), actor.livemode(), id)
            .await?
            .unwrap_or_default();
    Ok(CustomerObject {
        id: row.id,
        object: "customer",
        name: row.name,
        email: row.email,
        phone: details.phone.clone(),
        address: super::customers::address_json(&details),
        default_payment_method,
        test_clock_time: clock.map(super::objects::format_time),
        created_at: super::objects::format_time(row.created_at),
        livemode: actor.livemode(),
    })
}

/// Creates a customer, under `id` when the caller chooses one (the demo uses the seed's
/// `cust_8sJ2kLpQ` so that the seed's examples work as written).
pub async fn create_customer(
    db: &Db,
    actor: &Actor,
    id: Option<&str>,
    name: &str,
    email: &str,
) -> ServiceResult<String> {
    let mut tx = db.begin_write().await?;
    let id = create_customer_in(&mut tx, actor, id, name, email).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`create_customer`] inside the caller's transaction.
pub(crate) async fn create_customer_in(
    tx: &mut Tx,
    actor: &Actor,
    id: Option<&str>,
    name: &str,
    email: &str,
) -> ServiceResult<String> {
    if let Some(id) = id {
        if !crate::domain::ids::has_prefix(id, prefix::CUSTOMER) {
            return Err(ServiceError::invalid(
                "id",
                "A customer id must look like cust_...",
            ));
        }
    }
    let now = now_unix();
    let row = CustomerRow {
        id: id.map_or_else(|| secrets::new_id(prefix::CUSTOMER), str::to_string),
        merchant_id: actor.merchant_id().to_string(),
        name: Some(name.to_string()),
        email: Some(email.to_string()),
        created_at: now,
        livemode: actor.livemode(),
    };
    if name.chars().count() > 200 || email.chars().count() > 200 {
        return Err(ServiceError::invalid(
            "name",
            "name and email are at most 200 characters",
        ));
    }
    if store::customers::get(tx.exec(), actor.merchant_id(), actor.livemode(), &row.id)
        .await?
        .is_some()
    {
        return Err(ServiceError::invalid(
            "id",
            format!("A customer with id {} already exists", row.id),
        ));
    }
    store::customers::insert(tx.exec(), &row).await?;
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "customer.created",
            customer_id: Some(&row.id),
            object_id: &row.id,
            object: json!({ "id": row.id, "object": "customer", "name": row.name, "email": row.email }),
            previous_attributes: None,
        },
    )
    .await?;
    Ok(row.id)
}

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

pub async fn create_product_with_price(
    db: &Db,
    actor: &Actor,
    plan: NewPlan<'_>,
) -> ServiceResult<()> {
    let NewPlan {
        product_id,
        name,
        price_id,
        unit_amount,
        currency,
        interval,
    } = plan;
    if unit_amount < 0 {
        return Err(ServiceError::invalid(
            "unitAmount",
            "unitAmount must not be negative",
        ));
    }
    let now = now_unix();
    let merchant_id = actor.merchant_id().to_string();
    let mut tx = db.begin_write().await?;
    store::catalog::insert_product(
        tx.exec(),
        &ProductRow {
            merchant_id: merchant_id.clone(),
            id: product_id.to_string(),
            name: name.to_string(),
            description: None,
            active: true,
            created_at: now,
        },
    )
    .await?;
    store::catalog::insert_price(
        tx.exec(),
        &PriceRow {
            merchant_id,
            id: price_id.to_string(),
            product_id: product_id.to_string(),
            unit_amount,
            currency: currency.code().to_string(),
            billing_interval: interval.as_str().to_string(),
            active: true,
            created_at: now,
            interval_count: 1,
            lookup_key: None,
        },
    )
    .await?;
    tx.commit().await?;
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
