//! A merchant's live payment processor: its connection (keys encrypted), the processor's
//! customers made for ours, the payments made for invoices, and the processor's events
//! already handled.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProcessorRow {
    pub merchant_id: String,
    pub processor: String,
    pub secret_key_encrypted: String,
    pub secret_key_last4: String,
    pub webhook_secret_encrypted: String,
    pub webhook_secret_last4: String,
    pub publishable_key: String,
    /// Connected with the processor's test keys: no real money moves.
    pub sandbox: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

pub async fn get(exec: Exec<'_>, merchant_id: &str) -> Result<Option<ProcessorRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT merchant_id, processor, secret_key_encrypted, secret_key_last4,
                    webhook_secret_encrypted, webhook_secret_last4, publishable_key, sandbox,
                    created_at, updated_at
             FROM payment_processors WHERE merchant_id = $1",
        )
        .bind(merchant_id)
        .fetch_optional(c)
        .await
    })
}

/// Saves the connection, replacing the one before (keys are rolled by connecting again).
pub async fn upsert(exec: Exec<'_>, row: &ProcessorRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO payment_processors (merchant_id, processor, secret_key_encrypted,
                 secret_key_last4, webhook_secret_encrypted, webhook_secret_last4,
                 publishable_key, sandbox, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $10, $8, $9)
             ON CONFLICT (merchant_id) DO UPDATE SET processor = excluded.processor,
                 secret_key_encrypted = excluded.secret_key_encrypted,
                 secret_key_last4 = excluded.secret_key_last4,
                 webhook_secret_encrypted = excluded.webhook_secret_encrypted,
                 webhook_secret_last4 = excluded.webhook_secret_last4,
                 publishable_key = excluded.publishable_key,
                 sandbox = excluded.sandbox,
                 updated_at = excluded.updated_at",
        )
        .bind(&row.merchant_id)
        .bind(&row.processor)
        .bind(&row.secret_key_encrypted)
        .bind(&row.secret_key_last4)
        .bind(&row.webhook_secret_encrypted)
        .bind(&row.webhook_secret_last4)
        .bind(&row.publishable_key)
        .bind(row.created_at)
        .bind(row.updated_at)
        .bind(row.sandbox)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Forgets which processor customers were made for the merchant's (the connection moved to
/// another processor account, where they do not exist): new ones are made when needed.
pub async fn forget_processor_customers(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<u64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM processor_customers WHERE merchant_id = $1")
            .bind(merchant_id)
            .execute(c)
            .await
            .map(|done| done.rows_affected())
    })
}

pub async fn processor_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT processor_customer_id FROM processor_customers
             WHERE merchant_id = $1 AND customer_id = $2",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_optional(c)
        .await
    })
}

/// Remembers the processor's customer for ours; the first one saved stays (the processor's
/// idempotency key makes a second make the same customer anyway).
pub async fn save_processor_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    processor_customer_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO processor_customers (merchant_id, customer_id, processor_customer_id,
                 created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (merchant_id, customer_id) DO NOTHING",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .bind(processor_customer_id)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PaymentRow {
    pub merchant_id: String,
    pub payment_id: String,
    pub invoice_id: String,
    pub attempt: i64,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Records a payment's state (a new payment, or a later state of one).
pub async fn save_payment(exec: Exec<'_>, row: &PaymentRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO processor_payments (merchant_id, payment_id, invoice_id, attempt,
                 status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (merchant_id, payment_id) DO UPDATE SET status = excluded.status,
                 updated_at = excluded.updated_at",
        )
        .bind(&row.merchant_id)
        .bind(&row.payment_id)
        .bind(&row.invoice_id)
        .bind(row.attempt)
        .bind(&row.status)
        .bind(row.created_at)
        .bind(row.updated_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn payment(
    exec: Exec<'_>,
    merchant_id: &str,
    payment_id: &str,
) -> Result<Option<PaymentRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT merchant_id, payment_id, invoice_id, attempt, status, created_at, updated_at
             FROM processor_payments WHERE merchant_id = $1 AND payment_id = $2",
        )
        .bind(merchant_id)
        .bind(payment_id)
        .fetch_optional(c)
        .await
    })
}

/// The invoice's latest payment at the processor.
pub async fn latest_payment(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Option<PaymentRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT merchant_id, payment_id, invoice_id, attempt, status, created_at, updated_at
             FROM processor_payments WHERE merchant_id = $1 AND invoice_id = $2
             ORDER BY attempt DESC, created_at DESC LIMIT 1",
        )
        .bind(merchant_id)
        .bind(invoice_id)
        .fetch_optional(c)
        .await
    })
}

/// The customer's open invoices whose latest attempt is a debit the bank has not answered
/// yet (SEPA `processing`): nothing to pay until the processor says how it ended.
pub async fn invoices_with_debit_on_its_way(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT i.id FROM invoices i
             JOIN processor_payments p ON p.merchant_id = i.merchant_id AND p.invoice_id = i.id
                  AND p.attempt = i.attempt_count AND p.status = 'processing'
             WHERE i.merchant_id = $1 AND i.customer_id = $2 AND i.status = 'open'",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_all(c)
        .await
    })
}

/// Notes an event as handled; false when it was handled before (a duplicate delivery).
pub async fn first_time_seen(
    exec: Exec<'_>,
    merchant_id: &str,
    event_id: &str,
    event_type: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO processor_events (merchant_id, event_id, type, received_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (merchant_id, event_id) DO NOTHING",
        )
        .bind(merchant_id)
        .bind(event_id)
        .bind(event_type)
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Forgets an event whose handling failed, so that the processor's retry is handled.
pub async fn forget_event(
    exec: Exec<'_>,
    merchant_id: &str,
    event_id: &str,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM processor_events WHERE merchant_id = $1 AND event_id = $2")
            .bind(merchant_id)
            .bind(event_id)
            .execute(c)
            .await
            .map(|_| ())
    })
}
