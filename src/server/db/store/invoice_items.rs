//! Invoice items waiting for the next invoice (proration lines and one-off amounts).
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvoiceItemRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: String,
    pub subscription_id: Option<String>,
    pub description: String,
    pub amount: i64,
    pub currency: String,
    pub period_start: i64,
    pub period_end: i64,
    pub proration: bool,
    pub invoice_id: Option<String>,
    pub created_at: i64,
}

const COLUMNS: &str =
    "id, merchant_id, customer_id, subscription_id, description, amount, currency,
     period_start, period_end, proration, invoice_id, created_at";

pub async fn insert(exec: Exec<'_>, row: &InvoiceItemRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO invoice_items ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.subscription_id)
            .bind(&row.description)
            .bind(row.amount)
            .bind(&row.currency)
            .bind(row.period_start)
            .bind(row.period_end)
            .bind(row.proration)
            .bind(&row.invoice_id)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Items of the subscription not yet on an invoice, oldest first.
pub async fn pending_for_subscription(
    exec: Exec<'_>,
    merchant_id: &str,
    subscription_id: &str,
) -> Result<Vec<InvoiceItemRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoice_items
         WHERE merchant_id = $1 AND subscription_id = $2 AND invoice_id IS NULL
         ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(subscription_id)
            .fetch_all(c)
            .await
    })
}
