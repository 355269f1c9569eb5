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
    /// When the sender should (next) try to e-mail it; `None`: never.
    pub next_send_at: Option<i64>,
    pub send_attempts: i64,
    /// The last failed try's reason.
    pub send_error: Option<String>,
    /// Set when the last try failed; no more tries after it.
    pub send_failed_at: Option<i64>,
    /// PDF links issued before this time (unix milliseconds) are void.
    pub links_revoked_at_ms: Option<i64>,
}

const COLUMNS: &str =
    "invoice_id, merchant_id, recipient, subject, html, text, created_at, sent_at,
     next_send_at, send_attempts, send_error, send_failed_at, links_revoked_at_ms";

/// Keeps the first receipt of an invoice (an invoice is paid once).
pub async fn insert(exec: Exec<'_>, row: &ReceiptRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO invoice_receipts
                 (invoice_id, merchant_id, recipient, subject, html, text, created_at, sent_at,
                  next_send_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (invoice_id) DO NOTHING",
        )
        .bind(&row.invoice_id)
        .bind(&row.merchant_id)
        .bind(&row.recipient)
        .bind(&row.subject)
        .bind(&row.html)
        .bind(&row.text)
        .bind(row.created_at)
        .bind(row.sent_at)
        .bind(row.next_send_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Voids every PDF link of the receipt issued until `now_ms` (unix milliseconds); `false`
/// when there is no receipt.
pub async fn revoke_links(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE invoice_receipts SET links_revoked_at_ms = $3
             WHERE merchant_id = $1 AND invoice_id = $2",
        )
        .bind(merchant_id)
        .bind(invoice_id)
        .bind(now_ms)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Option<ReceiptRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoice_receipts WHERE merchant_id = $1 AND invoice_id = $2"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(invoice_id)
            .fetch_optional(c)
            .await
    })
}

/// Claims up to `limit` receipts due to be e-mailed (created after `not_before`) by moving
/// their `next_send_at` past the lease, so that no other sender takes them meanwhile.
pub async fn claim_due(
    exec: Exec<'_>,
    now: i64,
    not_before: i64,
    lease: i64,
    limit: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let due = "SELECT invoice_id FROM invoice_receipts
               WHERE sent_at IS NULL AND send_failed_at IS NULL AND next_send_at <= $1
                 AND created_at >= $4 AND recipient IS NOT NULL
               ORDER BY next_send_at LIMIT $3";
    let claim = |due: &str| {
        format!(
            "UPDATE invoice_receipts SET next_send_at = $1 + $2
             WHERE invoice_id IN ({due}) RETURNING merchant_id, invoice_id"
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

/// How one try to e-mail a receipt ended.
pub enum SendOutcome<'a> {
    Sent { at: i64 },
    Retry { at: i64, error: &'a str },
    Failed { at: i64, error: &'a str },
}

pub async fn record_send(
    exec: Exec<'_>,
    invoice_id: &str,
    outcome: SendOutcome<'_>,
) -> Result<(), sqlx::Error> {
    let (sent_at, next_send_at, error, failed_at) = match outcome {
        SendOutcome::Sent { at } => (Some(at), None, None, None),
        SendOutcome::Retry { at, error } => (None, Some(at), Some(error), None),
        SendOutcome::Failed { at, error } => (None, None, Some(error), Some(at)),
    };
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE invoice_receipts
             SET sent_at = $1, next_send_at = $2, send_error = $3, send_failed_at = $4,
                 send_attempts = send_attempts + 1
             WHERE invoice_id = $5",
        )
        .bind(sent_at)
        .bind(next_send_at)
        .bind(error)
        .bind(failed_at)
        .bind(invoice_id)
        .execute(c)
        .await
        .map(|_| ())
    })
}
