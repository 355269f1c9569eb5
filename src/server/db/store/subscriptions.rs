//! Subscriptions, always read within their merchant (and customer, for the portal).
use std::sync::OnceLock;

use super::catalog::PriceWithProductRow;
use crate::domain::{invoice::InvoiceStatus, subscription::SubscriptionStatus};
use crate::server::db::{inline::inline_row, on_exec, Exec};

inline_row! {
    #[derive(Debug, Clone, sqlx::FromRow, serde::Deserialize)]
    pub struct SubscriptionRow {
        pub id: String,
        pub merchant_id: String,
        pub customer_id: String,
        pub price_id: String,
        pub quantity: i64,
        pub status: SubscriptionStatus,
        pub current_period_start: i64,
        pub current_period_end: i64,
        pub cancel_at_period_end: bool,
        pub created_at: i64,
        pub updated_at: i64,
        pub canceled_at: Option<i64>,
        pub ended_at: Option<i64>,
        pub cancellation_reason: Option<String>,
        pub cancellation_comment: Option<String>,
        pub coupon_id: Option<String>,
        pub coupon_applied_at: Option<i64>,
        pub retention_offer_accepted_at: Option<i64>,
        /// A change that takes effect at the period end (a scheduled downgrade).
        pub scheduled_price_id: Option<String>,
        pub scheduled_quantity: Option<i64>,
        pub paused_at: Option<i64>,
        /// When a paused subscription resumes by itself; `None` pauses until resumed.
        pub resumes_at: Option<i64>,
        pub latest_invoice_id: Option<String>,
        pub billing_cycle_anchor: Option<i64>,
        /// The mode it was created in (its customer's).
        #[serde(default)]
        pub livemode: bool,
    }
}

const COLUMNS: &str = "id, merchant_id, customer_id, price_id, quantity, status, current_period_start,
     current_period_end, cancel_at_period_end, created_at, updated_at, canceled_at, ended_at,
     cancellation_reason, cancellation_comment, coupon_id, coupon_applied_at, retention_offer_accepted_at,
     scheduled_price_id, scheduled_quantity, paused_at, resumes_at, latest_invoice_id,
     billing_cycle_anchor, livemode";

pub async fn insert(exec: Exec<'_>, row: &SubscriptionRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO subscriptions ({COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                 $19, $20, $21, $22, $23, $24, $25)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.price_id)
            .bind(row.quantity)
            .bind(row.status)
            .bind(row.current_period_start)
            .bind(row.current_period_end)
            .bind(row.cancel_at_period_end)
            .bind(row.created_at)
            .bind(row.updated_at)
            .bind(row.canceled_at)
            .bind(row.ended_at)
            .bind(&row.cancellation_reason)
            .bind(&row.cancellation_comment)
            .bind(&row.coupon_id)
            .bind(row.coupon_applied_at)
            .bind(row.retention_offer_accepted_at)
            .bind(&row.scheduled_price_id)
            .bind(row.scheduled_quantity)
            .bind(row.paused_at)
            .bind(row.resumes_at)
            .bind(&row.latest_invoice_id)
            .bind(row.billing_cycle_anchor)
            .bind(row.livemode)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The subscription `id` of `merchant_id` in mode `livemode`, optionally restricted to one
/// customer (the portal's scope). Anything outside the scope reads as missing.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: Option<&str>,
    id: &str,
) -> Result<Option<SubscriptionRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM subscriptions
         WHERE merchant_id = $1 AND id = $2 AND ($3 IS NULL OR customer_id = $3) AND livemode = $4"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .bind(customer_id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

/// Like [`get`], and on PostgreSQL also locks the row until the transaction ends, so that
/// concurrent changes to one subscription apply one after the other. (SQLite's
/// `BEGIN IMMEDIATE` already serialises writers.)
pub async fn get_for_update(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: Option<&str>,
    id: &str,
) -> Result<Option<SubscriptionRow>, sqlx::Error> {
    let select = format!(
        "SELECT {COLUMNS} FROM subscriptions
         WHERE merchant_id = $1 AND id = $2 AND ($3 IS NULL OR customer_id = $3) AND livemode = $4"
    );
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&select)
                .bind(merchant_id)
                .bind(id)
                .bind(customer_id)
                .bind(livemode)
                .fetch_optional(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&format!("{select} FOR UPDATE"))
                .bind(merchant_id)
                .bind(id)
                .bind(customer_id)
                .bind(livemode)
                .fetch_optional(c)
                .await
        }
    }
}

inline_row! {
    /// A subscription with its price and product, for display.
    #[derive(Debug, Clone, sqlx::FromRow, serde::Deserialize)]
    pub struct SubscriptionWithPriceRow {
        flatten #[serde(flatten)] pub subscription: SubscriptionRow,
        pub product_id: String,
        pub product_name: String,
        pub unit_amount: i64,
        pub currency: String,
        pub billing_interval: String,
        pub price_active: bool,
        pub product_active: bool,
        pub price_interval_count: i64,
        pub price_lookup_key: Option<String>,
        /// The subscription's latest invoice at a glance (all `None` without one).
        pub latest_invoice_number: Option<String>,
        pub latest_invoice_status: Option<InvoiceStatus>,
        pub latest_invoice_total: Option<i64>,
        pub latest_invoice_currency: Option<String>,
        pub latest_invoice_created_at: Option<i64>,
    }
}

/// What a subscription's summary says of its latest invoice.
#[derive(Debug, Clone)]
pub struct InvoiceGlance {
    pub number: Option<String>,
    pub status: InvoiceStatus,
    pub total: i64,
    pub currency: String,
    pub created_at: i64,
}

impl SubscriptionWithPriceRow {
    pub fn latest_invoice(&self) -> Option<InvoiceGlance> {
        Some(InvoiceGlance {
            number: self.latest_invoice_number.clone(),
            status: self.latest_invoice_status?,
            total: self.latest_invoice_total?,
            currency: self.latest_invoice_currency.clone()?,
            created_at: self.latest_invoice_created_at?,
        })
    }

    pub fn price(&self) -> PriceWithProductRow {
        PriceWithProductRow {
            id: self.subscription.price_id.clone(),
            product_id: self.product_id.clone(),
            product_name: self.product_name.clone(),
            unit_amount: self.unit_amount,
            currency: self.currency.clone(),
            billing_interval: self.billing_interval.clone(),
            active: self.price_active,
            product_active: self.product_active,
            interval_count: self.price_interval_count,
            lookup_key: self.price_lookup_key.clone(),
        }
    }
}

/// The fields of a [`SubscriptionWithPriceRow`] and the columns they hold, under the
/// aliases of [`WITH_PRICE_FROM`] (`sub` subscription, `sp` price, `spr` product, `sli`
/// latest invoice): read as columns by [`list_for_customer_with_prices`], as JSON keys by
/// [`customer_subscriptions_json_pg`].
const WITH_PRICE_FIELDS: &[(&str, &str)] = &[
    ("id", "sub.id"),
    ("merchant_id", "sub.merchant_id"),
    ("customer_id", "sub.customer_id"),
    ("price_id", "sub.price_id"),
    ("quantity", "sub.quantity"),
    ("status", "sub.status"),
    ("current_period_start", "sub.current_period_start"),
    ("current_period_end", "sub.current_period_end"),
    ("cancel_at_period_end", "sub.cancel_at_period_end"),
    ("created_at", "sub.created_at"),
    ("updated_at", "sub.updated_at"),
    ("canceled_at", "sub.canceled_at"),
    ("ended_at", "sub.ended_at"),
    ("cancellation_reason", "sub.cancellation_reason"),
    ("cancellation_comment", "sub.cancellation_comment"),
    ("coupon_id", "sub.coupon_id"),
    ("coupon_applied_at", "sub.coupon_applied_at"),
    (
        "retention_offer_accepted_at",
        "sub.retention_offer_accepted_at",
    ),
    ("scheduled_price_id", "sub.scheduled_price_id"),
    ("scheduled_quantity", "sub.scheduled_quantity"),
    ("paused_at", "sub.paused_at"),
    ("resumes_at", "sub.resumes_at"),
    ("latest_invoice_id", "sub.latest_invoice_id"),
    ("billing_cycle_anchor", "sub.billing_cycle_anchor"),
    ("livemode", "sub.livemode"),
    ("product_id", "sp.product_id"),
    ("product_name", "spr.name"),
    ("unit_amount", "sp.unit_amount"),
    ("currency", "sp.currency"),
    ("billing_interval", "sp.billing_interval"),
    ("price_active", "sp.active"),
    ("product_active", "spr.active"),
    ("price_interval_count", "sp.interval_count"),
    ("price_lookup_key", "sp.lookup_key"),
    ("latest_invoice_number", "sli.number"),
    ("latest_invoice_status", "sli.status"),
    ("latest_invoice_total", "sli.total"),
    ("latest_invoice_currency", "sli.currency"),
    ("latest_invoice_created_at", "sli.created_at"),
];

const WITH_PRICE_FROM: &str = "FROM subscriptions sub
     JOIN prices sp ON sp.merchant_id = sub.merchant_id AND sp.id = sub.price_id
     JOIN products spr ON spr.merchant_id = sp.merchant_id AND spr.id = sp.product_id
     LEFT JOIN invoices sli ON sli.merchant_id = sub.merchant_id AND sli.id = sub.latest_invoice_id
          AND sli.customer_id = sub.customer_id";

/// The customer's subscriptions with their prices, oldest first, in one round trip.
pub async fn list_for_customer_with_prices(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Vec<SubscriptionWithPriceRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(list_with_prices_sql())
            .bind(merchant_id)
            .bind(customer_id)
            .fetch_all(c)
            .await
    })
}

/// The text of [`list_for_customer_with_prices`] (`$1` merchant, `$2` customer), made once.
pub fn list_with_prices_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let columns = WITH_PRICE_FIELDS
            .iter()
            .map(|(field, column)| format!("{column} AS {field}"))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "SELECT {columns} {WITH_PRICE_FROM}
             WHERE sub.merchant_id = $1 AND sub.customer_id = $2
             ORDER BY sub.created_at, sub.id"
        )
    })
}

/// A scalar subquery answering, as a JSON array, the subscriptions (with prices, as
/// [`list_for_customer_with_prices`] reads them) of the customer of the row aliased
/// `outer` (which has `merchant_id` and `customer_id`), so that a PostgreSQL query of the
/// portal can bring them along in its own round trip. The array is in no particular order.
pub fn customer_subscriptions_json_pg(outer: &str) -> String {
    let pairs = WITH_PRICE_FIELDS
        .iter()
        .map(|(field, column)| format!("'{field}', {column}"))
        .collect::<Vec<_>>()
        .join(", ");
    // Over no rows json_agg answers NULL.
    format!(
        "(SELECT COALESCE(json_agg(json_build_object({pairs})), '[]')::text {WITH_PRICE_FROM}
          WHERE sub.merchant_id = {outer}.merchant_id AND sub.customer_id = {outer}.customer_id)"
    )
}

/// Writes the mutable state of a subscription (everything but ids and creation time).
pub async fn update_state(exec: Exec<'_>, row: &SubscriptionRow) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE subscriptions SET price_id = $1, quantity = $2, status = $3, current_period_start = $4,
                 current_period_end = $5, cancel_at_period_end = $6, updated_at = $7, canceled_at = $8,
                 ended_at = $9, cancellation_reason = $10, cancellation_comment = $11, coupon_id = $12,
                 coupon_applied_at = $13, retention_offer_accepted_at = $14, scheduled_price_id = $15,
                 scheduled_quantity = $16, paused_at = $17, resumes_at = $18, latest_invoice_id = $19
             WHERE merchant_id = $20 AND id = $21",
        )
        .bind(&row.price_id)
        .bind(row.quantity)
        .bind(row.status)
        .bind(row.current_period_start)
        .bind(row.current_period_end)
        .bind(row.cancel_at_period_end)
        .bind(row.updated_at)
        .bind(row.canceled_at)
        .bind(row.ended_at)
        .bind(&row.cancellation_reason)
        .bind(&row.cancellation_comment)
        .bind(&row.coupon_id)
        .bind(row.coupon_applied_at)
        .bind(row.retention_offer_accepted_at)
        .bind(&row.scheduled_price_id)
        .bind(row.scheduled_quantity)
        .bind(row.paused_at)
        .bind(row.resumes_at)
        .bind(&row.latest_invoice_id)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Merchant, id and mode of up to `limit` subscriptions whose period has ended at `now` (real time, or the
/// customer's test clock), oldest first. On PostgreSQL the rows are locked and rows locked
/// by another worker are skipped, so several instances renew different subscriptions.
pub async fn claim_due_for_renewal(
    exec: Exec<'_>,
    now: i64,
    limit: i64,
    only_customer: Option<&str>,
) -> Result<Vec<(String, String, bool)>, sqlx::Error> {
    let due =
        "SELECT s.merchant_id, s.id, s.livemode FROM subscriptions s JOIN customers c ON c.id = s.customer_id
               WHERE s.status IN ('active', 'past_due', 'trialing', 'paused')
                 AND (s.current_period_end <= COALESCE(c.test_clock_time, $1)
                      OR (s.status = 'paused' AND s.resumes_at <= COALESCE(c.test_clock_time, $1)))
                 AND ($3 IS NULL OR s.customer_id = $3)
               ORDER BY s.current_period_end LIMIT $2";
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(due)
                .bind(now)
                .bind(limit)
                .bind(only_customer)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&format!("{due} FOR UPDATE OF s SKIP LOCKED"))
                .bind(now)
                .bind(limit)
                .bind(only_customer)
                .fetch_all(c)
                .await
        }
    }
}

/// How many of the customer's subscriptions are still billed (active, past due, trialing).
pub async fn count_billed_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM subscriptions
             WHERE merchant_id = $1 AND customer_id = $2
               AND status IN ('active', 'past_due', 'trialing')",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_one(c)
        .await
    })
}
