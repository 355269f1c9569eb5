//! Secret API keys, looked up by the SHA-256 of the presented key.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: String,
    pub merchant_id: String,
    pub key_hash: String,
    pub key_hint: String,
    pub livemode: bool,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn insert(exec: Exec<'_>, row: &ApiKeyRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO api_keys (id, merchant_id, key_hash, key_hint, livemode, created_at, revoked_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&row.id)
        .bind(&row.merchant_id)
        .bind(&row.key_hash)
        .bind(&row.key_hint)
        .bind(row.livemode)
        .bind(row.created_at)
        .bind(row.revoked_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The active (not revoked) key with this hash.
pub async fn find_active_by_hash(
    exec: Exec<'_>,
    key_hash: &str,
) -> Result<Option<ApiKeyRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, merchant_id, key_hash, key_hint, livemode, created_at, revoked_at
             FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
        )
        .bind(key_hash)
        .fetch_optional(c)
        .await
    })
}
