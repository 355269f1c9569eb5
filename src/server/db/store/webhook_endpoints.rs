//! Webhook endpoints of a merchant.
use crate::domain::webhook::EndpointStatus;
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
    pub status: EndpointStatus,
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
            .bind(row.status)
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
        .bind(row.status)
        .bind(row.updated_at)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The merchant's endpoint `id` of mode `livemode`.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<WebhookEndpointRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_endpoints
         WHERE merchant_id = $1 AND id = $2 AND deleted_at IS NULL AND livemode = $3"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's endpoints of mode `livemode`, oldest first.
pub async fn list(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
) -> Result<Vec<WebhookEndpointRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_endpoints
         WHERE merchant_id = $1 AND livemode = $2 AND deleted_at IS NULL ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .fetch_all(c)
            .await
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

/// The merchant's enabled endpoints of one mode, as (id, enabled events JSON), for fanning
/// an event out to them.
pub async fn enabled_for(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, enabled_events FROM webhook_endpoints
             WHERE merchant_id = $1 AND livemode = $2 AND status = 'enabled'
               AND deleted_at IS NULL",
        )
        .bind(merchant_id)
        .bind(livemode)
        .fetch_all(c)
        .await
    })
}

/// Notes a failed delivery: the endpoint has been failing since the returned time.
pub async fn note_failure(exec: Exec<'_>, id: &str, now: i64) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $1)
             WHERE id = $2 RETURNING failing_since",
        )
        .bind(now)
        .bind(id)
        .fetch_one(c)
        .await
    })
}

/// Notes a successful delivery: the endpoint is no longer failing.
pub async fn note_success(exec: Exec<'_>, id: &str) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE webhook_endpoints SET failing_since = NULL
             WHERE id = $1 AND failing_since IS NOT NULL",
        )
        .bind(id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Disables an endpoint (it answered 410 Gone, or failed for too long).
pub async fn disable(exec: Exec<'_>, id: &str, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE webhook_endpoints SET status = 'disabled', updated_at = $1
             WHERE id = $2 AND status = 'enabled'",
        )
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ())
    })
}
