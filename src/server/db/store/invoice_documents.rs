//! Invoice PDFs as first rendered.
use crate::server::db::{on_exec, Exec};

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT pdf FROM invoice_documents WHERE merchant_id = $1 AND invoice_id = $2",
        )
        .bind(merchant_id)
        .bind(invoice_id)
        .fetch_optional(c)
        .await
    })
}

/// Keeps the first document stored for the invoice; a later one (a concurrent first
/// download) is dropped.
pub async fn insert_first(
    exec: Exec<'_>,
    merchant_id: &str,
    invoice_id: &str,
    pdf: &[u8],
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO invoice_documents (invoice_id, merchant_id, pdf, created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (invoice_id) DO NOTHING",
        )
        .bind(invoice_id)
        .bind(merchant_id)
        .bind(pdf)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}
