//! Webhook deliveries (the outbox's queue) and their attempts.
use crate::domain::webhook::{DeliveryStatus, EndpointStatus};
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub id: String,
    pub merchant_id: String,
    pub endpoint_id: String,
    pub event_id: String,
    /// `pending`, `succeeded` or `failed`.
    pub status: DeliveryStatus,
    pub attempts: i64,
    pub next_attempt_at: Option<i64>,
    pub first_attempted_at: Option<i64>,
    pub last_attempted_at: Option<i64>,
    pub last_status_code: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub completed_at: Option<i64>,
}

const COLUMNS: &str = "id, merchant_id, endpoint_id, event_id, status, attempts, next_attempt_at,
     first_attempted_at, last_attempted_at, last_status_code, last_error, created_at, completed_at";

/// A new pending delivery, due at once.
pub async fn insert(
    exec: Exec<'_>,
    id: &str,
    merchant_id: &str,
    endpoint_id: &str,
    event_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO webhook_deliveries
                 (id, merchant_id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)",
        )
        .bind(id)
        .bind(merchant_id)
        .bind(endpoint_id)
        .bind(event_id)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Whether any delivery is due at `now`: a cheap read before taking the write lock to claim.
pub async fn any_due(exec: Exec<'_>, now: i64) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, i64>(
            "SELECT seq FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= $1 LIMIT 1",
        )
        .bind(now)
        .fetch_optional(c)
        .await
        .map(|due| due.is_some())
    })
}

/// Claims up to `limit` due deliveries, pushing their due time `lease` seconds ahead so that
/// no other worker takes them meanwhile; one whose worker died is due again when the lease
/// runs out. Returns their ids, oldest due first.
pub async fn claim_due(
    exec: Exec<'_>,
    now: i64,
    lease: i64,
    limit: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let due = "SELECT id FROM webhook_deliveries
               WHERE status = 'pending' AND next_attempt_at <= $1
               ORDER BY next_attempt_at, seq LIMIT $3";
    let claim = |due: &str| {
        format!(
            "UPDATE webhook_deliveries SET next_attempt_at = $1 + $2
             WHERE id IN ({due}) RETURNING id"
        )
    };
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_scalar(&claim(due))
                .bind(now)
                .bind(lease)
                .bind(limit)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_scalar(&claim(&format!("{due} FOR UPDATE SKIP LOCKED")))
                .bind(now)
                .bind(lease)
                .bind(limit)
                .fetch_all(c)
                .await
        }
    }
}

/// What a worker needs to send one claimed delivery.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Outgoing {
    pub id: String,
    pub status: DeliveryStatus,
    pub attempts: i64,
    pub first_attempted_at: Option<i64>,
    pub event_id: String,
    pub payload: String,
    pub endpoint_id: String,
    pub url: String,
    pub secret: String,
    pub previous_secret: Option<String>,
    pub previous_secret_expires_at: Option<i64>,
    pub endpoint_status: EndpointStatus,
    pub endpoint_deleted: bool,
    pub livemode: bool,
}

pub async fn outgoing(exec: Exec<'_>, id: &str) -> Result<Option<Outgoing>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT d.id, d.status, d.attempts, d.first_attempted_at, e.id AS event_id, e.payload,
                    w.id AS endpoint_id, w.url, w.secret, w.previous_secret,
                    w.previous_secret_expires_at, w.status AS endpoint_status,
                    w.deleted_at IS NOT NULL AS endpoint_deleted, w.livemode
             FROM webhook_deliveries d
             JOIN events e ON e.id = d.event_id
             JOIN webhook_endpoints w ON w.id = d.endpoint_id
             WHERE d.id = $1",
        )
        .bind(id)
        .fetch_optional(c)
        .await
    })
}

/// The outcome of one try.
#[derive(Debug, Clone)]
pub struct Attempt<'a> {
    pub delivery_id: &'a str,
    /// 1 for the first try.
    pub number: i64,
    pub attempted_at: i64,
    pub status_code: Option<i64>,
    pub error: Option<&'a str>,
    pub response_body: Option<&'a str>,
    pub duration_ms: i64,
}

/// Logs the try and moves the delivery on: to `status` (`pending` with `next_attempt_at`,
/// or `succeeded`/`failed` with no next attempt).
pub async fn record_attempt(
    exec: Exec<'_>,
    attempt: &Attempt<'_>,
    status: DeliveryStatus,
    next_attempt_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let completed_at = next_attempt_at.is_none().then_some(attempt.attempted_at);
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO webhook_delivery_attempts
                 (delivery_id, attempt, attempted_at, status_code, error, duration_ms,
                  response_body)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(attempt.delivery_id)
        .bind(attempt.number)
        .bind(attempt.attempted_at)
        .bind(attempt.status_code)
        .bind(attempt.error)
        .bind(attempt.duration_ms)
        .bind(attempt.response_body)
        .execute(&mut *c)
        .await?;
        sqlx::query(
            "UPDATE webhook_deliveries
             SET status = $1, attempts = $2, next_attempt_at = $3,
                 first_attempted_at = COALESCE(first_attempted_at, $4), last_attempted_at = $4,
                 last_status_code = $5, last_error = $6, completed_at = $7
             WHERE id = $8",
        )
        .bind(status)
        .bind(attempt.number)
        .bind(next_attempt_at)
        .bind(attempt.attempted_at)
        .bind(attempt.status_code)
        .bind(attempt.error)
        .bind(completed_at)
        .bind(attempt.delivery_id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Ends a delivery without a try (its endpoint was disabled or deleted meanwhile).
pub async fn abandon(exec: Exec<'_>, id: &str, reason: &str, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE webhook_deliveries
             SET status = 'failed', next_attempt_at = NULL, last_error = $1, completed_at = $2
             WHERE id = $3 AND status = 'pending'",
        )
        .bind(reason)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Which deliveries of an endpoint to list; `starting_after` is a delivery id (cursor).
#[derive(Debug, Default)]
pub struct DeliveryFilter<'a> {
    pub status: Option<DeliveryStatus>,
    pub event_id: Option<&'a str>,
    pub starting_after: Option<&'a str>,
    pub limit: i64,
}

/// The endpoint's deliveries, newest first.
pub async fn list_page(
    exec: Exec<'_>,
    merchant_id: &str,
    endpoint_id: &str,
    filter: &DeliveryFilter<'_>,
) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_deliveries
         WHERE merchant_id = $1 AND endpoint_id = $2
           AND ($3 IS NULL OR status = $3)
           AND ($4 IS NULL OR event_id = $4)
           AND ($5 IS NULL OR seq < (SELECT seq FROM webhook_deliveries WHERE endpoint_id = $2 AND id = $5))
         ORDER BY seq DESC LIMIT $6"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(endpoint_id)
            .bind(filter.status)
            .bind(filter.event_id)
            .bind(filter.starting_after)
            .bind(filter.limit)
            .fetch_all(c)
            .await
    })
}

/// Whether the endpoint has a delivery with this id (to refuse unknown cursors).
pub async fn exists(exec: Exec<'_>, endpoint_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, i64>(
            "SELECT seq FROM webhook_deliveries WHERE endpoint_id = $1 AND id = $2",
        )
        .bind(endpoint_id)
        .bind(id)
        .fetch_optional(c)
        .await
        .map(|seq| seq.is_some())
    })
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttemptRow {
    pub delivery_id: String,
    pub attempt: i64,
    pub attempted_at: i64,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
    pub response_body: Option<String>,
}

/// The tries of one delivery, first first.
pub async fn attempts(exec: Exec<'_>, delivery_id: &str) -> Result<Vec<AttemptRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT delivery_id, attempt, attempted_at, status_code, error, duration_ms,
                    response_body
             FROM webhook_delivery_attempts WHERE delivery_id = $1 ORDER BY attempt",
        )
        .bind(delivery_id)
        .fetch_all(c)
        .await
    })
}
