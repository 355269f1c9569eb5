//! The API's idempotency keys: who used one for which request, and its saved answer.
use crate::server::db::{on_exec, Exec, IdempotencyClaim};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IdempotencyRow {
    pub method: String,
    pub path: String,
    pub body_hash: String,
    pub created_at: i64,
    pub locked_until: Option<i64>,
    pub committed: bool,
    pub response_status: Option<i64>,
    pub response_body: Option<String>,
}

/// A request's identity under a key: method, path and the hash of its body.
pub struct Fingerprint<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub body_hash: &'a str,
}

pub async fn get(
    exec: Exec<'_>,
    claim: &IdempotencyClaim,
) -> Result<Option<IdempotencyRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT method, path, body_hash, created_at, locked_until, committed,
                    response_status, response_body
             FROM idempotency_keys
             WHERE merchant_id = $1 AND livemode = $2 AND idempotency_key = $3",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .fetch_optional(c)
        .await
    })
}

/// Claims a key no one holds, leased until `locked_until`; `false` when someone else
/// claimed it first.
pub async fn insert(
    exec: Exec<'_>,
    claim: &IdempotencyClaim,
    request: &Fingerprint<'_>,
    now: i64,
    locked_until: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO idempotency_keys (merchant_id, livemode, idempotency_key, method, path,
                 body_hash, created_at, locked_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (merchant_id, livemode, idempotency_key) DO NOTHING",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .bind(request.method)
        .bind(request.path)
        .bind(request.body_hash)
        .bind(now)
        .bind(locked_until)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Takes over a claim whose holder stopped before its operation committed (its lease ran
/// out at `expired_lease`); `false` when another request took it first.
pub async fn take_over(
    exec: Exec<'_>,
    claim: &IdempotencyClaim,
    expired_lease: i64,
    locked_until: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE idempotency_keys SET locked_until = $4
             WHERE merchant_id = $1 AND livemode = $2 AND idempotency_key = $3
               AND NOT committed AND response_status IS NULL
               AND locked_until = $5",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .bind(locked_until)
        .bind(expired_lease)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Notes, in the operation's own transaction, that it wrote something: from then on the
/// request is never run again under this key.
pub async fn mark_committed(exec: Exec<'_>, claim: &IdempotencyClaim) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE idempotency_keys SET committed = TRUE
             WHERE merchant_id = $1 AND livemode = $2 AND idempotency_key = $3 AND NOT committed",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Saves the request's answer and ends its lease.
pub async fn save_response(
    exec: Exec<'_>,
    claim: &IdempotencyClaim,
    status: i64,
    body: &str,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE idempotency_keys
             SET response_status = $4, response_body = $5, locked_until = NULL
             WHERE merchant_id = $1 AND livemode = $2 AND idempotency_key = $3",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .bind(status)
        .bind(body)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Forgets a claim (its request was refused before it started, or the key expired).
pub async fn delete(exec: Exec<'_>, claim: &IdempotencyClaim) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "DELETE FROM idempotency_keys
             WHERE merchant_id = $1 AND livemode = $2 AND idempotency_key = $3",
        )
        .bind(&claim.merchant_id)
        .bind(claim.livemode)
        .bind(&claim.key)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Removes keys created before `before`; answers how many.
pub async fn delete_created_before(exec: Exec<'_>, before: i64) -> Result<u64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
            .bind(before)
            .execute(c)
            .await
            .map(|done| done.rows_affected())
    })
}
