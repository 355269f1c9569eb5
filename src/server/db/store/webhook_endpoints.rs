//! Webhook endpoints of a merchant.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WebhookEndpointRow {
    pub id: String,
    pub merchant_id: String,
    pub url: String,
    pub enabled_events: String,
    pub description: Option<String>,
    pub secret: String,
    pub previous_secret: Option<String>,
    pub previous_secret_expires_at: Option<i64>,
    pub status: String,
    pub livemode: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, merchant_id, url, enabled_events, description, secret, previous_secret,
     previous_secret_expires_at, status, livemode, created_at, updated_at";

pub async fn insert(exec: Exec<'_>, row: &WebhookEndpointRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO webhook_endpoints ({COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.url)
            .bind(&row.enabled_events)
            .bind(&row.description)
            .bind(&row.secret)
            .bind(&row.previous_secret)
            .bind(row.previous_secret_expires_at)
            .bind(&row.status)
            .bind(row.livemode)
            .bind(row.created_at)
            .bind(row.updated_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

pub async fn update(exec: Exec<'_>, row: &WebhookEndpointRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE webhook_endpoints SET url = $1, enabled_events = $2, description = $3,
                 secret = $4, previous_secret = $5, previous_secret_expires_at = $6, status = $7,
                 updated_at = $8
             WHERE merchant_id = $9 AND id = $10 AND deleted_at IS NULL",
        )
        .bind(&row.url)
        .bind(&row.enabled_events)
        .bind(&row.description)
        .bind(&row.secret)
        .bind(&row.previous_secret)
        .bind(row.previous_secret_expires_at)
        .bind(&row.status)
        .bind(row.updated_at)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
) -> Result<Option<WebhookEndpointRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_endpoints
         WHERE merchant_id = $1 AND id = $2 AND deleted_at IS NULL"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's endpoints, oldest first.
pub async fn list(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Vec<WebhookEndpointRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_endpoints
         WHERE merchant_id = $1 AND deleted_at IS NULL ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(merchant_id).fetch_all(c).await
    })
}

pub async fn delete(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE webhook_endpoints SET deleted_at = $1
             WHERE merchant_id = $2 AND id = $3 AND deleted_at IS NULL",
        )
        .bind(now)
        .bind(merchant_id)
        .bind(id)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}
