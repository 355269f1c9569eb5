//! Invoices, always read within their merchant (and customer, for the portal).
use crate::{
    domain::invoice::InvoiceStatus,
    server::db::{on_exec, Exec},
};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvoiceRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: String,
    pub subscription_id: Option<String>,
    pub number: Option<String>,
    pub status: InvoiceStatus,
    pub billing_reason: String,
    pub currency: String,
    pub subtotal: i64,
    pub discount: i64,
    pub total: i64,
    pub amount_paid: i64,
    pub amount_due: i64,
    pub coupon_id: Option<String>,
    pub period_start: i64,
    pub period_end: i64,
    pub attempt_count: i64,
    pub next_payment_attempt: Option<i64>,
    pub payment_method_id: Option<String>,
    pub last_payment_error: Option<String>,
    pub created_at: i64,
    pub finalized_at: Option<i64>,
    pub paid_at: Option<i64>,
    /// The mode it was created in (its customer's).
    pub livemode: bool,
    /// The language tag its documents are written in, set when it is finalised.
    pub language: String,
}

const COLUMNS: &str = "id, merchant_id, customer_id, subscription_id, number, status,
     billing_reason, currency, subtotal, discount, total, amount_paid, amount_due, coupon_id,
     period_start, period_end, attempt_count, next_payment_attempt, payment_method_id,
     last_payment_error, created_at, finalized_at, paid_at, livemode, language";

pub async fn insert(exec: Exec<'_>, row: &InvoiceRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO invoices ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.subscription_id)
            .bind(&row.number)
            .bind(row.status)
            .bind(&row.billing_reason)
            .bind(&row.currency)
            .bind(row.subtotal)
            .bind(row.discount)
            .bind(row.total)
            .bind(row.amount_paid)
            .bind(row.amount_due)
            .bind(&row.coupon_id)
            .bind(row.period_start)
            .bind(row.period_end)
            .bind(row.attempt_count)
            .bind(row.next_payment_attempt)
            .bind(&row.payment_method_id)
            .bind(&row.last_payment_error)
            .bind(row.created_at)
            .bind(row.finalized_at)
            .bind(row.paid_at)
            .bind(row.livemode)
            .bind(&row.language)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Writes the invoice's mutable state (status, amounts paid, payment attempts).
pub async fn update_state(exec: Exec<'_>, row: &InvoiceRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE invoices SET number = $1, status = $2, amount_paid = $3, amount_due = $4,
                 attempt_count = $5, next_payment_attempt = $6, payment_method_id = $7,
                 last_payment_error = $8, finalized_at = $9, paid_at = $10
             WHERE merchant_id = $11 AND id = $12",
        )
        .bind(&row.number)
        .bind(row.status)
        .bind(row.amount_paid)
        .bind(row.amount_due)
        .bind(row.attempt_count)
        .bind(row.next_payment_attempt)
        .bind(&row.payment_method_id)
        .bind(&row.last_payment_error)
        .bind(row.finalized_at)
        .bind(row.paid_at)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The invoice `id` of the merchant in mode `livemode`, optionally restricted to one customer.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: Option<&str>,
    id: &str,
) -> Result<Option<InvoiceRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices
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

/// The customer's invoices, newest first.
pub async fn list_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    limit: i64,
) -> Result<Vec<InvoiceRow>, sqlx::Error> {
    list_page_for_customer(exec, merchant_id, customer_id, limit, 0).await
}

/// The customer's invoices, newest first: `limit` of them after skipping `offset`.
pub async fn list_page_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<InvoiceRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices WHERE merchant_id = $1 AND customer_id = $2
         ORDER BY created_at DESC, LENGTH(number) DESC, number DESC LIMIT $3 OFFSET $4"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(limit)
            .bind(offset)
            .fetch_all(c)
            .await
    })
}

/// Claims up to `limit` open invoices whose payment attempt is due at `now` (real time, or
/// the customer's test clock), pushing their attempt time forward by `lease` seconds so that
/// no other worker takes them meanwhile. Returns (merchant id, invoice id, mode).
pub async fn claim_due_for_payment(
    exec: Exec<'_>,
    now: i64,
    lease: i64,
    limit: i64,
    only_customer: Option<&str>,
) -> Result<Vec<(String, String, bool)>, sqlx::Error> {
    let due = "SELECT i.id FROM invoices i JOIN customers c ON c.id = i.customer_id
               WHERE i.status = 'open' AND i.next_payment_attempt IS NOT NULL
                 AND i.next_payment_attempt <= COALESCE(c.test_clock_time, $1)
                 AND ($4 IS NULL OR i.customer_id = $4)
               ORDER BY i.next_payment_attempt LIMIT $3";
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&format!(
                "UPDATE invoices SET next_payment_attempt = next_payment_attempt + $2
                 WHERE id IN ({due}) RETURNING merchant_id, id, livemode"
            ))
            .bind(now)
            .bind(lease)
            .bind(limit)
            .bind(only_customer)
            .fetch_all(c)
            .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&format!(
                "UPDATE invoices SET next_payment_attempt = next_payment_attempt + $2
                 WHERE id IN ({due} FOR UPDATE OF i SKIP LOCKED) RETURNING merchant_id, id, livemode"
            ))
            .bind(now)
            .bind(lease)
            .bind(limit)
            .bind(only_customer)
            .fetch_all(c)
            .await
        }
    }
}

/// The mode of the merchant's invoice `id`, for a link that names an invoice but no mode.
pub async fn livemode_of(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
) -> Result<Option<bool>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar("SELECT livemode FROM invoices WHERE merchant_id = $1 AND id = $2")
            .bind(merchant_id)
            .bind(id)
            .fetch_optional(c)
            .await
    })
}

/// How many of the subscription's invoices are still open (awaiting payment).
pub async fn count_unpaid_for_subscription(
    exec: Exec<'_>,
    merchant_id: &str,
    subscription_id: &str,
) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM invoices
             WHERE merchant_id = $1 AND subscription_id = $2 AND status = 'open'",
        )
        .bind(merchant_id)
        .bind(subscription_id)
        .fetch_one(c)
        .await
    })
}

/// The customer's open invoices, oldest first.
pub async fn open_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Vec<InvoiceRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices
         WHERE merchant_id = $1 AND customer_id = $2 AND status = 'open'
         ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .fetch_all(c)
            .await
    })
}
