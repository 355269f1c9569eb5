//! Customers, products, prices and subscriptions as a merchant sets them up. The REST
//! endpoints for these come with the billing engine; for now demo seeding and tests use them.
use serde_json::json;

use super::{
    events::{self, NewEvent},
    now_unix,
    objects::SubscriptionObject,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{ids::prefix, money::Currency, subscription::Interval},
    server::{
        db::{
            store::{
                self,
                catalog::{PriceRow, ProductRow},
                customers::CustomerRow,
                subscriptions::SubscriptionRow,
            },
            Db,
        },
        secrets,
    },
};

/// Creates a customer, under `id` when the caller chooses one (the demo uses the seed's
/// `cust_8sJ2kLpQ` so that the seed's examples work as written).
pub async fn create_customer(
    db: &Db,
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
    };
    let mut tx = db.begin_write().await?;
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
    tx.commit().await?;
    Ok(row.id)
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
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Starts an active subscription whose first period begins now.
pub async fn create_subscription(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    price_id: &str,
    quantity: i64,
) -> ServiceResult<SubscriptionObject> {
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    store::customers::get(tx.exec(), merchant_id, customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    let price = store::catalog::get_price(tx.exec(), merchant_id, price_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("price", "price", price_id))?;
    let now = now_unix();
    let start = time::OffsetDateTime::from_unix_timestamp(now).map_err(anyhow::Error::from)?;
    let end = match Interval::parse(&price.billing_interval) {
        Some(Interval::Year) => start
            .replace_year(start.year() + 1)
            .unwrap_or(start + time::Duration::days(365)),
        _ => add_one_month(start),
    };
    let row = SubscriptionRow {
        id: secrets::new_id(prefix::SUBSCRIPTION),
        merchant_id: merchant_id.to_string(),
        customer_id: customer_id.to_string(),
        price_id: price.id.clone(),
        quantity,
        status: "active".to_string(),
        current_period_start: now,
        current_period_end: end.unix_timestamp(),
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
    };
    store::subscriptions::insert(tx.exec(), &row).await?;
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
    Ok(object)
}

/// The same day next month, clamped to the month's last day (Jan 31 → Feb 28).
fn add_one_month(start: time::OffsetDateTime) -> time::OffsetDateTime {
    let (year, month) = match start.month() {
        time::Month::December => (start.year() + 1, time::Month::January),
        month => (start.year(), month.next()),
    };
    let day = start.day().min(month.length(year));
    let date = time::Date::from_calendar_date(year, month, day).expect("clamped day is valid");
    start.replace_date(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn one_month_later_clamps_to_month_end() {
        assert_eq!(
            add_one_month(datetime!(2026-01-31 10:00 UTC)),
            datetime!(2026-02-28 10:00 UTC)
        );
        assert_eq!(
            add_one_month(datetime!(2026-12-15 00:00 UTC)),
            datetime!(2027-01-15 00:00 UTC)
        );
        assert_eq!(
            add_one_month(datetime!(2028-01-30 00:00 UTC)),
            datetime!(2028-02-29 00:00 UTC)
        );
    }
}
