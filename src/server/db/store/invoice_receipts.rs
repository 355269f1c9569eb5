//! Receipts of paid invoices.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReceiptRow {
    pub invoice_id: String,
    pub merchant_id: String,
    pub recipient: Option<String>,
    pub subject: String,
    pub html: String,
    pub text: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// Keeps the first receipt of an invoice (an invoice is paid once).
pub async fn insert(exec: Exec<'_>, row: &ReceiptRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO invoice_receipts
                 (invoice_id, merchant_id, recipient, subject, html, text, created_at, sent_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (invoice_id) DO NOTHING",
        )
        .bind(&row.invoice_id)
        .bind(&row.merchant_id)
        .bind(&row.recipient)
        .bind(&row.subject)
        .bind(&row.html)
        .bind(&row.text)
        .bind(row.created_at)
        .bind(row.sent_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Option<ReceiptRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT invoice_id, merchant_id, recipient, subject, html, text, created_at, sent_at
             FROM invoice_receipts WHERE merchant_id = $1 AND invoice_id = $2",
        )
        .bind(merchant_id)
        .bind(invoice_id)
        .fetch_optional(c)
        .await
    })
}
