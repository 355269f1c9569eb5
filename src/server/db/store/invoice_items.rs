//! Invoice items: amounts waiting for the next invoice (proration lines, carried credit),
//! and, once `invoice_id` is set, that invoice's lines.
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
    /// Set on a recurring line: the price and quantity it charges for.
    pub price_id: Option<String>,
    pub quantity: Option<i64>,
    pub unit_amount: Option<i64>,
    pub discountable: bool,
}

const COLUMNS: &str =
    "id, merchant_id, customer_id, subscription_id, description, amount, currency,
     period_start, period_end, proration, invoice_id, created_at, price_id, quantity,
     unit_amount, discountable";

pub async fn insert(exec: Exec<'_>, row: &InvoiceItemRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO invoice_items ({COLUMNS}, livemode) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
             $10, $11, $12, $13, $14, $15, $16, (SELECT livemode FROM customers WHERE id = $3))"
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
            .bind(&row.price_id)
            .bind(row.quantity)
            .bind(row.unit_amount)
            .bind(row.discountable)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Items waiting for the subscription's next invoice (its own, and its customer's from an
/// ended subscription), oldest first. Two indexed lookups rather than one `OR`, which
/// would scan every item ever created.
pub async fn pending_for_subscription(
    exec: Exec<'_>,
    merchant_id: &str,
    subscription_id: &str,
) -> Result<Vec<InvoiceItemRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoice_items
         WHERE merchant_id = $1 AND subscription_id = $2 AND invoice_id IS NULL
         UNION ALL
         SELECT {COLUMNS} FROM invoice_items
         WHERE merchant_id = $1 AND subscription_id IS NULL AND invoice_id IS NULL
           AND customer_id = (SELECT customer_id FROM subscriptions WHERE id = $2)
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

/// The sum of [`pending_for_subscription`], computed by the database.
pub async fn pending_total_for_subscription(
    exec: Exec<'_>,
    merchant_id: &str,
    subscription_id: &str,
) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, i64>(
            "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM (
                 SELECT amount FROM invoice_items
                 WHERE merchant_id = $1 AND subscription_id = $2 AND invoice_id IS NULL
                 UNION ALL
                 SELECT amount FROM invoice_items
                 WHERE merchant_id = $1 AND subscription_id IS NULL AND invoice_id IS NULL
                   AND customer_id = (SELECT customer_id FROM subscriptions WHERE id = $2)
             ) pending",
        )
        .bind(merchant_id)
        .bind(subscription_id)
        .fetch_one(c)
        .await
    })
}

/// Puts the subscription's pending items, and the customer's own (those of an ended
/// subscription), on `invoice_id`.
pub async fn attach_pending(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    subscription_id: &str,
    invoice_id: &str,
) -> Result<u64, sqlx::Error> {
    on_exec!(exec, |c| {
        let own = sqlx::query(
            "UPDATE invoice_items SET invoice_id = $1
             WHERE merchant_id = $2 AND subscription_id = $3 AND invoice_id IS NULL",
        )
        .bind(invoice_id)
        .bind(merchant_id)
        .bind(subscription_id)
        .execute(&mut *c)
        .await?
        .rows_affected();
        let customers = sqlx::query(
            "UPDATE invoice_items SET invoice_id = $1
             WHERE merchant_id = $2 AND subscription_id IS NULL AND customer_id = $3
               AND invoice_id IS NULL",
        )
        .bind(invoice_id)
        .bind(merchant_id)
        .bind(customer_id)
        .execute(&mut *c)
        .await?
        .rows_affected();
        Ok(own + customers)
    })
}

/// The lines of an invoice, in the order they were added.
pub async fn for_invoice(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Vec<InvoiceItemRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoice_items WHERE merchant_id = $1 AND invoice_id = $2
         ORDER BY discountable DESC, created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(invoice_id)
            .fetch_all(c)
            .await
    })
}

/// Hands an ended subscription's pending items to its customer's next invoice.
pub async fn move_pending_to_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    subscription_id: &str,
) -> Result<u64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE invoice_items SET subscription_id = NULL
             WHERE merchant_id = $1 AND subscription_id = $2 AND invoice_id IS NULL",
        )
        .bind(merchant_id)
        .bind(subscription_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected())
    })
}
