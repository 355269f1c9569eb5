//! The JSON shapes of objects as the REST API returns them. Events embed the same shapes,
//! so there is one serialiser per object.
use serde::Serialize;
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

use crate::server::db::store::{catalog::PriceWithProductRow, subscriptions::SubscriptionRow};

/// RFC 3339 in UTC with a `Z`, to the second: `2026-05-30T14:25:00Z`.
pub fn format_time(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .format(&Rfc3339)
        .unwrap_or_default()
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceObject {
    pub id: String,
    pub object: &'static str,
    pub product: String,
    pub product_name: String,
    pub unit_amount: i64,
    pub currency: String,
    pub interval: String,
    pub active: bool,
}

impl From<&PriceWithProductRow> for PriceObject {
    fn from(row: &PriceWithProductRow) -> Self {
        Self {
            id: row.id.clone(),
            object: "price",
            product: row.product_id.clone(),
            product_name: row.product_name.clone(),
            unit_amount: row.unit_amount,
            currency: row.currency.clone(),
            interval: row.billing_interval.clone(),
            active: row.active,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    pub status: String,
    pub price: PriceObject,
    pub quantity: i64,
    pub current_period_start: String,
    pub current_period_end: String,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<String>,
    pub ended_at: Option<String>,
    pub cancellation_details: CancellationDetails,
    pub discount: Option<DiscountObject>,
    pub created_at: String,
    pub livemode: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CancellationDetails {
    pub reason: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DiscountObject {
    pub coupon: String,
    pub start: String,
}

impl SubscriptionObject {
    pub fn new(row: &SubscriptionRow, price: &PriceWithProductRow, livemode: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "subscription",
            customer: row.customer_id.clone(),
            status: row.status.clone(),
            price: PriceObject::from(price),
            quantity: row.quantity,
            current_period_start: format_time(row.current_period_start),
            current_period_end: format_time(row.current_period_end),
            cancel_at_period_end: row.cancel_at_period_end,
            canceled_at: row.canceled_at.map(format_time),
            ended_at: row.ended_at.map(format_time),
            cancellation_details: CancellationDetails {
                reason: row.cancellation_reason.clone(),
                comment: row.cancellation_comment.clone(),
            },
            discount: row.coupon_id.as_ref().map(|coupon| DiscountObject {
                coupon: coupon.clone(),
                start: format_time(row.coupon_applied_at.unwrap_or(row.updated_at)),
            }),
            created_at: format_time(row.created_at),
            livemode,
        }
    }
}

/// The answer to `POST /v1/billing/portal/sessions`: the seed's shape plus `object`,
/// `createdAt`, `configuration` and `livemode`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortalSessionObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    pub configuration: String,
    pub url: String,
    pub return_url: String,
    pub created_at: String,
    pub expires_at: String,
    pub livemode: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_utc_with_z() {
        assert_eq!(format_time(1_780_151_100), "2026-05-30T14:25:00Z");
        assert_eq!(format_time(0), "1970-01-01T00:00:00Z");
    }
}
