//! E-mails asking a customer to confirm a payment waiting for authentication.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConfirmationMailRow {
    pub merchant_id: String,
    pub payment_id: String,
    pub invoice_id: String,
    pub recipient: String,
    pub created_at: i64,
    pub next_send_at: Option<i64>,
    pub send_attempts: i64,
    pub sent_at: Option<i64>,
    pub send_error: Option<String>,
    pub send_failed_at: Option<i64>,
}

/// Queues the e-mail of one payment, due at `now` (a payment is queued once).
pub async fn queue(
    exec: Exec<'_>,
    merchant_id: &str,
    payment_id: &str,
    invoice_id: &str,
    recipient: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO payment_confirmation_mails
                 (merchant_id, payment_id, invoice_id, recipient, created_at, next_send_at)
             VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (merchant_id, payment_id) DO NOTHING",
        )
        .bind(merchant_id)
        .bind(payment_id)
        .bind(invoice_id)
        .bind(recipient)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The e-mails queued for an invoice, oldest first.
pub async fn for_invoice(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Vec<ConfirmationMailRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT merchant_id, payment_id, invoice_id, recipient, created_at, next_send_at,
                    send_attempts, sent_at, send_error, send_failed_at
             FROM payment_confirmation_mails WHERE merchant_id = $1 AND invoice_id = $2
             ORDER BY created_at, payment_id",
        )
        .bind(merchant_id)
        .bind(invoice_id)
        .fetch_all(c)
        .await
    })
}

/// Claims up to `limit` due e-mails (queued after `not_before`) by moving their
/// `next_send_at` past the lease, so that no other sender takes them meanwhile.
pub async fn claim_due(
    exec: Exec<'_>,
    now: i64,
    not_before: i64,
    lease: i64,
    limit: i64,
) -> Result<Vec<ConfirmationMailRow>, sqlx::Error> {
    let due = "SELECT merchant_id, payment_id FROM payment_confirmation_mails
               WHERE sent_at IS NULL AND send_failed_at IS NULL AND next_send_at <= $1
                 AND created_at >= $4
               ORDER BY next_send_at LIMIT $3";
    let claim = |due: &str| {
        format!(
            "UPDATE payment_confirmation_mails SET next_send_at = $1 + $2
             WHERE (merchant_id, payment_id) IN ({due})
             RETURNING merchant_id, payment_id, invoice_id, recipient, created_at, next_send_at,
                       send_attempts, sent_at, send_error, send_failed_at"
        )
    };
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&claim(due))
                .bind(now)
                .bind(lease)
                .bind(limit)
                .bind(not_before)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&claim(&format!("{due} FOR UPDATE SKIP LOCKED")))
                .bind(now)
                .bind(lease)
                .bind(limit)
                .bind(not_before)
                .fetch_all(c)
                .await
        }
    }
}

pub use super::invoice_receipts::SendOutcome;

pub async fn record_send(
    exec: Exec<'_>,
    merchant_id: &str,
    payment_id: &str,
    outcome: SendOutcome<'_>,
) -> Result<(), sqlx::Error> {
    let (sent_at, next_send_at, error, failed_at) = match outcome {
        SendOutcome::Sent { at } => (Some(at), None, None, None),
        SendOutcome::Retry { at, error } => (None, Some(at), Some(error), None),
        SendOutcome::Failed { at, error } => (None, None, Some(error), Some(at)),
    };
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE payment_confirmation_mails
             SET sent_at = $1, next_send_at = $2, send_error = $3, send_failed_at = $4,
                 send_attempts = send_attempts + 1
             WHERE merchant_id = $5 AND payment_id = $6",
        )
        .bind(sent_at)
        .bind(next_send_at)
        .bind(error)
        .bind(failed_at)
        .bind(merchant_id)
        .bind(payment_id)
        .execute(c)
        .await
        .map(|_| ())
    })
}
