//! The JSON shapes of objects as the REST API returns them. Events embed the same shapes,
//! so there is one serialiser per object.
use serde::Serialize;

use crate::domain::{invoice::InvoiceStatus, subscription::SubscriptionStatus};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

use crate::server::db::store::{
    catalog::PriceWithProductRow, invoice_items::InvoiceItemRow, invoices::InvoiceRow,
    payment_methods::PaymentMethodRow, subscriptions::SubscriptionRow,
};

/// RFC 3339 in UTC with a `Z`, to the second: `2026-05-30T14:25:00Z`.
pub fn format_time(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .format(&Rfc3339)
        .unwrap_or_default()
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PriceObject {
    pub id: String,
    pub object: &'static str,
    pub product: String,
    pub product_name: String,
    pub unit_amount: i64,
    pub currency: String,
    pub interval: String,
    pub interval_count: i64,
    pub lookup_key: Option<String>,
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
            interval_count: row.interval_count,
            lookup_key: row.lookup_key.clone(),
            active: row.active,
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    pub status: SubscriptionStatus,
    pub price: PriceObject,
    pub quantity: i64,
    pub current_period_start: String,
    pub current_period_end: String,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<String>,
    pub ended_at: Option<String>,
    pub cancellation_details: CancellationDetails,
    pub discount: Option<DiscountObject>,
    pub latest_invoice: Option<String>,
    /// A change scheduled for the period end.
    pub pending_update: Option<PendingUpdate>,
    /// Set while the subscription is paused.
    pub pause_collection: Option<PauseCollection>,
    pub created_at: String,
    pub livemode: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PendingUpdate {
    pub price: String,
    pub quantity: i64,
    pub effective_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PauseCollection {
    pub paused_at: String,
    pub resumes_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CancellationDetails {
    pub reason: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DiscountObject {
    pub coupon: String,
    pub start: String,
}

impl DiscountObject {
    /// The subscription's coupon and since when it applies, if it has one.
    pub fn of(row: &SubscriptionRow) -> Option<Self> {
        row.coupon_id.as_ref().map(|coupon| Self {
            coupon: coupon.clone(),
            start: format_time(row.coupon_applied_at.unwrap_or(row.updated_at)),
        })
    }
}

impl SubscriptionObject {
    pub fn new(row: &SubscriptionRow, price: &PriceWithProductRow, livemode: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "subscription",
            customer: row.customer_id.clone(),
            status: row.status,
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
            discount: DiscountObject::of(row),
            latest_invoice: row.latest_invoice_id.clone(),
            pending_update: row.scheduled_price_id.as_ref().map(|price| PendingUpdate {
                price: price.clone(),
                quantity: row.scheduled_quantity.unwrap_or(row.quantity),
                effective_at: format_time(row.current_period_end),
            }),
            pause_collection: row.paused_at.map(|paused_at| PauseCollection {
                paused_at: format_time(paused_at),
                resumes_at: row.resumes_at.map(format_time),
            }),
            created_at: format_time(row.created_at),
            livemode,
        }
    }
}

/// The answer to `POST /v1/billing/portal/sessions`: the seed's shape plus `object`,
/// `createdAt`, `configuration` and `livemode`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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

/// A portal session as listed and read afterwards (`GET /v1/billing/portal/sessions`): where
/// it stands, never its secret or URL again.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PortalSessionDetails {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    pub configuration: String,
    pub return_url: String,
    pub locale: String,
    /// The deep link's flow type, if it was minted with one.
    pub flow: Option<String>,
    /// `open` (not yet used), `redeemed` (a browser is signed in with it), `expired` (the
    /// link or the sign-in ran out, or the customer signed out), `revoked` (ended by the
    /// merchant).
    pub state: &'static str,
    pub created_at: String,
    pub expires_at: String,
    pub redeemed_at: Option<String>,
    pub redeemed_from: Option<RedeemedFrom>,
    pub revoked_at: Option<String>,
    pub livemode: bool,
}

/// The browser a session was redeemed from, as it said.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RedeemedFrom {
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
}

impl PortalSessionDetails {
    pub fn new(
        row: &crate::server::db::store::portal_sessions::RecentSessionRow,
        now: i64,
    ) -> Self {
        let state = if row.revoked_at.is_some() {
            "revoked"
        } else if row.redeemed_at.is_none() {
            if row.expires_at > now {
                "open"
            } else {
                "expired"
            }
        } else if row.signed_in && row.access_expires_at.is_some_and(|at| at > now) {
            "redeemed"
        } else {
            "expired"
        };
        Self {
            id: row.id.clone(),
            object: "billing_portal.session",
            customer: row.customer_id.clone(),
            configuration: row.configuration_id.clone(),
            return_url: row.return_url.clone(),
            locale: row.locale.clone(),
            flow: row.flow_type.clone(),
            state,
            created_at: format_time(row.created_at),
            expires_at: format_time(row.expires_at),
            redeemed_at: row.redeemed_at.map(format_time),
            redeemed_from: row.redeemed_at.map(|_| RedeemedFrom {
                ip_address: row.redeemed_ip.clone(),
                user_agent: row.redeemed_user_agent.clone(),
            }),
            revoked_at: row.revoked_at.map(format_time),
            livemode: row.livemode,
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    pub subscription: Option<String>,
    pub number: Option<String>,
    pub status: InvoiceStatus,
    pub billing_reason: String,
    pub currency: String,
    pub lines: Vec<InvoiceLineObject>,
    pub subtotal: i64,
    pub discount: i64,
    pub coupon: Option<String>,
    pub total: i64,
    pub amount_paid: i64,
    pub amount_due: i64,
    pub period_start: String,
    pub period_end: String,
    pub attempt_count: i64,
    pub next_payment_attempt: Option<String>,
    pub payment_method: Option<String>,
    pub last_payment_error: Option<String>,
    pub created_at: String,
    pub finalized_at: Option<String>,
    pub paid_at: Option<String>,
    pub livemode: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLineObject {
    pub id: String,
    pub description: String,
    pub amount: i64,
    pub price: Option<String>,
    pub quantity: Option<i64>,
    pub unit_amount: Option<i64>,
    pub proration: bool,
    pub discountable: bool,
    pub period_start: String,
    pub period_end: String,
}

impl InvoiceObject {
    pub fn new(row: &InvoiceRow, lines: &[InvoiceItemRow], livemode: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "invoice",
            customer: row.customer_id.clone(),
            subscription: row.subscription_id.clone(),
            number: row.number.clone(),
            status: row.status,
            billing_reason: row.billing_reason.clone(),
            currency: row.currency.clone(),
            lines: lines
                .iter()
                .map(|line| InvoiceLineObject {
                    id: line.id.clone(),
                    description: line.description.clone(),
                    amount: line.amount,
                    price: line.price_id.clone(),
                    quantity: line.quantity,
                    unit_amount: line.unit_amount,
                    proration: line.proration,
                    discountable: line.discountable,
                    period_start: format_time(line.period_start),
                    period_end: format_time(line.period_end),
                })
                .collect(),
            subtotal: row.subtotal,
            discount: row.discount,
            coupon: row.coupon_id.clone(),
            total: row.total,
            amount_paid: row.amount_paid,
            amount_due: row.amount_due,
            period_start: format_time(row.period_start),
            period_end: format_time(row.period_end),
            attempt_count: row.attempt_count,
            next_payment_attempt: row.next_payment_attempt.map(format_time),
            payment_method: row.payment_method_id.clone(),
            last_payment_error: row.last_payment_error.clone(),
            created_at: format_time(row.created_at),
            finalized_at: row.finalized_at.map(format_time),
            paid_at: row.paid_at.map(format_time),
            livemode,
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentMethodObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<CardDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<SepaDebitDetails>,
    pub billing_details: BillingDetails,
    pub created_at: String,
    pub livemode: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CardDetails {
    pub brand: String,
    pub last4: String,
    pub exp_month: i64,
    pub exp_year: i64,
    pub fingerprint: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SepaDebitDetails {
    pub country: String,
    pub bank_code: Option<String>,
    pub last4: String,
    pub fingerprint: String,
    pub mandate_reference: Option<String>,
    pub mandate_accepted_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BillingDetails {
    pub name: Option<String>,
    pub email: Option<String>,
    pub postal_code: Option<String>,
}

impl PaymentMethodObject {
    pub fn new(row: &PaymentMethodRow, livemode: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "payment_method",
            customer: row.customer_id.clone(),
            kind: row.kind.clone(),
            card: (row.kind == "card").then(|| CardDetails {
                brand: row.brand.clone(),
                last4: row.last4.clone(),
                exp_month: row.exp_month,
                exp_year: row.exp_year,
                fingerprint: row.fingerprint.clone(),
            }),
            sepa_debit: (row.kind == "sepa_debit").then(|| SepaDebitDetails {
                country: row.sepa_country.clone().unwrap_or_default(),
                bank_code: row.sepa_bank_code.clone(),
                last4: row.last4.clone(),
                fingerprint: row.fingerprint.clone(),
                mandate_reference: row.mandate_reference.clone(),
                mandate_accepted_at: row.mandate_accepted_at.map(format_time),
            }),
            billing_details: BillingDetails {
                name: row.account_holder_name.clone(),
                email: row.account_holder_email.clone(),
                postal_code: row.billing_postal_code.clone(),
            },
            created_at: format_time(row.created_at),
            livemode,
        }
    }
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
