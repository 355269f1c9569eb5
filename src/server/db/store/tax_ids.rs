//! Customers' tax IDs.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TaxIdRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: String,
    #[sqlx(rename = "type")]
    pub kind: String,
    pub value: String,
    pub country: String,
    pub created_at: i64,
}

const COLUMNS: &str = "id, merchant_id, customer_id, type, value, country, created_at";

pub async fn insert(exec: Exec<'_>, row: &TaxIdRow) -> Result<(), sqlx::Error> {
    // A tax ID takes its customer's mode.
    let sql = format!(
        "INSERT INTO tax_ids ({COLUMNS}, livemode) VALUES ($1, $2, $3, $4, $5, $6, $7,
             (SELECT livemode FROM customers WHERE id = $3))"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.kind)
            .bind(&row.value)
            .bind(&row.country)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The customer's tax IDs, oldest first.
pub async fn list_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Vec<TaxIdRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tax_ids
         WHERE merchant_id = $1 AND customer_id = $2 AND deleted_at IS NULL
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

/// Marks the tax ID deleted; answers the row it was, if it existed.
pub async fn delete(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    id: &str,
    now: i64,
) -> Result<Option<TaxIdRow>, sqlx::Error> {
    let sql = format!(
        "UPDATE tax_ids SET deleted_at = $1
         WHERE merchant_id = $2 AND customer_id = $3 AND id = $4 AND deleted_at IS NULL
         RETURNING {COLUMNS}"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(now)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(id)
            .fetch_optional(c)
            .await
    })
}
